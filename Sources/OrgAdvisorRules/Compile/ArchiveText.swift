/// An archive as text that a string literal can hold: Base64 (RFC 4648, `+` and `/`,
/// padded with `=`) in lines, so that the built-in rule base's archive sits in generated
/// Swift source.
package enum ArchiveText {
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The Base64 text of `bytes`, in lines of `lineLength` characters (a multiple of 4),
    /// each ending with a line break.
    package static func encode(_ bytes: [UInt8], lineLength: Int = 96) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 3 * 4 + bytes.count / lineLength + 8)
        var column = 0
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var group: UInt32 = 0
            for offset in 0..<3 {
                group = group << 8 | UInt32(offset < count ? bytes[index + offset] : 0)
            }
            for position in 0..<4 {
                let sextet = Int(group >> UInt32(18 - 6 * position) & 0x3F)
                out.append(position <= count ? alphabet[sextet] : UInt8(ascii: "="))
            }
            index += 3
            column += 4
            if column >= lineLength || index >= bytes.count {
                out.append(UInt8(ascii: "\n"))
                column = 0
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a Base64 text (line breaks and spaces ignored); nil when it holds
    /// anything else, or ends in the middle of a group.
    package static func decode(_ text: String) -> [UInt8]? {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() { values[Int(character)] = UInt8(index) }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count / 4 * 3)
        var group: UInt32 = 0
        var count = 0
        var padding = 0
        for character in text.utf8 {
            switch character {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "): continue
            case UInt8(ascii: "="):
                padding += 1
                group <<= 6
            default:
                let value = values[Int(character)]
                guard value != 0xFF, padding == 0 else { return nil }
                group = group << 6 | UInt32(value)
            }
            count += 1
            if count == 4 {
                guard padding <= 2 else { return nil }
                for position in 0..<(3 - padding) {
                    out.append(UInt8(truncatingIfNeeded: group >> UInt32(16 - 8 * position)))
                }
                group = 0
                count = 0
                if padding > 0 { padding = 3 }
            }
        }
        return count == 0 ? out : nil
    }
}
