/// Splits the bytes of a rule file into tokens, reporting malformed ones.
///
/// One pass over the bytes, in time linear in their number: a name or a number is
/// looked up in ``TokenTexts`` (one `String` per distinct one), a token's place on its
/// line is known without looking back.
struct Lexer {
    private let file: SourceFile
    private let bytes: [UInt8]
    /// Where lexing stops: the end of the file, or of the part of it being lexed.
    private let limit: Int
    private var index = 0
    private var lineStart = 0
    /// True once a token or an unexpected character was met on the current line.
    private var lineHasContent = false
    /// Diagnostics found while lexing.
    private(set) var diagnostics: [Diagnostic] = []
    /// The texts the tokens refer to.
    private(set) var texts = TokenTexts()
    /// The byte range of each comment, from its `#` to the end of its line (line break
    /// excluded), in file order: the formatter keeps them.
    private(set) var comments: [Range<Int>] = []
    /// Whether names may hold accented Latin letters (U+00C0–U+024F but × and ÷), as in
    /// test files, whose values are written as on the command line (`volume = élevé`).
    /// Rule files keep ids in ASCII.
    private let accentedNames: Bool

    /// Creates a lexer over a file, or over the lines of `range` (which starts at the
    /// start of a line and ends at the end of one: no token spans two lines);
    /// `accentedNames` lets names hold accented letters.
    init(file: SourceFile, range: Range<Int>? = nil, accentedNames: Bool = false) {
        self.accentedNames = accentedNames
        self.file = file
        self.bytes = file.bytes
        self.limit = range?.upperBound ?? file.bytes.count
        // The first line starts after a byte-order mark, if there is one.
        self.index = max(file.lineStarts[0], range?.lowerBound ?? 0)
        self.lineStart = index
    }

