extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text`, copied from its storage at once (appending its
    /// `utf8` view goes code unit by code unit: a report of a large rule base appends
    /// thousands of texts).
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
