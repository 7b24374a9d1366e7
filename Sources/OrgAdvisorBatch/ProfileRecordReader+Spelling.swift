import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Values as people write them, read by the one-pass reader: labels and aliases in
/// either language, in any case, with or without accents, precomposed or escaped.
extension ProfileRecordReader {
    /// The value of criterion `criterion` that the string at `index` (its opening quote)
    /// names, read as `RuleBase.parse(_:for:)` reads it, with `index` moved past the
    /// closing quote; -1 when the strict path must decide. Its bytes are looked up as
    /// they are (``rawValue(_:_:_:limit:criterion:)``), else folded
    /// (``foldedValue(_:_:_:criterion:)``).
    @inline(never)
    func spelledValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, limit: Int,
        criterion: Int
    ) -> Int {
        let value = rawValue(base, &index, count, limit: limit, criterion: criterion)
        return value >= 0 ? value : foldedValue(base, &index, count, criterion: criterion)
    }

    /// The value whose spelling as written or folded (``SpellingTable/rawSlots``) the
    /// string at `index` has as its bytes, with `index` moved past it; -1 otherwise (or
    /// when the bytes to its end cannot be read eight at a time).
    @inline(__always)
    func rawValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, limit: Int,
        criterion: Int
    ) -> Int {
        let start = index &+ 1
        // The first quote ends the string: one escaped before it leaves a backslash in
        // the bytes, which no raw spelling has.
        let ones: UInt64 = 0x0101_0101_0101_0101
        var length = 0
        while true {
            guard start &+ length &+ 8 <= limit else { return -1 }
            let quote = ProfileRecordReader.load(base + (start &+ length)) ^ (ones &* 0x22)
            let quotes = (quote &- ones) & ~quote & (ones &* 0x80)
            if quotes != 0 {
                length &+= quotes.trailingZeroBitCount &>> 3
                break
            }
            length &+= 8
            guard length <= SpellingTable.rawLongest else { return -1 }
        }
        let end = start &+ length
        let spellings = tables.spellings
        let slots = spellings.rawRanges.base[criterion]
        guard end < count, slots.mask >= 0 else { return -1 }
        let words = ProfileRecordReader.words(base, start, end, limit)
        var slot = ProfileRecordReader.spellingHash(length, words.0, words.1) & slots.mask
        while true {
            let spelling = spellings.rawSlots.base[slots.first &+ slot]
            if spelling.value < 0 { return -1 }
            if spelling.key.length == length && spelling.key.word0 == words.0
                && spelling.key.word1 == words.1
                && (length <= 16
                    || (16..<length).allSatisfy {
                        base[start &+ $0] == spellings.tails.base[spelling.key.tail &+ $0 &- 16]
                    })
            {
                assert(
                    checkSpelling(base, index, end &+ 1, criterion: criterion, spelling.value),
                    "the one-pass reader and the strict path read a value differently")
                index = end &+ 1
                return spelling.value
            }
            slot = (slot &+ 1) & slots.mask
        }
    }

    /// The value whose folded spelling (``SpellingTable/slots``) is the string at
    /// `index` (its opening quote) read as `RuleBase.parse(_:for:)` reads it: escapes
    /// decoded, spaces and tabs trimmed at both ends, folded (``ScalarFolds``); `index`
    /// is moved past the closing quote. -1 when no spelling has the same folded bytes or
    /// the reader cannot tell (an invalid string, a space at an end that is part of a
    /// larger character): then the strict path decides.
    func foldedValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, criterion: Int
    ) -> Int {
        let spellings = tables.spellings
        guard spellings.ranges.base[criterion].mask >= 0 else { return -1 }
        if spellings.longest <= 64 {
            // Usually: room on the stack, without a call.
            var room: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
                (0, 0, 0, 0, 0, 0, 0, 0)
            return withUnsafeMutableBytes(of: &room) { room in
                let out = room.baseAddress!.bindMemory(to: UInt8.self, capacity: 64)
                return foldedValue(base, &index, count, criterion: criterion, in: out, 64)
            }
        }
        let capacity = spellings.longest + 16
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { room in
            let out = room.baseAddress!
            out.initialize(repeating: 0, count: 16)
            return foldedValue(base, &index, count, criterion: criterion, in: out, capacity)
        }
    }

    /// ``foldedValue(_:_:_:criterion:)`` with `capacity` bytes (at least sixteen, zero)
    /// to fold into at `out`.
    @inline(__always)
    func foldedValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, criterion: Int,
        in out: UnsafeMutablePointer<UInt8>, _ capacity: Int
    ) -> Int {
        let spellings = tables.spellings
        let slots = spellings.ranges.base[criterion]
        var position = index + 1
        guard let length = foldString(base, &position, count, into: out) else { return -1 }
        let words = ProfileRecordReader.words(UnsafePointer(out), 0, length, capacity)
        var slot = ProfileRecordReader.spellingHash(length, words.0, words.1) & slots.mask
        while true {
            let spelling = spellings.slots.base[slots.first &+ slot]
            if spelling.value < 0 { return -1 }
            if spelling.key.length == length && spelling.key.word0 == words.0
                && spelling.key.word1 == words.1
                && (length <= 16
                    || (0..<length - 16).allSatisfy {
                        out[16 + $0] == spellings.tails.base[spelling.key.tail + $0]
                    })
            {
                assert(
                    checkSpelling(base, index, position, criterion: criterion, spelling.value),
                    "the one-pass reader and the strict path read a value differently")
                index = position
                return spelling.value
            }
            slot = (slot &+ 1) & slots.mask
        }
    }

    /// Folds the string whose content starts at `position` into `out` (room for
    /// ``SpellingTable/longest`` bytes and a scalar more), moving `position` past its
    /// closing quote: its length, or nil when no spelling can have these bytes or the
    /// reader cannot tell (see ``foldedValue(_:_:_:criterion:)``).
    ///
    /// Trimming is the strict path's, which removes leading and trailing characters
    /// (grapheme clusters) that are a space or a tab: a space at either end that is part
    /// of a larger character (``ScalarFolds/joinsSpaceBefore(_:)``,
    /// ``ScalarFolds/joinsSpaceAfter(_:)``) gives nil, for the strict path.
    @inline(__always)
    func foldString(
        _ base: UnsafePointer<UInt8>, _ position: inout Int, _ count: Int,
        into out: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        let folds = tables.spellings.scalars
        let classes = folds.bytes.base
        let longest = tables.spellings.longest
        var length = 0
        // Nothing but spaces and tabs read yet (all trimmed), the last of them a space.
        var leading = true
        var afterLeadingSpace = false
        // The trailing run of spaces and tabs in `out`, the scalar before it when the run
        // starts with a space (0 otherwise), and whether the run ran past `longest` (then
        // it must stay trailing, and its bytes past `longest` are not kept).
        var trailStart = -1
        var trailAfter: UInt32 = 0
        var trailOverflows = false
        // The last scalar that is not a space or a tab.
        var previous: UInt32 = 0
        while true {
            guard position < count else { return nil }
            var folded = classes[Int(base[position])]
            if folded < 0x80 {
                // The usual case: plain ASCII bytes that fold to one ASCII byte each.
                leading = false
                afterLeadingSpace = false
                trailStart = -1
                previous = 0
                repeat {
                    guard length < longest else { return nil }
                    out[length] = folded
                    length &+= 1
                    position &+= 1
                    guard position < count else { return nil }
                    folded = classes[Int(base[position])]
                } while folded < 0x80
            }
            let scalar: UInt32
            switch folded {
            case ScalarFolds.ByteClass.quote.rawValue:
                position &+= 1
                if trailStart >= 0 {
                    if ScalarFolds.joinsSpaceAfter(trailAfter) { return nil }
                    length = trailStart
                }
                return length
            case ScalarFolds.ByteClass.space.rawValue:
                scalar = 0x20
                position &+= 1
            case ScalarFolds.ByteClass.backslash.rawValue:
                guard let escaped = ProfileRecordReader.escapedScalar(base, &position, count)
                else { return nil }
                scalar = escaped
            case ScalarFolds.ByteClass.wide.rawValue:
                guard let decoded = ProfileRecordReader.wideScalar(base, &position, count) else {
                    return nil
                }
                scalar = decoded
            default:
                return nil
            }
            if scalar == 0x20 || scalar == 0x09 {
                if leading {
                    afterLeadingSpace = scalar == 0x20
                    continue
                }
                if trailStart < 0 {
                    trailStart = length
                    trailAfter = scalar == 0x20 ? previous : 0
                }
                if length < longest {
                    // A space or a tab folds to one byte (a hyphen, a tab).
                    out[length] = UInt8(truncatingIfNeeded: folds.folds.base[Int(scalar)])
                    length &+= 1
                } else {
                    trailOverflows = true
                }
                continue
            }
            if trailOverflows { return nil }
            if afterLeadingSpace && ScalarFolds.joinsSpaceBefore(scalar) { return nil }
            leading = false
            afterLeadingSpace = false
            trailStart = -1
            previous = scalar
            let entry =
                scalar < ScalarFolds.limit ? folds.folds.base[Int(scalar)] : ScalarFolds.unknown
            if entry == ScalarFolds.unknown {
                guard ProfileRecordReader.appendFold(of: scalar, to: out, &length, longest) else {
                    return nil
                }
                continue
            }
            let size = Int(entry >> 24)
            guard length &+ size <= longest else { return nil }
            var bytes = entry
            for _ in 0..<size {
                out[length] = UInt8(truncatingIfNeeded: bytes)
                bytes >>= 8
                length &+= 1
            }
        }
    }

    /// Appends the fold of a scalar that is not in the table (``ScalarFolds/fold(_:)``);
    /// false when it would make the value longer than `longest`.
    @inline(never)
    static func appendFold(
        of scalar: UInt32, to out: UnsafeMutablePointer<UInt8>, _ length: inout Int, _ longest: Int
    ) -> Bool {
        guard let scalar = Unicode.Scalar(scalar) else { return false }
        let fold = ScalarFolds.fold(scalar)
        guard length + fold.count <= longest else { return false }
        for byte in fold {
            out[length] = byte
            length += 1
        }
        return true
    }

    /// Whether the strict path reads the string at `start..<end` (with its quotes) as
    /// `value` of the criterion: the check of the one-pass reader in debug builds.
    func checkSpelling(
        _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, criterion: Int, _ value: Int
    ) -> Bool {
        let bytes = UnsafeBufferPointer(start: base + start, count: end - start)
        guard case .string(let text)? = try? JSONParser.parse(bytes, baseOffset: 1) else {
            return false
        }
        return (try? ruleBase.parse(text, for: ruleBase.criteria[criterion])) == Double(value)
    }

    /// A number given as a string for a numeric criterion (`"5"`, `" 2.5 "`), read as the
    /// strict path reads it (trimmed, then checked): plain numbers only, as ``number``
    /// reads them; nil otherwise, for the strict path.
    func numberInString(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int,
        entry: UnsafePointer<Entry>
    ) -> Double? {
        let end = ProfileRecordReader.stringEnd(base, index + 1, count)
        guard end >= 0 else { return nil }
        var first = index + 1
        var last = end
        while first < last && base[first] == UInt8(ascii: " ") { first += 1 }
        while last > first && base[last - 1] == UInt8(ascii: " ") { last -= 1 }
        var position = first
        guard let value = number(base, &position, last), position == last else { return nil }
        if entry.pointee.kind == .integer && Double(Int64(value)) != value { return nil }
        if value < entry.pointee.minimum || value > entry.pointee.maximum { return nil }
        index = end + 1
        return value
    }
}
