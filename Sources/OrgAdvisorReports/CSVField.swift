/// One field of a CSV output, as every CSV output writes it (batch results, decision
/// maps): quoted when it holds a comma, a quote or a line break (RFC 4180), and text
/// that a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) quoted and prefixed with `'` (the OWASP rule against CSV
/// injection). Numbers, such as a score of `-3`, stay numbers.
///
/// Decided from the bytes: a comma or a quote that a combining mark follows is one
/// character with it, but still a comma or a quote to a CSV reader.
package enum CSVField {
    /// The field of `text`: `text` itself when it needs neither quotes nor the guard
    /// (the usual cell).
    package static func text(_ text: String) -> String {
        let formula: Bool
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
            UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            formula = !isNumber(text)
        default: formula = false
        }
        guard formula || needsQuotes(text) else { return text }
        var field = [UInt8(ascii: "\"")]
        if formula { field.append(UInt8(ascii: "'")) }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { field.append(byte) }
            field.append(byte)
        }
        field.append(UInt8(ascii: "\""))
        return String(decoding: field, as: UTF8.self)
    }

    /// Whether `text` holds a comma, a quote or a line break (any character that is one,
    /// `Character.isNewline`): in ASCII, a byte from line feed to carriage return; the
    /// others are looked for only in text that is not ASCII.
    static func needsQuotes(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                || (UInt8(ascii: "\n")...UInt8(ascii: "\r")).contains(byte)
            {
                return true
            }
            if byte >= 0x80 { ascii = false }
        }
        return !ascii && text.contains { $0.isNewline }
    }

    /// Whether `text` is a plain decimal number: an optional sign, digits with an
    /// optional fraction (or a fraction alone), and an optional exponent.
    static func isNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ at: Int) -> Bool {
            at < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[at])
        }
        func skipDigits() -> Int {
            let start = index
            while isDigit(index) { index += 1 }
            return index - start
        }
        func skipSign() {
            if index < bytes.count,
                bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
            {
                index += 1
            }
        }
        skipSign()
        var digits = skipDigits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if index < bytes.count,
            bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
        {
            index += 1
            skipSign()
            guard skipDigits() > 0 else { return false }
        }
        return index == bytes.count
    }
}
