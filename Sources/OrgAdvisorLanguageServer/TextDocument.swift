/// An open document: its URI, version and current text, kept as UTF-8 bytes with
/// their line index.
public struct TextDocument: Sendable {
    /// The document's URI, as the client names it.
    public let uri: String
    /// The version the client gave with its last change.
    public var version: Int
    /// The text's line index (which holds its bytes).
    public private(set) var lines: LineIndex

    /// The text's UTF-8 bytes.
    public var bytes: [UInt8] { lines.bytes }

    /// Creates a document.
    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.lines = LineIndex(Array(text.utf8))
    }

    /// Replaces the whole text.
    public mutating func replace(with text: String) {
        lines = LineIndex(Array(text.utf8))
    }

    /// Replaces the text between two positions (an incremental change).
    public mutating func replace(
        from start: Position, to end: Position, with text: String, encoding: PositionEncoding
    ) {
        let lower = lines.offset(of: start, encoding: encoding)
        let upper = max(lower, lines.offset(of: end, encoding: encoding))
        var bytes = lines.bytes
        bytes.replaceSubrange(lower..<upper, with: Array(text.utf8))
        lines = LineIndex(bytes)
    }
}
