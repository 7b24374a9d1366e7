/// Reads one batch record (a JSON object of criteria) straight into a profile.
///
/// The common case (a flat object, plain strings and numbers) is read in one pass over
/// the bytes without building a JSON tree; anything else (escapes, non-ASCII text,
/// nested values, any error) goes through the strict ``JSONParser`` and
/// ``RuleBase/profile(fromJSON:)``, so errors are always the same, exact messages.
struct ProfileRecordReader {
    /// Where an error is, relative to the whole input.
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// The record's `id` and `name`: as JSON values, or, from the one-pass reader, as
    /// the ranges of their bytes in the record, which are their serialized form (a plain
    /// string with its quotes, or a number as written).
    struct PassThrough {
        var id: JSONValue?
        var name: JSONValue?
        var idBytes: Range<Int>?
        var nameBytes: Range<Int>?

        /// The same with every value as a ``JSONValue``.
        func resolved(in bytes: UnsafeBufferPointer<UInt8>) -> PassThrough {
            func value(_ range: Range<Int>) -> JSONValue {
                if bytes[range.lowerBound] == UInt8(ascii: "\"") {
                    let text = UnsafeBufferPointer(
                        rebasing: bytes[range.lowerBound + 1..<range.upperBound - 1])
                    return .string(String(decoding: text, as: UTF8.self))
                }
                return .number(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return PassThrough(
                id: idBytes.map(value) ?? id, name: nameBytes.map(value) ?? name)
        }
    }

    let ruleBase: RuleBase
    /// Flat tables for the one-pass reader, read through pointers (nothing to retain or
    /// bounds-check per byte).
    private let tables: Tables

    private enum Kind: UInt8 {
        case decimal, integer, listed, yesNo
    }

    /// A criterion id or a value id as the one-pass reader compares it: its length and
    /// its first sixteen bytes as two little-endian words (zero past its end); its bytes
    /// past the sixteenth are in ``Tables/tails`` from `tail`.
    private struct Name {
        var length: Int
        var word0: UInt64
        var word1: UInt64
        var tail: Int
    }

    /// Up to sixteen bytes as the pattern fast path compares them: the bytes as two
    /// little-endian words, masks of the bytes that count, and the length (zero: no
    /// pattern, the bytes are longer than sixteen).
    private struct Pattern {
        var word0: UInt64 = 0
        var word1: UInt64 = 0
        var mask0: UInt64 = 0
        var mask1: UInt64 = 0
        var length = 0

        init() {}

        init(_ bytes: [UInt8]) {
            guard bytes.count <= 16 else { return }
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 {
                    word0 |= UInt64(byte) << (UInt64(offset) * 8)
                    mask0 |= 0xFF << (UInt64(offset) * 8)
                } else {
                    word1 |= UInt64(byte) << (UInt64(offset - 8) * 8)
                    mask1 |= 0xFF << (UInt64(offset - 8) * 8)
                }
            }
            length = bytes.count
        }

        /// Whether the sixteen bytes at `pointer` start with the pattern.
        @inline(__always)
        func matches(_ pointer: UnsafePointer<UInt8>) -> Bool {
            (ProfileRecordReader.load(pointer) ^ word0) & mask0
                | (ProfileRecordReader.load(pointer + 8) ^ word1) & mask1 == 0
        }
    }

    /// One criterion: its id, kind, values (`firstValue..<firstValue + valueCount` in
    /// ``Tables/values``) and range (infinite when open).
    private struct Entry {
        var key: Name
        var kind: Kind
        var firstValue: Int
        var valueCount: Int
        var minimum: Double
        var maximum: Double
    }

    /// The tables, allocated once and never changed.
    private final class Tables: @unchecked Sendable {
        let entries: UnsafeMutablePointer<Entry>
        let count: Int
        let values: UnsafeMutablePointer<Name>
        let valueCount: Int
        let tails: UnsafeMutablePointer<UInt8>
        let tailCount: Int
        /// 10^0 ... 10^15.
        let powers: UnsafeMutablePointer<Double>
        /// The patterns `"id":`, `"name":` and `"criterion":` of each criterion, in this
        /// order (criterion `c` at `c + 2`).
        let keyPatterns: UnsafeMutablePointer<Pattern>
        /// The pattern `"value"` of each value, as ``values``.
        let valuePatterns: UnsafeMutablePointer<Pattern>
        /// The key pattern (its index in ``keyPatterns``) whose four bytes after the quote
        /// hash to a slot (see ``ProfileRecordReader/patternSlot(_:multiplier:)``), or -1.
        let patternSlots: UnsafeMutablePointer<Int16>
        /// The multiplier of ``patternSlots``.
        let patternMultiplier: UInt64

