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
    /// Flat tables for the one-pass reader (no nested arrays, nothing to retain).
    /// Criterion ids: criterion `c`'s id is `keyBytes[keyStarts[c]..<keyStarts[c + 1]]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int]
    /// Value ids, numbered across criteria: criterion `c`'s values are
    /// `firstValue[c]..<firstValue[c + 1]`, value `v`'s id is
    /// `valueBytes[valueStarts[v]..<valueStarts[v + 1]]`.
    private let valueBytes: [UInt8]
    private let valueStarts: [Int]
    private let firstValue: [Int]
    /// The first eight bytes of each criterion id and of each value id (see
    /// ``Cursor/signature(_:)``): one comparison tells most ids apart.
    private let keySignatures: [UInt64]
    private let valueSignatures: [UInt64]
    /// Per criterion: its kind (see ``Kind``) and range (infinite when open).
    private let kinds: [Kind]
    private let minimums: [Double]
    private let maximums: [Double]

    private enum Kind: UInt8 {
        case decimal, integer, listed, yesNo
    }

    init(ruleBase: RuleBase) {
        self.ruleBase = ruleBase
        var keyBytes: [UInt8] = []
        var keyStarts = [0]
        var valueBytes: [UInt8] = []
        var valueStarts = [0]
        var firstValue = [0]
        for criterion in ruleBase.criteria {
            keyBytes += Array(criterion.id.utf8)
            keyStarts.append(keyBytes.count)
            for value in criterion.values {
                valueBytes += Array(value.id.utf8)
                valueStarts.append(valueBytes.count)
            }
            firstValue.append(valueStarts.count - 1)
        }
        func signatures(_ bytes: [UInt8], _ starts: [Int]) -> [UInt64] {
            (0..<starts.count - 1).map { index in
                var word: UInt64 = 0
                for offset in 0..<min(8, starts[index + 1] - starts[index]) {
                    word |= UInt64(bytes[starts[index] + offset]) << (UInt64(offset) * 8)
                }
                return word
            }
        }
        self.keySignatures = signatures(keyBytes, keyStarts)
        self.valueSignatures = signatures(valueBytes, valueStarts)
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.valueBytes = valueBytes
        self.valueStarts = valueStarts
        self.firstValue = firstValue
        self.kinds = ruleBase.criteria.map { criterion in
            switch criterion.kind {
            case .yesNo: return .yesNo
            case .integer: return .integer
            default: return criterion.kind.isEnumerated ? .listed : .decimal
            }
        }
        self.minimums = ruleBase.criteria.map { $0.minimum ?? -.infinity }
        self.maximums = ruleBase.criteria.map { $0.maximum ?? .infinity }
    }

    /// Reads a record into `profile` (which is cleared first).
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, record: RecordSplitter.Record,
        into profile: inout Profile,
        passThrough: inout PassThrough
    ) throws(Failure) {
        profile.removeAll()
        passThrough = PassThrough()
        if fastRead(bytes, into: &profile, passThrough: &passThrough) { return }
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

    /// A position in a record's bytes.
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var atEnd: Bool { index >= bytes.count }
        var byte: UInt8 { bytes[index] }

        mutating func skipSpace() {
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
                index += 1
            }
        }

        /// A plain string's content range (no escapes, ASCII only), or nil.
        mutating func plainString() -> Range<Int>? {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var scan = start
            // Eight bytes at a time up to the first byte that is a quote, a backslash, a
            // control character or not ASCII (the lowest flagged byte is exact).
            let base = bytes.baseAddress!
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs = ones &* 0x80
            while scan + 8 <= bytes.count {
                let word = UInt64(
                    littleEndian: UnsafeRawPointer(base + scan).loadUnaligned(as: UInt64.self))
                let quote = word ^ (ones &* 0x22)
                let backslash = word ^ (ones &* 0x5C)
                let special =
                    (word & highs) | ((quote &- ones) & ~quote & highs)
                    | ((backslash &- ones) & ~backslash & highs)
                    | ((word &- (ones &* 0x20)) & ~word & highs)
                if special != 0 {
                    scan += special.trailingZeroBitCount / 8
                    break
                }
                scan += 8
            }
            while scan < bytes.count {
                let byte = bytes[scan]
                if byte == UInt8(ascii: "\"") {
                    index = scan + 1
                    return start..<scan
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
                scan += 1
            }
            return nil
        }

        /// The first eight bytes of `range`, zero beyond its end, as one little-endian word.
        @inline(__always)
        func signature(_ range: Range<Int>) -> UInt64 {
            let count = min(range.count, 8)
            if range.lowerBound + 8 <= bytes.count {
                let word = UInt64(
                    littleEndian: UnsafeRawPointer(bytes.baseAddress! + range.lowerBound)
                        .loadUnaligned(as: UInt64.self))
                return count == 8 ? word : word & ((1 << (UInt64(count) * 8)) &- 1)
            }
            var word: UInt64 = 0
            for offset in 0..<count {
                word |= UInt64(bytes[range.lowerBound + offset]) << (UInt64(offset) * 8)
            }
            return word
        }

        /// Whether the bytes in `range`, whose signature is `signature`, are
        /// `table[start..<end]`, whose signature is `expected`.
        @inline(__always)
        func equals(
            _ range: Range<Int>, _ signature: UInt64, _ table: [UInt8], _ start: Int, _ end: Int,
            _ expected: UInt64
        ) -> Bool {
            guard range.count == end - start, signature == expected else { return false }
            var offset = start + 8
            var position = range.lowerBound + 8
            while position < range.upperBound {
                if bytes[position] != table[offset] { return false }
                offset += 1
                position += 1
            }
            return true
        }

        /// Whether the bytes in `range` are `word`.
        @inline(__always)
        func equals(_ range: Range<Int>, _ word: StaticString) -> Bool {
            guard range.count == word.utf8CodeUnitCount else { return false }
            var offset = 0
            for position in range {
                if bytes[position] != word.utf8Start[offset] { return false }
                offset += 1
            }
            return true
        }

        func equals(_ range: Range<Int>, _ other: Range<Int>) -> Bool {
            range.count == other.count && zip(range, other).allSatisfy { bytes[$0] == bytes[$1] }
        }

        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
    }

    /// The one-pass reader; false when the record needs the strict path.
    private func fastRead(
        _ bytes: UnsafeBufferPointer<UInt8>, into profile: inout Profile,
        passThrough: inout PassThrough
    ) -> Bool {
        var cursor = Cursor(bytes: bytes)
        cursor.skipSpace()
        guard !cursor.atEnd, cursor.byte == UInt8(ascii: "{") else { return false }
        cursor.index += 1
        cursor.skipSpace()
        var seen: UInt64 = 0
        var seenID = false
        var seenName = false
        var seenOther: [Range<Int>] = []
        var next = 0  // the criterion most likely to come next (keys usually come in order)
        if !cursor.atEnd && cursor.byte == UInt8(ascii: "}") {
            cursor.index += 1
        } else {
            while true {
                cursor.skipSpace()
                guard let key = cursor.plainString() else { return false }
                cursor.skipSpace()
                guard !cursor.atEnd, cursor.byte == UInt8(ascii: ":") else { return false }
                cursor.index += 1
                cursor.skipSpace()
                guard !cursor.atEnd else { return false }
                if let criterion = criterion(key, cursor, hint: next) {
                    guard criterion < 64, seen & (1 << UInt64(criterion)) == 0 else { return false }
                    next = criterion + 1
                    seen |= 1 << UInt64(criterion)
                    guard let value = fastValue(&cursor, criterion: criterion) else { return false }
                    profile.values[criterion] = value
                } else {
                    // Not a criterion: only id, name and _keys pass, each once, plain values only.
                    let isID = cursor.equals(key, "id")
                    let isName = cursor.equals(key, "name")
                    guard
                        isID || isName
                            || (!key.isEmpty && bytes[key.lowerBound] == UInt8(ascii: "_"))
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
                        guard !seenOther.contains(where: { cursor.equals($0, key) }) else {
                            return false
                        }
                        seenOther.append(key)
                    }
                    guard let scalar = fastScalar(&cursor) else { return false }
                    if isID { passThrough.idBytes = scalar }
                    if isName { passThrough.nameBytes = scalar }
                }
                cursor.skipSpace()
                guard !cursor.atEnd else { return false }
                if cursor.byte == UInt8(ascii: ",") {
                    cursor.index += 1
                    continue
                }
                guard cursor.byte == UInt8(ascii: "}") else { return false }
                cursor.index += 1
                break
            }
        }
        cursor.skipSpace()
        return cursor.atEnd
    }

    /// The index of the criterion named by the key, trying `hint` first.
    @inline(__always)
    private func criterion(_ key: Range<Int>, _ cursor: Cursor, hint: Int) -> Int? {
        let count = keyStarts.count - 1
        let signature = cursor.signature(key)
        if hint < count
            && cursor.equals(
                key, signature, keyBytes, keyStarts[hint], keyStarts[hint + 1], keySignatures[hint])
        {
            return hint
        }
        for index in 0..<count where index != hint {
            if cursor.equals(
                key, signature, keyBytes, keyStarts[index], keyStarts[index + 1],
                keySignatures[index])
            {
                return index
            }
        }
        return nil
    }

    /// A plain string (with its quotes) or a number: the range of its bytes, or nil.
    private func fastScalar(_ cursor: inout Cursor) -> Range<Int>? {
        let byte = cursor.byte
        let start = cursor.index
        if byte == UInt8(ascii: "\"") {
            guard cursor.plainString() != nil else { return nil }
            return start..<cursor.index
        }
        if byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            guard let (range, _) = ProfileRecordReader.number(cursor.bytes, &cursor.index) else {
                return nil
            }
            return range
        }
        return nil
    }

    /// A criterion's value, checked; nil when the strict path must decide.
    private func fastValue(_ cursor: inout Cursor, criterion: Int) -> Double? {
        let kind = kinds[criterion]
        let byte = cursor.byte
        if byte == UInt8(ascii: "n") {
            return ProfileRecordReader.literal(cursor.bytes, &cursor.index, "null") ? .nan : nil
        }
        if kind == .listed || kind == .yesNo {
            if byte == UInt8(ascii: "\"") {
                guard let range = cursor.plainString() else { return nil }
                let first = firstValue[criterion]
                let signature = cursor.signature(range)
                for value in first..<firstValue[criterion + 1]
                where cursor.equals(
                    range, signature, valueBytes, valueStarts[value], valueStarts[value + 1],
                    valueSignatures[value])
                {
                    return Double(value - first)
                }
                // A label or alias: the forgiving match of the strict path.
                return try? ruleBase.parse(cursor.text(range), for: ruleBase.criteria[criterion])
            }
            if kind == .yesNo && byte == UInt8(ascii: "t") {
                return ProfileRecordReader.literal(cursor.bytes, &cursor.index, "true") ? 0 : nil
            }
            if kind == .yesNo && byte == UInt8(ascii: "f") {
                return ProfileRecordReader.literal(cursor.bytes, &cursor.index, "false") ? 1 : nil
            }
            return nil
        }
        guard let (_, value) = ProfileRecordReader.number(cursor.bytes, &cursor.index) else {
            return nil
        }
        if kind == .integer && value != value.rounded() { return nil }
        if value < minimums[criterion] || value > maximums[criterion] { return nil }
        return value
    }

    private static func literal(
        _ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int, _ word: StaticString
    ) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
            return false
        }
        index += count
        return true
    }

    /// A JSON number's range and value: integers and plain decimals only (at most 15
    /// significant digits, so that the value is exact); nil otherwise.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> (
        Range<Int>, Double
    )? {
        let start = index
        var position = index
        var negative = false
        if position < bytes.count && bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var mantissa: Int64 = 0
        var digits = 0
        let integerStart = position
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"),
            bytes[position] <= UInt8(ascii: "9")
        {
            // More than 15 digits may not be exact: the strict path decides.
            if digits == 15 { return nil }
            mantissa = mantissa * 10 + Int64(bytes[position] - UInt8(ascii: "0"))
            digits += 1
            position += 1
        }
        guard digits > 0, digits <= 15, !(digits > 1 && bytes[integerStart] == UInt8(ascii: "0"))
        else { return nil }
        var scale = 0
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            let fractionStart = position
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"),
                bytes[position] <= UInt8(ascii: "9")
            {
                if digits == 15 { return nil }
                mantissa = mantissa * 10 + Int64(bytes[position] - UInt8(ascii: "0"))
                digits += 1
                position += 1
            }
            scale = position - fractionStart
            guard scale > 0, digits <= 15 else { return nil }
        }
        if position < bytes.count {
            let next = bytes[position]
            if next == UInt8(ascii: "e") || next == UInt8(ascii: "E") || next == UInt8(ascii: ".") {
                return nil
            }
        }
        let powers: [Double] = [
            1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
        ]
        var value = Double(mantissa) / powers[scale]
        if negative { value = -value }
        index = position
        return (start..<position, value)
    }
}
