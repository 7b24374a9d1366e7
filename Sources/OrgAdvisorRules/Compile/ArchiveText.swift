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
        var text = text
        return text.withUTF8 { decode(UnsafeRawBufferPointer($0)) }
    }

    /// The value of each character (0xFF: not Base64, 0xFE: a space or line break to
    /// skip, 0xFD: padding).
    private static let values: [UInt8] = {
        var values = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in alphabet.enumerated() { values[Int(character)] = UInt8(index) }
        for character in [UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " ")] {
            values[Int(character)] = 0xFE
        }
        values[Int(UInt8(ascii: "="))] = 0xFD
        return values
    }()

    /// The bytes of Base64 characters, read in one pass: four characters at a time while
    /// they are four digits (the lines of ``encode(_:lineLength:)`` hold whole groups),
    /// else one at a time.
    private static func decode(_ characters: UnsafeRawBufferPointer) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: characters.count / 4 * 3 + 3) {
            buffer, count in
            ArchiveText.values.withUnsafeBufferPointer { values in
                var index = 0
                var group: UInt32 = 0
                var digits = 0
                var padding = 0
                let table = values.baseAddress!
                while index < characters.count {
                    if digits == 0 && padding == 0 && index + 4 <= characters.count,
                        let start = characters.baseAddress, let out = buffer.baseAddress
                    {
                        // Whole groups, without a bounds check per character.
                        var next = start + index
                        let last = start + characters.count - 4
                        var written = out + count
                        while next <= last {
                            let word = next.loadUnaligned(as: UInt32.self).littleEndian
                            let a = table[Int(word & 0xFF)]
                            let b = table[Int(word >> 8 & 0xFF)]
                            let c = table[Int(word >> 16 & 0xFF)]
                            let d = table[Int(word >> 24)]
                            guard (a | b | c | d) < 64 else { break }
                            let group =
                                UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
                            written[0] = UInt8(truncatingIfNeeded: group >> 16)
                            written[1] = UInt8(truncatingIfNeeded: group >> 8)
                            written[2] = UInt8(truncatingIfNeeded: group)
                            written += 3
                            next += 4
                        }
                        index = next - start
                        count = written - out
                        guard index < characters.count else { break }
                    }
                    let value = values[Int(characters[index])]
                    index += 1
                    if value == 0xFE { continue }
                    if value == 0xFF || (value < 64 && padding > 0) {
                        failed = true
                        return
                    }
                    if value == 0xFD { padding += 1 }
                    group = group << 6 | UInt32(value & 0x3F)
                    digits += 1
                    guard digits == 4 else { continue }
                    guard padding <= 2 else {
                        failed = true
                        return
                    }
                    for position in 0..<(3 - padding) {
                        buffer[count] = UInt8(
                            truncatingIfNeeded: group >> UInt32(16 - 8 * position))
                        count += 1
                    }
                    group = 0
                    digits = 0
                    if padding > 0 { padding = 3 }
                }
                failed = digits != 0
            }
        }
        return failed ? nil : bytes
    }
}
