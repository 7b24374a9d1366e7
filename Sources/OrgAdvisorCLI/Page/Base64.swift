/// Base64 (RFC 4648, with padding) for the bytes a page inlines.
enum Base64 {
    private static let alphabet = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// The Base64 text of `bytes`, in lines of `lineLength` characters (a multiple of 4)
    /// each ending with a newline; 0 for one line without a newline.
    static func encode(_ bytes: [UInt8], lineLength: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count / 3 * 4 + bytes.count / 80 + 8)
        var column = 0
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            var chunk = UInt32(bytes[index]) << 16
            if count > 1 { chunk |= UInt32(bytes[index + 1]) << 8 }
            if count > 2 { chunk |= UInt32(bytes[index + 2]) }
            for position in 0..<4 {
                let sextet = Int((chunk >> UInt32(18 - 6 * position)) & 63)
                out.append(position <= count ? alphabet[sextet] : UInt8(ascii: "="))
            }
            index += 3
            column += 4
            if lineLength > 0 && column >= lineLength {
                out.append(UInt8(ascii: "\n"))
                column = 0
            }
        }
        if lineLength > 0 && column > 0 { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }
}
