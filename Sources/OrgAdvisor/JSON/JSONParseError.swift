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

    /// Creates an error.
    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// `line L, column C: message`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
