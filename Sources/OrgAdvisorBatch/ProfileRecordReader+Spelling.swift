import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Values as people write them, read by the one-pass reader: labels and aliases in
/// either language, in any case, with or without accents, precomposed or escaped.
extension ProfileRecordReader {
    /// The value of criterion `criterion` that the string at `index` (its opening quote)
    /// names, read as `RuleBase.parse(_:for:)` reads it: escapes decoded, spaces and
    /// tabs trimmed at both ends, folded (``ScalarFolds``) and looked up among the
    /// folded spellings (``SpellingTable``); `index` is moved past the closing quote.
    /// -1 when no spelling has the same folded bytes or the reader cannot tell (an
    /// invalid string, a scalar it has no fold for, a space it cannot tell is trimmed):
    /// then the strict path decides.
    @inline(never)
    func spelledValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, criterion: Int
    ) -> Int {
        let spellings = tables.spellings
        let slots = spellings.ranges.base[criterion]
        guard slots.mask >= 0 else { return -1 }
        let capacity = spellings.longest + 20
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let out = buffer.baseAddress!
            (UnsafeMutableRawPointer(out)).storeBytes(of: 0, as: UInt64.self)
            (UnsafeMutableRawPointer(out) + 8).storeBytes(of: 0, as: UInt64.self)
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
    }

    /// Folds the string whose content starts at `position` into `out` (room for
    /// ``SpellingTable/longest`` bytes and a scalar more), moving `position` past its
    /// closing quote: its length, or nil when no spelling can have these bytes or the
    /// reader cannot tell (see ``spelledValue(_:_:_:criterion:)``).
    ///
    /// Trimming is the strict path's, which removes leading and trailing characters
    /// (grapheme clusters) that are a space or a tab: a space at either end that is part
    /// of a larger character (``ScalarFolds/joins``) gives nil.
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
        // The trailing run of spaces and tabs in `out`, whether its first is a space that
        // is part of the character before it, and whether it ran past `longest` (then
        // it must stay trailing, and its bytes past `longest` are not kept).
        var trailStart = -1
        var trailJoined = false
        var trailOverflows = false
        // Whether a space after the last scalar would be part of its character.
        var previousJoins = false
        while true {
            guard position < count else { return nil }
            let byte = base[position]
            let folded = classes[Int(byte)]
            if folded < 0x80 {
                // The usual case: a plain ASCII byte that folds to one ASCII byte.
                guard length < longest else { return nil }
                out[length] = folded
                length &+= 1
                position &+= 1
                leading = false
                afterLeadingSpace = false
                trailStart = -1
                previousJoins = false
                continue
            }
            let scalar: UInt32
            switch folded {
            case ScalarFolds.ByteClass.quote.rawValue:
                position &+= 1
                if trailStart >= 0 {
                    if trailJoined { return nil }
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
            guard scalar < ScalarFolds.limit else { return nil }
            let joins = folds.joins.base[Int(scalar)]
            if scalar == 0x20 || scalar == 0x09 {
                if leading {
                    afterLeadingSpace = scalar == 0x20
                    previousJoins = false
                    continue
                }
                if trailStart < 0 {
                    trailStart = length
                    trailJoined = scalar == 0x20 && previousJoins
                }
                previousJoins = false
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
            if afterLeadingSpace && joins & ScalarFolds.joinsSpaceBefore != 0 { return nil }
            leading = false
            afterLeadingSpace = false
            trailStart = -1
            previousJoins = joins & ScalarFolds.joinsSpaceAfter != 0
            let entry = folds.folds.base[Int(scalar)]
            guard entry != ScalarFolds.unknown else { return nil }
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