        init(ruleBase: RuleBase) {
            var tails: [UInt8] = []
            func name(_ text: String) -> Name {
                let bytes = Array(text.utf8)
                var words: (UInt64, UInt64) = (0, 0)
                for (offset, byte) in bytes.prefix(16).enumerated() {
                    if offset < 8 {
                        words.0 |= UInt64(byte) << (UInt64(offset) * 8)
                    } else {
                        words.1 |= UInt64(byte) << (UInt64(offset - 8) * 8)
                    }
                }
                let tail = tails.count
                tails += bytes.dropFirst(16)
                return Name(length: bytes.count, word0: words.0, word1: words.1, tail: tail)
            }
            var entries: [Entry] = []
            var values: [Name] = []
            for criterion in ruleBase.criteria {
                let kind: Kind
                switch criterion.kind {
                case .yesNo: kind = .yesNo
                case .integer: kind = .integer
                default: kind = criterion.kind.isEnumerated ? .listed : .decimal
                }
                entries.append(
                    Entry(
                        key: name(criterion.id), kind: kind, firstValue: values.count,
                        valueCount: criterion.values.count,
                        minimum: criterion.minimum ?? -.infinity,
                        maximum: criterion.maximum ?? .infinity))
                values += criterion.values.map { name($0.id) }
            }
            self.count = entries.count
            self.entries = .allocate(capacity: max(1, entries.count))
            self.entries.initialize(from: entries, count: entries.count)
            self.valueCount = values.count
            self.values = .allocate(capacity: max(1, values.count))
            self.values.initialize(from: values, count: values.count)
            self.tailCount = tails.count
            self.tails = .allocate(capacity: max(1, tails.count))
            self.tails.initialize(from: tails, count: tails.count)
            self.powers = .allocate(capacity: 16)
            var power = 1.0
            for index in 0..<16 {
                self.powers[index] = power
                power *= 10
            }
            // Patterns: a key with its quotes and colon, a value with its quotes.
            let keyTexts = ["id", "name"] + ruleBase.criteria.map(\.id)
            let keyPatterns = keyTexts.map { Pattern(Array(("\"" + $0 + "\":").utf8)) }
            let valuePatterns = ruleBase.criteria.flatMap { criterion in
                criterion.values.map { Pattern(Array(("\"" + $0.id + "\"").utf8)) }
            }
            self.keyPatterns = .allocate(capacity: keyPatterns.count)
            self.keyPatterns.initialize(from: keyPatterns, count: keyPatterns.count)
            self.valuePatterns = .allocate(capacity: max(1, valuePatterns.count))
            self.valuePatterns.initialize(from: valuePatterns, count: valuePatterns.count)
            // Slots for the key patterns whose four bytes after the quote are theirs (keys
            // of two bytes or more); on a collision the first keeps the slot.
            var bestPatterns: (multiplier: UInt64, slots: [Int16], collisions: Int)?
            var patternMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<64 {
                var slots = [Int16](repeating: -1, count: ProfileRecordReader.slotCount)
                var collisions = 0
                for (index, pattern) in keyPatterns.enumerated()
                where pattern.length >= 5 && index < 0x7FFF {
                    let slot = ProfileRecordReader.patternSlot(
                        pattern.word0, multiplier: patternMultiplier)
                    if slots[slot] < 0 { slots[slot] = Int16(index) } else { collisions += 1 }
                }
                if bestPatterns == nil || collisions < bestPatterns!.collisions {
                    bestPatterns = (patternMultiplier, slots, collisions)
                }
                if collisions == 0 { break }
                patternMultiplier =
                    patternMultiplier &* 0xBF58_476D_1CE4_E5B9 &+ 0x94D0_49BB_1331_11EB | 1
            }
            self.patternMultiplier = bestPatterns!.multiplier
            self.patternSlots = .allocate(capacity: ProfileRecordReader.slotCount)
            self.patternSlots.initialize(
                from: bestPatterns!.slots, count: ProfileRecordReader.slotCount)
        }

