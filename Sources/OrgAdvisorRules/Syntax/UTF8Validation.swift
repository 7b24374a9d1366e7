/// Strict UTF-8 validation that reports where the first invalid byte is.
package enum UTF8Validation {
    /// The UTF-8 byte-order mark, which editors on Windows write at the start of a file
    /// and every reader of this library skips there (rule files, profiles, batch input).
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset (in the slice's indices) of the first byte that starts an invalid
    /// sequence, or nil when the bytes are valid UTF-8.
    package static func firstInvalidOffset<Bytes: Collection>(_ bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        if let found = bytes.withContiguousStorageIfAvailable({ firstInvalidOffset(inBuffer: $0) })
        {
            return found.map { bytes.startIndex + $0 }
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard let length = validSequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The same over contiguous bytes, skipping runs of ASCII eight bytes at a time.
    private static func firstInvalidOffset(inBuffer buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        let end = buffer.count
        var index = 0
        while index < end {
            while end - index >= 8,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080
                    == 0
            {
                index += 8
            }
            guard index < end else { return nil }
            guard let length = validSequenceLength(buffer, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the valid sequence that starts at `index` (1 for ASCII), or nil
    /// when the bytes there are not valid UTF-8.
    @inline(__always)
    private static func validSequenceLength<Bytes: Collection>(_ bytes: Bytes, at index: Int)
        -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        guard let (length, lower, upper) = sequence(startingWith: lead) else { return nil }
        if bytes.endIndex - index < length { return nil }
        let second = bytes[index + 1]
        if second < lower || second > upper { return nil }
        var offset = 2
        while offset < length {
            if bytes[index + offset] & 0xC0 != 0x80 { return nil }
            offset += 1
        }
        return length
    }

    /// The length of a well-formed UTF-8 sequence that starts with `lead` (2 to 4; nil
    /// when no such sequence starts with it), and the range of its second byte, which
    /// excludes overlong forms, surrogates and scalars past U+10FFFF.
    @inline(__always)
    package static func sequence(startingWith lead: UInt8) -> (
        length: Int, lower: UInt8, upper: UInt8
    )? {
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            upper = 0x9F
        case 0xF0:
            length = 4
            lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            upper = 0x8F
        default: return nil
        }
        return (length, lower, upper)
    }
}
