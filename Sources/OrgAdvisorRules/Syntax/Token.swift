/// One token of a rule file.
///
/// A token holds no text of its own, only the index of its text in the file's
/// ``TokenTexts``, so that tokens are plain values that copy without reference counting.
struct Token: Sendable, Hashable {
    /// The kinds of token.
    enum Kind: UInt8, Sendable, Hashable {
        case identifier
        case number
        case string
        case colon, comma, bar, leftParen, rightParen, leftBracket, rightBracket
        case equal, notEqual, less, lessEqual, greater, greaterEqual
        case endOfFile
    }

    /// The kind.
    var kind: Kind
    /// True when only whitespace precedes the token on its line.
    var isFirstOnLine: Bool
    /// True when the token starts at column 1.
    var isAtColumnOne: Bool
    /// For identifiers and numbers, the index of the text as written in the file's
    /// ``TokenTexts``; for strings, of the decoded contents; for the others, 0 (the
    /// empty text).
    var text: Int32
    /// The byte range in the file.
    var range: Range<Int>
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
