/// Strict UTF-8 validation that reports where the first invalid byte is.
package enum UTF8Validation {
    /// The UTF-8 byte-order mark, which editors on Windows write at the start of a file
    /// and every reader of this library skips there (rule files, profiles, batch input).
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The offset (in the slice's indices) of the first byte that starts an invalid
    /// sequence, or nil when the bytes are valid UTF-8.
    package static func firstInvalidOffset<Bytes: Collection>(_ bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
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
            default: return index
            }
            if end - index < length { return index }
            let second = bytes[index + 1]
            if second < lower || second > upper { return index }
            var offset = 2
            while offset < length {
                if bytes[index + offset] & 0xC0 != 0x80 { return index }
                offset += 1
            }
            index += length
        }
        return nil
    }
}
