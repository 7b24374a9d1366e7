/// Reads the values that ``ArchiveWriter`` wrote, in the same order, from bytes in
/// memory. Every read is checked against the end of the bytes and fails with a
/// ``RuleBaseArchive/Failure`` naming the byte where it went wrong, never a trap: a
/// damaged archive is refused, whatever its bytes.
package struct ArchiveReader {
    /// The bytes read.
    private let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    package private(set) var position: Int
    /// Added to offsets in messages: where `bytes` starts in the archive.
    private let origin: Int
    /// The whole archive that `bytes` are part of, when its caller has it as an array:
    /// then the conditions' texts and the rules' explanations share it (``sharedUTF8()``)
    /// instead of being copied.
    private var archive: [UInt8]?

    /// A reader of `bytes`, from their start; `origin` is where they start in the archive
    /// (for messages).
    package init(_ bytes: UnsafeRawBufferPointer, origin: Int = 0) {
        self.bytes = bytes
        self.position = 0
        self.origin = origin
    }

    /// The number of bytes left.
    package var remaining: Int { bytes.count - position }

    /// Whether every byte has been read.
    package var isAtEnd: Bool { position == bytes.count }

    /// A failure at the current byte: `damaged at byte N: what`.
    package func failure(_ what: String) -> RuleBaseArchive.Failure {
        RuleBaseArchive.Failure(description: "damaged at byte \(origin + position): \(what)")
    }

    /// The next `count` bytes.
    @inline(__always)
    package mutating func raw(_ count: Int) throws(RuleBaseArchive.Failure)
        -> UnsafeRawBufferPointer
    {
        guard count >= 0, count <= remaining else { throw endsTooSoon() }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
        position += count
        return slice
    }

    /// A failure for reading past the end.
    @inline(never)
    private func endsTooSoon() -> RuleBaseArchive.Failure {
        failure("the archive ends too soon")
    }

    /// The next byte.
    @inline(__always)
    package mutating func byte() throws(RuleBaseArchive.Failure) -> UInt8 {
        guard position < bytes.count else { throw endsTooSoon() }
        let value = bytes[position]
        position += 1
        return value
    }

    /// An unsigned integer, seven bits a byte.
    ///
    /// Most integers (indices, counts, lengths) are below 128: one byte, read inline where
    /// it is asked for; longer ones are read by ``longUnsigned()``.
    @inline(__always)
    package mutating func unsigned() throws(RuleBaseArchive.Failure) -> UInt64 {
        if position < bytes.count, bytes[position] < 0x80 {
            position += 1
            return UInt64(bytes[position - 1])
        }
        return try longUnsigned()
    }

    /// An unsigned integer of more than one byte (or none left: a failure).
    @inline(never)
    private mutating func longUnsigned() throws(RuleBaseArchive.Failure) -> UInt64 {
        // Two bytes (below 16,384: line numbers, most lengths), without the loop.
        if position + 1 < bytes.count, bytes[position + 1] < 0x80 {
            let value = UInt64(bytes[position] & 0x7F) | UInt64(bytes[position + 1]) << 7
            position += 2
            return value
        }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64, shift < 63 || next <= 1 else {
                throw failure("an integer is too large")
            }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    /// A signed integer, zigzag-encoded.
    package mutating func int64() throws(RuleBaseArchive.Failure) -> Int64 {
        let raw = try unsigned()
        return Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
    }

    /// An `Int`; fails when it does not fit one (an archive of a 64-bit machine read on
    /// a 32-bit one).
    package mutating func int() throws(RuleBaseArchive.Failure) -> Int {
        let value = try int64()
        guard let exact = Int(exactly: value) else { throw failure("an integer is too large") }
        return exact
    }

    /// An integer in `0..<limit`, naming `what` it is when it is not.
    @inline(__always)
    package mutating func index(below limit: Int, _ what: String) throws(RuleBaseArchive.Failure)
        -> Int
    {
        let value = try unsigned()
        guard value < UInt64(max(limit, 0)) else {
            throw outOfRange(what, value, limit)
        }
        return Int(value)
    }

    /// The failure of an index `value` of `what` at or past `limit`.
    @inline(never)
    private func outOfRange(_ what: String, _ value: UInt64, _ limit: Int)
        -> RuleBaseArchive.Failure
    {
        failure("\(what) \(value) out of range; expected less than \(limit)")
    }

    /// A number of items that follow, each at least `itemBytes` bytes long: never more than
    /// the bytes left allow, so that a damaged count cannot ask for more memory than the
    /// archive's size.
    @inline(__always)
    package mutating func count(itemBytes: Int = 1) throws(RuleBaseArchive.Failure) -> Int {
        let value = try unsigned()
        guard value <= UInt64(remaining / max(itemBytes, 1)) else {
            throw tooMany(value)
        }
        return Int(value)
    }

    /// The failure of a count of `value` items that the bytes left cannot hold.
    @inline(never)
    private func tooMany(_ value: UInt64) -> RuleBaseArchive.Failure {
        failure("a count of \(value) is more than the archive holds")
    }

    /// Indices or counts written by ``ArchiveWriter/packed(_:)``.
    package mutating func packed() throws(RuleBaseArchive.Failure) -> [Int] {
        let count = try count(itemBytes: 4)
        let words = try raw(count * 4)
        var largest: UInt32 = 0
        let values = [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count {
                let offset = index * 4
                let word =
                    UInt32(words[offset]) | UInt32(words[offset + 1]) << 8
                    | UInt32(words[offset + 2]) << 16 | UInt32(words[offset + 3]) << 24
                largest = max(largest, word)
                buffer[index] = Int(truncatingIfNeeded: word)
            }
            initialized = count
        }
        // An index a 32-bit machine cannot hold (not one a rule base it can load has).
        guard UInt64(largest) <= UInt64(Int.max) else { throw failure("an index is too large") }
        return values
    }

    /// A flag.
    @inline(__always)
    package mutating func bool() throws(RuleBaseArchive.Failure) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw failure("expected a flag (0 or 1)")
        }
    }

    /// A 64-bit word, little end first.
    package mutating func fixed() throws(RuleBaseArchive.Failure) -> UInt64 {
        let word = try raw(8)
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(word[index]) << UInt64(index * 8) }
        return value
    }

    /// A number (its eight bytes).
    package mutating func double() throws(RuleBaseArchive.Failure) -> Double {
        Double(bitPattern: try fixed())
    }

    /// A number or its absence.
    package mutating func optionalDouble() throws(RuleBaseArchive.Failure) -> Double? {
        try bool() ? try double() : nil
    }

    /// A text.
    package mutating func string() throws(RuleBaseArchive.Failure) -> String {
        let count = try count()
        let utf8 = try raw(count)
        return String(decoding: utf8.bindMemory(to: UInt8.self), as: UTF8.self)
    }

    /// Lets texts share `archive`'s bytes (``sharedUTF8()``): `archive` must be the whole
    /// archive this reader reads a part of (from ``RuleBaseArchive/open(_:)``).
    package mutating func share(_ archive: [UInt8]) {
        assert(archive.count == origin + bytes.count, "not the archive that is read")
        self.archive = archive
    }

    /// A text's UTF-8 bytes: a part of the archive, when it is shared (``share(_:)``), else
    /// a copy.
    package mutating func sharedUTF8() throws(RuleBaseArchive.Failure) -> ArraySlice<UInt8> {
        let count = try count()
        let start = position
        let utf8 = try raw(count)
        guard let archive else { return ArraySlice(utf8.bindMemory(to: UInt8.self)) }
        return archive[(origin + start)..<(origin + start + count)]
    }

    /// A text or its absence.
    package mutating func optionalString() throws(RuleBaseArchive.Failure) -> String? {
        try bool() ? try string() : nil
    }

    /// A list: its length, then each item, read with its index.
    package mutating func list<Item>(
        itemBytes: Int = 1,
        _ item: (inout ArchiveReader, Int) throws(RuleBaseArchive.Failure) -> Item
    ) throws(RuleBaseArchive.Failure) -> [Item] {
        let count = try count(itemBytes: itemBytes)
        var items: [Item] = []
        items.reserveCapacity(count)
        for index in 0..<count { items.append(try item(&self, index)) }
        return items
    }
}
