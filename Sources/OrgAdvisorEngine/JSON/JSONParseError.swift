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
    /// What is wrong, as data; nil for an error made from a message alone.
    public let reason: Reason?

    /// Creates an error.
    public init(message: String, offset: Int, line: Int, column: Int, isSyntaxError: Bool = true) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.isSyntaxError = isSyntaxError
        reason = nil
    }

    /// Creates an error from its reason (the message is its English ``Reason/description``;
    /// a duplicate key is valid JSON, the other reasons are syntax errors).
    public init(_ reason: Reason, offset: Int, line: Int, column: Int) {
        message = reason.description
        self.offset = offset
        self.line = line
        self.column = column
        if case .duplicateKey = reason { isSyntaxError = false } else { isSyntaxError = true }
        self.reason = reason
    }

    /// The message for people: `invalid JSON: ` and the message for a syntax error, the
    /// message alone otherwise.
    public var summary: String { isSyntaxError ? "invalid JSON: " + message : message }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
