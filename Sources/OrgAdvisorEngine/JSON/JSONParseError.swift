import OrgAdvisorRules

/// Why a JSON text could not be read: what was expected and found, and where.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, lower case, names in single quotes.
    public let message: String
    /// The byte offset of the problem.
    public let offset: Int
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, in bytes.
    public let column: Int
    /// Whether the text is not JSON (true), or is valid JSON refused for a profile, such
    /// as an object with a duplicate key (false).
    public let isSyntaxError: Bool

    /// Creates an error.
    public init(message: String, offset: Int, line: Int, column: Int, isSyntaxError: Bool = true) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.isSyntaxError = isSyntaxError
    }

    /// The message for people: `invalid JSON: ` and the message for a syntax error, the
    /// message alone otherwise.
    public var summary: String { isSyntaxError ? "invalid JSON: " + message : message }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
