/// The texts of a file's tokens, which tokens refer to by index: each distinct name or
/// number once (so that lexing makes one `String` per distinct name, not one per
/// token), and the contents of each string.
struct TokenTexts: Sendable {
    /// The texts; index 0 is the empty text of the tokens that have none.
    private(set) var texts: [String] = [""]
    /// For each text, the declaration keyword it spells, if any.
    private(set) var declarationKinds: [DeclarationKind?] = [nil]
    /// For each text, the byte range of its first occurrence (empty for a string's
    /// contents, which are not looked up).
    private var ranges: [Range<Int>] = [0..<0]
    /// For each text, its hash (kept for growing the table).
    private var hashes: [UInt64] = [0]
    /// Open addressing: each slot holds a text index, or 0 when empty.
    private var slots: [Int32] = Array(repeating: 0, count: 256)
    /// How many slots are taken.
    private var taken = 0

    /// The text at `index`.
    subscript(index: Int32) -> String { texts[Int(index)] }

    /// The index of the name or number spelt by `bytes[range]`, added when new.
    mutating func intern(_ range: Range<Int>, in bytes: [UInt8]) -> Int32 {
        let (found, hash, slot) = bytes.withUnsafeBufferPointer { bytes in
            lookUp(range, in: bytes)
        }
        if found != 0 { return found }
        let index = texts.count
        let text = String(decoding: bytes[range], as: UTF8.self)
        texts.append(text)
        declarationKinds.append(range.count <= 9 ? DeclarationKind(rawValue: text) : nil)
        ranges.append(range)
        hashes.append(hash)
        slots[slot] = Int32(index)
        taken += 1
        if taken * 2 > slots.count { grow() }
        return Int32(index)
    }

    /// The index of the text spelt by `bytes[range]` (0 when there is none yet), its hash,
    /// and the slot where it is or would go.
    private func lookUp(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>)
        -> (index: Int32, hash: UInt64, slot: Int)
    {
        let hash = TokenTexts.hash(range, in: bytes)
        let (index, slot) = probe(hash) { TokenTexts.equal($0, range, in: bytes) }
        return (index, hash, slot)
    }

    /// The index of the name or number `word`, as the file `bytes` it was lexed from
    /// spells it, or 0 when the file never does (0 is the empty text, which no name has).
    func index(of word: String, in bytes: [UInt8]) -> Int32 {
        let spelling = Array(word.utf8)
        let hash = spelling.withUnsafeBufferPointer { TokenTexts.hash(0..<spelling.count, in: $0) }
        return probe(hash) { bytes[$0].elementsEqual(spelling) }.index
    }

    /// The text with this hash whose first occurrence `matches` (0 when none), and the
    /// slot where it is or would go. Reads the tables in place, without the checks of
    /// each array access.
    @inline(__always)
    private func probe(_ hash: UInt64, _ matches: (Range<Int>) -> Bool)
        -> (index: Int32, slot: Int)
    {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                ranges.withUnsafeBufferPointer { ranges in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash >> 32) & mask
                    while slots[slot] != 0 {
                        let index = Int(slots[slot])
                        if hashes[index] == hash, matches(ranges[index]) {
                            return (Int32(index), slot)
                        }
                        slot = (slot + 1) & mask
                    }
                    return (0, slot)
                }
            }
        }
    }

    /// A hash of the bytes, eight at a time.
    private static func hash(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(truncatingIfNeeded: range.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = range.lowerBound
        // Whole words read at once while the buffer holds eight bytes from the offset
        // (past the range too: the bytes after it are masked off).
        let raw = UnsafeRawBufferPointer(buffer)
        while offset < range.upperBound, offset + 8 <= buffer.count {
            var word = UInt64(
                littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let left = range.upperBound - offset
            if left < 8 { word &= (1 << UInt64(truncatingIfNeeded: left * 8)) &- 1 }
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
            offset += 8
        }
        // Near the end of the buffer, byte by byte.
        while offset < range.upperBound {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            let end = min(offset + 8, range.upperBound)
            while offset < end {
                word |= UInt64(buffer[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 29
        }
        return hash
    }

    /// Adds the contents of a string token (not looked up: strings rarely repeat).
    mutating func append(_ text: String) -> Int32 {
        texts.append(text)
        declarationKinds.append(nil)
        ranges.append(0..<0)
        hashes.append(0)
        return Int32(texts.count - 1)
    }

    private static func equal(
        _ lhs: Range<Int>, _ rhs: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var (left, right) = (lhs.lowerBound, rhs.lowerBound)
        while left < lhs.upperBound {
            if bytes[left] != bytes[right] { return false }
            left += 1
            right += 1
        }
        return true
    }

    /// Doubles the slots and puts the names and numbers back.
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for index in 1..<texts.count where !ranges[index].isEmpty {
            let hash = hashes[index]
            var slot = Int(truncatingIfNeeded: hash >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