        deinit {
            entries.deinitialize(count: count)
            entries.deallocate()
            values.deinitialize(count: valueCount)
            values.deallocate()
            tails.deinitialize(count: tailCount)
            tails.deallocate()
            powers.deinitialize(count: 16)
            powers.deallocate()
            keyPatterns.deinitialize(count: 2 + count)
            keyPatterns.deallocate()
            valuePatterns.deinitialize(count: valueCount)
            valuePatterns.deallocate()
            patternSlots.deinitialize(count: ProfileRecordReader.slotCount)
            patternSlots.deallocate()
        }
    }

    init(ruleBase: RuleBase) {
        self.ruleBase = ruleBase
        self.tables = Tables(ruleBase: ruleBase)
    }

    /// Reads a record into `profile` (which is cleared first). `readable` bytes from
    /// the record's start may be read (at least the record's; more lets the one-pass
    /// reader compare sixteen bytes at a time up to the record's last byte), though
    /// only the record's bytes count.
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, readable: Int? = nil, record: RecordSplitter.Record,
        into profile: inout Profile,
        passThrough: inout PassThrough
    ) throws(Failure) {
        profile.removeAll()
        passThrough = PassThrough()
        let limit = max(bytes.count, readable ?? 0)
        let done = profile.values.withUnsafeMutableBufferPointer { values in
            fastRead(bytes, limit: limit, into: values, passThrough: &passThrough)
        }
        if done { return }
        // What the one-pass reader found before it gave up stays, as values.
        passThrough = passThrough.resolved(in: bytes)
        profile.removeAll()
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes, baseLine: record.line, baseOffset: record.offset)
        } catch {
            let column = error.line == record.line ? error.column + record.column - 1 : error.column
            throw Failure(message: error.message, line: error.line, column: column)
        }
        passThrough.id = json["id"]
        passThrough.name = json["name"]
        do {
            profile = try ruleBase.profile(fromJSON: json)
        } catch {
            throw Failure(message: error.message, line: record.line, column: record.column)
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @inline(__always)
    private static func skipSpace(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int) {
        // Usually no space: one comparison tells.
        while index < count {
            let byte = base[index]
            guard byte <= 0x20, isSpace(byte) else { return }
            index += 1
        }
    }

    @inline(__always)
    fileprivate static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The bytes of `word` that end a plain string (a quote), or make it not plain (a
    /// backslash, a control character, a byte past ASCII), each flagged by its high bit.
    /// Bytes above the lowest flagged one may be flagged wrongly; the lowest is exact.
    @inline(__always)
    private static func specials(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs = ones &* 0x80
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return (word & highs) | ((quote &- ones) & ~quote & highs)
            | ((backslash &- ones) & ~backslash & highs)
            | ((word &- (ones &* 0x20)) & ~word & highs)
    }

    /// The index of the quote that ends the plain string (no escapes, ASCII only) whose
    /// content starts at `start`, or -1.
    @inline(__always)
    private static func stringEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> Int {
        var scan = start
        // Eight bytes at a time up to the first flagged byte.
        while scan + 8 <= count {
            let special = specials(load(base + scan))
            if special != 0 {
                scan += special.trailingZeroBitCount / 8
                break
            }
            scan += 8
        }
        while scan < count {
            let byte = base[scan]
            if byte == UInt8(ascii: "\"") { return scan }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return -1 }
            scan += 1
        }
        return -1
    }

    /// How many ignored (`_`) keys of a record the one-pass reader compares with each
    /// other; a record with more goes to the strict path, so that the check of duplicate
    /// keys stays linear.
    static let ignoredKeysCompared = 16

    /// The number of slots of ``Tables/patternSlots``.
    static let slotCount = 256

    /// The slot of a key pattern, from its first word (the quote and the key's first
    /// bytes).
    @inline(__always)
    static func patternSlot(_ word0: UInt64, multiplier: UInt64) -> Int {
        Int(truncatingIfNeeded: (((word0 &>> 8) & 0xFFFF_FFFF) &* multiplier) &>> 56)
    }

    /// The first sixteen bytes of `start..<end` as two little-endian words, zero past
    /// its end.
    @inline(__always)
    private static func words(
        _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ count: Int
    ) -> (UInt64, UInt64) {
        let length = end - start
        if start + 16 <= count {
            var word0 = load(base + start)
            var word1 = load(base + start + 8)
            if length < 16 {
                if length <= 8 {
                    word1 = 0
                    if length < 8 { word0 &= (1 << (UInt64(length) * 8)) &- 1 }
                } else {
                    word1 &= (1 << (UInt64(length - 8) * 8)) &- 1
                }
            }
            return (word0, word1)
        }
        var word0: UInt64 = 0
        var word1: UInt64 = 0
        var offset = 0
        while offset < length && offset < 16 {
            let byte = UInt64(base[start + offset])
            if offset < 8 {
                word0 |= byte << (UInt64(offset) * 8)
            } else {
                word1 |= byte << (UInt64(offset - 8) * 8)
            }
            offset += 1
        }
        return (word0, word1)
    }

    /// Whether `start..<start + length`, whose first words are `words`, is `name`.
    @inline(__always)
    private func matches(
        _ name: Name, _ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int,
        _ words: (UInt64, UInt64)
    ) -> Bool {
        guard name.length == length, name.word0 == words.0, name.word1 == words.1 else {
            return false
        }
        var offset = 16
        while offset < length {
            if base[start + offset] != tables.tails[name.tail + offset - 16] { return false }
            offset += 1
        }
        return true
    }

    /// The one-pass reader; false when the record needs the strict path.
    private func fastRead(
        _ bytes: UnsafeBufferPointer<UInt8>, limit: Int,
        into values: UnsafeMutableBufferPointer<Double>,
        passThrough: inout PassThrough
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let count = bytes.count
        let entries = tables.entries
        let criterionCount = tables.count
        var index = 0
        ProfileRecordReader.skipSpace(base, &index, count)
        guard index < count, base[index] == UInt8(ascii: "{") else { return false }
        index += 1
        ProfileRecordReader.skipSpace(base, &index, count)
        var seen: UInt64 = 0
        var seenID = false
        var seenName = false
        var seenOther: [Range<Int>] = []
        let patternSlots = tables.patternSlots
        let patternMultiplier = tables.patternMultiplier
        let keyPatterns = tables.keyPatterns
        if index < count && base[index] == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                guard index < count else { return false }
                if base[index] <= 0x20 { ProfileRecordReader.skipSpace(base, &index, count) }
                guard index < count, base[index] == UInt8(ascii: "\"") else { return false }
                // Usually: the key's pattern (`"key":`) is in the slot of its first bytes.
                if index &+ 16 <= limit {
                    let slot = Int(
                        patternSlots[
                            ProfileRecordReader.patternSlot(
                                ProfileRecordReader.load(base + index),
                                multiplier: patternMultiplier)
                        ])
                    if slot >= 0 {
                        let pattern = keyPatterns[slot]
                        if index &+ pattern.length <= count && pattern.matches(base + index) {
                            index &+= pattern.length
                            if index < count && base[index] <= 0x20 {
                                ProfileRecordReader.skipSpace(base, &index, count)
                            }
                            guard index < count else { return false }
                            if slot >= 2 {
                                let criterion = slot &- 2
                                guard criterion < 64, seen & (1 &<< UInt64(criterion)) == 0 else {
                                    return false
                                }
                                seen |= 1 &<< UInt64(criterion)
                                let entry = entries + criterion
                                // Usually a value id, read here rather than by a call.
                                let found =
                                    base[index] == UInt8(ascii: "\"")
                                        && entry.pointee.kind.rawValue >= Kind.listed.rawValue
                                    ? patternValue(base, &index, limit, entry: entry) : -1
                                let value: Double
                                if found >= 0 {
                                    value = Double(found)
                                } else {
                                    guard
                                        let read = fastValue(
                                            base, &index, count, limit: limit, entry: entry,
                                            criterion: criterion)
                                    else { return false }
                                    value = read
                                }
                                values[criterion] = value
                            } else {
                                if slot == 0 {
                                    guard !seenID else { return false }
                                    seenID = true
                                } else {
                                    guard !seenName else { return false }
                                    seenName = true
                                }
                                guard let scalar = fastScalar(base, &index, count) else {
                                    return false
                                }
                                if slot == 0 {
                                    passThrough.idBytes = scalar
                                } else {
                                    passThrough.nameBytes = scalar
                                }
                            }
                            guard index < count else { return false }
                            if base[index] <= 0x20 {
                                ProfileRecordReader.skipSpace(base, &index, count)
                            }
                            guard index < count else { return false }
                            if base[index] == UInt8(ascii: ",") {
                                index &+= 1
                                continue
                            }
                            guard base[index] == UInt8(ascii: "}") else { return false }
                            index &+= 1
                            break
                        }
                    }
                }
                // Otherwise the key is read to its end and looked for among the criteria.
                let keyStart = index + 1
                let keyEnd = ProfileRecordReader.stringEnd(base, keyStart, count)
                guard keyEnd >= 0 else { return false }
                let length = keyEnd - keyStart
                let words = ProfileRecordReader.words(base, keyStart, keyEnd, count)
                var criterion = -1
                for candidate in 0..<criterionCount
                where matches(entries[candidate].key, base, keyStart, length, words) {
                    criterion = candidate
                    break
                }
                index = keyEnd + 1
                if index < count && base[index] <= 0x20 {
                    ProfileRecordReader.skipSpace(base, &index, count)
                }
                guard index < count, base[index] == UInt8(ascii: ":") else { return false }
                index += 1
                if index < count && base[index] <= 0x20 {
                    ProfileRecordReader.skipSpace(base, &index, count)
                }
                guard index < count else { return false }
                if criterion >= 0 {
                    guard criterion < 64, seen & (1 << UInt64(criterion)) == 0 else { return false }
                    seen |= 1 << UInt64(criterion)
                    guard
                        let value = fastValue(
                            base, &index, count, limit: limit, entry: entries + criterion,
                            criterion: criterion)
                    else { return false }
                    values[criterion] = value
                } else {
                    // Not a criterion: only id, name and _keys pass, each once, plain values only.
                    // "id" and "name" as little-endian words.
                    let isID = length == 2 && words.0 == 0x6469
                    let isName = length == 4 && words.0 == 0x656D_616E
                    guard isID || isName || (length > 0 && base[keyStart] == UInt8(ascii: "_"))
                    else {
                        return false
                    }
                    if isID {
                        guard !seenID else { return false }
                        seenID = true
                    } else if isName {
                        guard !seenName else { return false }
                        seenName = true
                    } else {
                        // A few ignored keys are compared here; more go to the strict
                        // path, whose check of duplicates is linear.
                        let key = keyStart..<keyEnd
                        guard seenOther.count < ProfileRecordReader.ignoredKeysCompared,
                            !seenOther.contains(where: { other in
                                other.count == key.count
                                    && zip(other, key).allSatisfy { base[$0] == base[$1] }
                            })
                        else {
                            return false
                        }
                        seenOther.append(key)
                    }
                    guard let scalar = fastScalar(base, &index, count) else { return false }
                    if isID { passThrough.idBytes = scalar }
                    if isName { passThrough.nameBytes = scalar }
                }
                guard index < count else { return false }
                if base[index] <= 0x20 { ProfileRecordReader.skipSpace(base, &index, count) }
                guard index < count else { return false }
                if base[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                guard base[index] == UInt8(ascii: "}") else { return false }
                index += 1
                break
            }
        }
        ProfileRecordReader.skipSpace(base, &index, count)
        return index >= count
    }

    /// A plain string (with its quotes) or a number: the range of its bytes, or nil.
    private func fastScalar(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int)
        -> Range<Int>?
    {
        let byte = base[index]
        let start = index
        if byte == UInt8(ascii: "\"") {
            let end = ProfileRecordReader.stringEnd(base, start + 1, count)
            guard end >= 0 else { return nil }
            index = end + 1
            return start..<index
        }
        if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            guard number(base, &index, count) != nil else { return nil }
            return start..<index
        }
        return nil
    }

    /// The value whose pattern (`"value"`) the bytes at `index` start with, with `index`
    /// moved past it; -1 when none does or sixteen bytes cannot be read. A match may run
    /// past the record only where the record is cut inside the string, which the caller's
    /// next check (`index < count`) then refuses.
    @inline(__always)
    private func patternValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ limit: Int,
        entry: UnsafePointer<Entry>
    ) -> Int {
        guard index &+ 16 <= limit else { return -1 }
        let patterns = tables.valuePatterns + entry.pointee.firstValue
        var value = 0
        while value < entry.pointee.valueCount {
            let pattern = patterns[value]
            if pattern.length > 0 && pattern.matches(base + index) {
                index &+= pattern.length
                return value
            }
            value &+= 1
        }
        return -1
    }

    /// A criterion's value, checked; nil when the strict path must decide. The usual
    /// cases (a value id, a plain number) here, the others in ``otherValue``.
    @inline(__always)
    private func fastValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, limit: Int,
        entry: UnsafePointer<Entry>, criterion: Int
    ) -> Double? {
        let kind = entry.pointee.kind
        let byte = base[index]
        if byte == UInt8(ascii: "\"") && (kind == .listed || kind == .yesNo) {
            let value = patternValue(base, &index, limit, entry: entry)
            if value >= 0 { return Double(value) }
        } else if kind == .integer || kind == .decimal,
            byte == UInt8(ascii: "-") || byte &- UInt8(ascii: "0") < 10
        {
            guard let value = number(base, &index, count) else { return nil }
            if kind == .integer && Double(Int64(value)) != value { return nil }
            if value < entry.pointee.minimum || value > entry.pointee.maximum { return nil }
            return value
        }
        return otherValue(base, &index, count, entry: entry, criterion: criterion)
    }

    /// A criterion's value that is not a value id nor a plain number: `null`, `true` or
    /// `false`, a long value id or a label; nil when the strict path must decide.
    @inline(never)
    private func otherValue(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int,
        entry: UnsafePointer<Entry>, criterion: Int
    ) -> Double? {
        let kind = entry.pointee.kind
        let byte = base[index]
        if byte == UInt8(ascii: "n") {
            return ProfileRecordReader.literal(base, &index, count, "null") ? .nan : nil
        }
        guard kind == .listed || kind == .yesNo else { return nil }
        if byte == UInt8(ascii: "\"") {
            let start = index + 1
            let end = ProfileRecordReader.stringEnd(base, start, count)
            guard end >= 0 else { return nil }
            index = end + 1
            let length = end - start
            let words = ProfileRecordReader.words(base, start, end, count)
            let values = tables.values + entry.pointee.firstValue
            for value in 0..<entry.pointee.valueCount
            where matches(values[value], base, start, length, words) {
                return Double(value)
            }
            // A label or alias: the forgiving match of the strict path.
            let text = String(
                decoding: UnsafeBufferPointer(start: base + start, count: length), as: UTF8.self)
            return try? ruleBase.parse(text, for: ruleBase.criteria[criterion])
        }
        if kind == .yesNo && byte == UInt8(ascii: "t") {
            return ProfileRecordReader.literal(base, &index, count, "true") ? 0 : nil
        }
        if kind == .yesNo && byte == UInt8(ascii: "f") {
            return ProfileRecordReader.literal(base, &index, count, "false") ? 1 : nil
        }
        return nil
    }

    @inline(__always)
    private static func literal(
        _ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int, _ word: StaticString
    ) -> Bool {
        let length = word.utf8CodeUnitCount
        guard count - index >= length else { return false }
        for offset in 0..<length where base[index + offset] != word.utf8Start[offset] {
            return false
        }
        index += length
        return true
    }

    /// A JSON number's value, with `index` moved past it: integers and plain decimals
    /// only (at most 15 significant digits, so that the value is exact); nil otherwise.
    @inline(__always)
    private func number(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int)
        -> Double?
    {
        var position = index
        var negative = false
        if position < count && base[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        let integerStart = position
        while position < count {
            let digit = base[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            // More than 15 digits may not be exact: the strict path decides.
            if digits == 15 { return nil }
            mantissa = mantissa &* 10 &+ Int64(digit)
            digits += 1
            position += 1
        }
        guard digits > 0, !(digits > 1 && base[integerStart] == UInt8(ascii: "0")) else {
            return nil
        }
        var scale = 0
        if position < count && base[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < count {
                let digit = base[position] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if digits == 15 { return nil }
                mantissa = mantissa &* 10 &+ Int64(digit)
                digits += 1
                position += 1
            }
            scale = position - fractionStart
            guard scale > 0 else { return nil }
        }
        if position < count {
            let next = base[position]
            if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") || next == UInt8(ascii: ".") {
                return nil
            }
        }
        var value = scale == 0 ? Double(mantissa) : Double(mantissa) / tables.powers[scale]
        if negative { value = -value }
        index = position
        return value
    }
}
