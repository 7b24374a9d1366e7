import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Byte-level helpers of the one-pass reader: spaces, strings, sixteen-byte words and
/// the pattern slots of keys.
extension ProfileRecordReader {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    @inline(__always)
    static func skipSpace(_ base: UnsafePointer<UInt8>, _ index: inout Int, _ count: Int) {
        // Usually no space: one comparison tells.
        while index < count {
            let byte = base[index]
            guard byte <= 0x20, isSpace(byte) else { return }
            index += 1
        }
    }

    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The bytes of `word` that end a plain string (a quote), or make it not plain (a
    /// backslash, a control character, a byte past ASCII), each flagged by its high bit.
    /// Bytes above the lowest flagged one may be flagged wrongly; the lowest is exact.
    @inline(__always)
    static func specials(_ word: UInt64) -> UInt64 {
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
    static func stringEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> Int {
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

    /// The bucket of a value spelling (``Tables/valueBuckets``), from its first two
    /// bytes (after the opening quote) as a little-endian number.
    @inline(__always)
    static func bucket(_ key: UInt32, shift: UInt32) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B1) &>> shift)
    }

    /// The first sixteen bytes of `start..<end` as two little-endian words, zero past
    /// its end.
    @inline(__always)
    static func words(
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
    func matches(
        _ name: Name, _ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int,
        _ words: (UInt64, UInt64)
    ) -> Bool {
        guard name.length == length, name.word0 == words.0, name.word1 == words.1 else {
            return false
        }
        var offset = 16
        while offset < length {
            if base[start + offset] != tables.tails.base[name.tail + offset - 16] { return false }
            offset += 1
        }
        return true
    }
}
