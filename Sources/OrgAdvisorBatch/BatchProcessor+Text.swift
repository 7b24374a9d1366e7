import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension BatchProcessor {
    /// A CSV field: quoted when it holds a comma, a quote or a line break; text that a
    /// spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) is quoted and prefixed with `'` (the OWASP rule against CSV
    /// injection). Numbers, such as a score of `-3`, stay numbers.
    static func csvField(_ text: String) -> String {
        let formula =
            text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true
            && !isNumber(text)
        guard formula || text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
        else {
            return text
        }
        return "\"" + (formula ? "'" : "") + text.replacing("\"", with: "\"\"") + "\""
    }

    /// Whether `text` is a plain decimal number: an optional sign, digits, an optional
    /// fraction and exponent.
    static func isNumber(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        } && Double(text) != nil
    }
}
