/// One token of a rule file.
struct Token: Sendable, Hashable {
    /// The kinds of token.
    enum Kind: Sendable, Hashable {
        case identifier
        case number
        case string
        case colon, comma, bar, leftParen, rightParen, leftBracket, rightBracket
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case endOfFile
    }

    /// The kind.
    var kind: Kind
    /// The byte range in the file.
    var range: Range<Int>
    /// True when only whitespace precedes the token on its line.
    var isFirstOnLine: Bool
    /// True when the token starts at column 1.
    var isAtColumnOne: Bool
    /// For identifiers and numbers: the text; for strings: the decoded contents.
    var text: String

    /// A short description for "expected …, found …" messages.
    var shownForError: String {
        switch kind {
        case .identifier, .number: return "'\(text)'"
        case .string: return "a string"
        case .endOfFile: return "the end of the file"
        default: return "'\(Token.Kind.spelling(kind))'"
        }
    }
}

extension Token.Kind {
    /// How punctuation is written.
    static func spelling(_ kind: Token.Kind) -> String {
        switch kind {
        case .colon: return ":"
        case .comma: return ","
        case .bar: return "|"
        case .leftParen: return "("
        case .rightParen: return ")"
        case .leftBracket: return "["
        case .rightBracket: return "]"
        case .equal: return "="
        case .notEqual: return "!="
        case .less: return "<"
        case .lessEqual: return "<="
        case .greater: return ">"
        case .greaterEqual: return ">="
        case .identifier: return "a name"
        case .number: return "a number"
        case .string: return "a string"
        case .endOfFile: return "the end of the file"
        }
    }
}