    /// Lexes the whole file. The last token is always `.endOfFile`.
    mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        // About one token in six bytes in rule files; a guess, not a limit.
        tokens.reserveCapacity((limit - index) / 6 + 1)
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .endOfFile { return tokens }
        }
    }

    /// A token from `start` to `index`, whose place on its line is `isFirstOnLine`.
    private func make(_ kind: Token.Kind, _ start: Int, first isFirstOnLine: Bool, text: Int32 = 0)
        -> Token
    {
        Token(
            kind: kind, isFirstOnLine: isFirstOnLine, isAtColumnOne: start == lineStart,
            text: text, range: start..<index)
    }

    private mutating func next() -> Token {
        // The position in a local while it only moves over blanks and comments.
        var position = index
        while position < limit {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\n"):
                position += 1
                lineStart = position
                lineHasContent = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "#"):
                let start = position
                while position < limit && bytes[position] != UInt8(ascii: "\n") {
                    position += 1
                }
                comments.append(start..<position)
            default:
                index = position
                if let token = lexToken() { return token }
                position = index
            }
        }
        index = position
        return Token(
            kind: .endOfFile, isFirstOnLine: true, isAtColumnOne: true, text: 0,
            range: limit..<limit)
    }

    static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z"))
            || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    static func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    static func isIdentifierByte(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: "_")
    }

    /// Lexes one token at `index`, or reports and skips a bad character (returning nil).
    private mutating func lexToken() -> Token? {
        let start = index
        let byte = bytes[index]
        // Only spaces and tabs came before on the line when nothing else did.
        let first = !lineHasContent
        lineHasContent = true
        let letter = Lexer.isLetter(byte) ? 1 : accentedLetterLength(at: index)
        if letter > 0 {
            var end = index + letter
            while end < limit {
                if Lexer.isIdentifierByte(bytes[end]) {
                    end += 1
                } else if case let length = accentedLetterLength(at: end), length > 0 {
                    end += length
                } else {
                    break
                }
            }
            index = end
            // Interned before `make` reads `self`: an argument that changed `self` while
            // `make` borrows it would copy the lexer, text table and all.
            let text = texts.intern(start..<index, in: bytes)
            return make(.identifier, start, first: first, text: text)
        }
        if Lexer.isDigit(byte)
            || ((byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+"))
                && peek(1).map(Lexer.isDigit) == true)
        {
            return lexNumber(start, first: first)
        }
        if byte == UInt8(ascii: "\"") { return lexString(start, first: first) }
        if let kind = lexPunctuation(byte) { return make(kind, start, first: first) }
        reportUnexpected(start)
        // A look-alike operator stands for the real one, so parsing goes on cleanly.
        return Lexer.advice(for: Lexer.visible(file.text(start..<index))).standIn.map {
            make($0, start, first: first)
        }
    }

    /// The length in bytes of the accented letter at `position` when names may hold them
    /// (a two-byte UTF-8 sequence for U+00C0–U+024F but × and ÷), else 0.
    private func accentedLetterLength(at position: Int) -> Int {
        guard accentedNames, position + 1 < limit else { return 0 }
        let lead = bytes[position]
        let next = bytes[position + 1]
        guard lead >= 0xC3 && lead <= 0xC9, next & 0xC0 == 0x80 else { return 0 }
        let scalar = (UInt32(lead & 0x1F) << 6) | UInt32(next & 0x3F)
        guard scalar >= 0xC0 && scalar <= 0x24F, scalar != 0xD7, scalar != 0xF7 else { return 0 }
        return 2
    }

    /// The byte `offset` bytes after `index`, if any.
    private func peek(_ offset: Int) -> UInt8? {
        index + offset < limit ? bytes[index + offset] : nil
    }

    /// Lexes a number from `start`: digits, then an optional fraction; reports a missing
    /// fraction digit and letters run into the number.
    private mutating func lexNumber(_ start: Int, first: Bool) -> Token {
        index += 1
        while index < limit && Lexer.isDigit(bytes[index]) { index += 1 }
        if index < limit && bytes[index] == UInt8(ascii: ".") {
            if peek(1).map(Lexer.isDigit) == true {
                index += 1
                while index < limit && Lexer.isDigit(bytes[index]) { index += 1 }
            } else {
                index += 1
                diagnostics.append(
                    Diagnostic(
                        .error, "expected a digit after the decimal point", in: file,
                        range: index - 1..<index))
            }
        }
        if index < limit && Lexer.isLetter(bytes[index]) {
            while index < limit && Lexer.isIdentifierByte(bytes[index]) { index += 1 }
            diagnostics.append(
                Diagnostic(
                    .error,
                    "invalid number '\(file.text(start..<index))'; a name must start with a letter",
                    in: file, range: start..<index))
        }
        let text = texts.intern(start..<index, in: bytes)
        return make(.number, start, first: first, text: text)
    }

    /// The punctuation or operator token starting with `byte`, with `index` moved past
    /// it; nil (and `index` unchanged) when no token starts with it.
    private mutating func lexPunctuation(_ byte: UInt8) -> Token.Kind? {
        let equalNext = peek(1) == UInt8(ascii: "=")
        switch byte {
        case UInt8(ascii: ":"): return advance(.colon)
        case UInt8(ascii: ","): return advance(.comma)
        case UInt8(ascii: "|"): return advance(.bar)
        case UInt8(ascii: "("): return advance(.leftParen)
        case UInt8(ascii: ")"): return advance(.rightParen)
        case UInt8(ascii: "["): return advance(.leftBracket)
        case UInt8(ascii: "]"): return advance(.rightBracket)
        case UInt8(ascii: "="): return advance(.equal, by: equalNext ? 2 : 1)  // `==` is `=`
        case UInt8(ascii: "!") where equalNext: return advance(.notEqual, by: 2)
        case UInt8(ascii: "<"): return equalNext ? advance(.lessEqual, by: 2) : advance(.less)
        case UInt8(ascii: ">"):
            return equalNext ? advance(.greaterEqual, by: 2) : advance(.greater)
        default: return nil
        }
    }

    /// Moves `index` past a token of `length` bytes and returns its kind.
    private mutating func advance(_ kind: Token.Kind, by length: Int = 1) -> Token.Kind {
        index += length
        return kind
    }

    /// Skips and reports the character at `start` (all its UTF-8 bytes); a run of
    /// characters that start no token and have no advice is one error, not one each.
    private mutating func reportUnexpected(_ start: Int) {
        skipCharacter()
        let shown = Lexer.visible(file.text(start..<index))
        let help = Lexer.advice(for: shown).help
        if help == nil { skipUnexpectedRun() }
        let count = SourceFile.scalarCount(bytes[start..<index])
        let message =
            count > 1
            ? "\(count) unexpected characters, the first '\(shown)'"
            : "unexpected character '\(shown)'"
        diagnostics.append(Diagnostic(.error, message, in: file, range: start..<index, help: help))
    }

    /// Text for a message: control characters as `U+0000`, bytes that are not UTF-8
    /// as `U+FFFD`, so that a message never carries raw control bytes to a terminal.
    static func visible(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar.isControlCharacter || scalar == "\u{FFFD}" {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What to say about a character the language does not use, and the token that a
    /// look-alike operator stands for; nil for both when there is nothing to add.
    private static func advice(for shown: String) -> (help: String?, standIn: Token.Kind?) {
        switch shown {
        case "“", "”", "«", "»": return ("strings are written between straight quotes \"…\"", nil)
        case "≥": return ("write '>='", .greaterEqual)
        case "≤": return ("write '<='", .lessEqual)
        case "≠": return ("write '!='", .notEqual)
        case "&": return ("write 'and'", nil)
        default: return (nil, nil)
        }
    }

    /// Moves past one character: its first byte and its UTF-8 continuation bytes.
    private mutating func skipCharacter() {
        index += 1
        while index < limit && bytes[index] & 0xC0 == 0x80 { index += 1 }
    }

    /// Moves past the characters that follow an unexpected one and are unexpected too:
    /// they start no token and have no advice of their own (control characters, bytes
    /// that are not UTF-8, symbols the language does not use).
    private mutating func skipUnexpectedRun() {
        while index < limit {
            let byte = bytes[index]
            let startsToken =
                Lexer.isLetter(byte) || Lexer.isDigit(byte)
                || "\"#()[],:=!<>|+-_.\n\r\t ".utf8.contains(byte)
            let start = index
            skipCharacter()
            // Only '&' and non-ASCII characters can have advice of their own.
            let hasAdvice =
                (byte == UInt8(ascii: "&") || byte >= 0x80)
                && Lexer.advice(for: file.text(start..<index)).help != nil
            if startsToken || hasAdvice {
                index = start
                return
            }
        }
    }

    private mutating func lexString(_ start: Int, first: Bool) -> Token {
        index += 1
        // Fast path: no escape before the closing quote on this line.
        var end = index
        while end < limit, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"),
            bytes[end] != UInt8(ascii: "\n")
        {
            end += 1
        }
        if end < limit, bytes[end] == UInt8(ascii: "\"") {
            let text = texts.append(String(decoding: bytes[index..<end], as: UTF8.self))
            index = end + 1
            return make(.string, start, first: first, text: text)
        }
        var content: [UInt8] = []
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                let text = texts.append(String(decoding: content, as: UTF8.self))
                return make(.string, start, first: first, text: text)
            }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\\") {
                let escaped = index + 1 < limit ? bytes[index + 1] : nil
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    content.append(escaped!)
                    index += 2
                    continue
                case UInt8(ascii: "n"):
                    content.append(UInt8(ascii: "\n"))
                    index += 2
                    continue
                default:
                    diagnostics.append(
                        Diagnostic(
                            .error, "invalid escape in string; expected '\\\"', '\\\\' or '\\n'",
                            in: file, range: index..<min(index + 2, limit)))
                    index += 1
                    continue
                }
            }
            content.append(byte)
            index += 1
        }
        diagnostics.append(
            Diagnostic(
                .error, "unterminated string; expected '\"' before the end of the line",
                in: file, range: start..<start + 1))
        let text = texts.append(String(decoding: content, as: UTF8.self))
        return make(.string, start, first: first, text: text)
    }
}
