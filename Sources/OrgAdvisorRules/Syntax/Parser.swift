/// Parses the tokens of one file into declarations, recovering after errors so that
/// every error of a file is reported.
package struct Parser {
    /// Thrown to abandon the current attribute after its error was recorded.
    struct Abandon: Error {}

    let file: SourceFile
    let fileIndex: Int
    let tokens: [Token]
    /// The texts the tokens refer to.
    let texts: TokenTexts
    /// The grammar's words as these texts index them.
    let words: GrammarWords
    private let allowed: Set<DeclarationKind>
    /// For each text, the declaration keyword it spells when this file may hold that
    /// declaration, else nil.
    private let allowedKinds: [DeclarationKind?]
    var position = 0
    /// Diagnostics found while lexing and parsing.
    package private(set) var diagnostics: [Diagnostic]
    /// The byte ranges of the file's comments, in file order (see ``Lexer/comments``).
    let comments: [Range<Int>]
    /// How deeply the condition being parsed is nested.
    var depth = 0
    /// The value of each number text read so far, by text index: a rule base writes the
    /// same few numbers (points, thresholds) thousands of times.
    var numberValues: [Double?]

    /// Creates a parser for a file, or for the lines of `range` in it (see
    /// ``SourceFile/declarationLines(parts:keywords:)``); `allowed` are the declarations
    /// this kind of file may hold (rule files or test files).
    package init(
        file: SourceFile, fileIndex: Int, allowed: Set<DeclarationKind>, range: Range<Int>? = nil
    ) {
        // Test files take values as the command line does, accents included.
        var lexer = Lexer(file: file, range: range, accentedNames: allowed == [.testCase])
        self.tokens = lexer.tokenize()
        self.diagnostics = lexer.diagnostics
        self.comments = lexer.comments
        self.texts = lexer.texts
        self.words = GrammarWords(texts: lexer.texts, bytes: file.bytes)
        self.file = file
        self.fileIndex = fileIndex
        self.allowed = allowed
        self.numberValues = Array(repeating: nil, count: lexer.texts.declarationKinds.count)
        self.allowedKinds = lexer.texts.declarationKinds.map { kind in
            kind.flatMap { allowed.contains($0) ? $0 : nil }
        }
    }

    var current: Token { tokens[position] }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// The text of a token: a name or number as written, a string's contents, or empty.
    func text(_ token: Token) -> String { texts[token.text] }

    /// A short description of a token for "expected …, found …" messages.
    func shown(_ token: Token) -> String {
        switch token.kind {
        case .identifier, .number: return "'\(text(token))'"
        case .string: return "a string"
        case .endOfFile: return "the end of the file"
        default: return "'\(Token.Kind.spelling(token.kind))'"
        }
    }

    /// True when `token` is the name `keyword`.
    func isName(_ token: Token, _ keyword: String) -> Bool {
        token.kind == .identifier && texts[token.text] == keyword
    }

    func range(_ token: Token) -> SourceRange {
        SourceRange(file: fileIndex, start: token.range.lowerBound, end: token.range.upperBound)
    }

    func name(_ token: Token) -> NameSyntax {
        NameSyntax(text: text(token), range: range(token))
    }

    private var declarationKeywords: [String] { Parser.keywords(allowed) }

    /// The keywords of the declarations in `allowed`, in the language's order.
    static func keywords(_ allowed: Set<DeclarationKind>) -> [String] {
        DeclarationKind.allCases.filter { allowed.contains($0) }.map { $0.rawValue }
    }

    private func declarationKind(_ token: Token) -> DeclarationKind? {
        token.kind == .identifier ? allowedKinds[Int(token.text)] : nil
    }

    /// True at a token that starts a declaration: a declaration keyword first on its line.
    private var atDeclaration: Bool {
        current.kind == .endOfFile || (current.isFirstOnLine && declarationKind(current) != nil)
    }

    mutating func error(_ message: String, at token: Token, help: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, in: file, range: token.range, help: help))
    }

    /// Parses the whole file.
    package mutating func parseFile() -> [DeclarationSyntax] {
        var declarations: [DeclarationSyntax] = []
        parseFile(into: &declarations)
        return declarations
    }

    /// Parses the whole file, adding its declarations to `declarations`.
    package mutating func parseFile(into declarations: inout [DeclarationSyntax]) {
        // Room for every declaration keyword first on its line, and at least twice the
        // room there was (files are parsed one after the other into the same array):
        // growing the array copies every declaration parsed so far.
        let needed =
            declarations.count + tokens.count { $0.isFirstOnLine && declarationKind($0) != nil }
        if needed > declarations.capacity {
            declarations.reserveCapacity(max(needed, 2 * declarations.capacity))
        }
        while current.kind != .endOfFile {
            guard let kind = declarationKind(current), current.isFirstOnLine else {
                let found = current
                let help =
                    found.kind == .identifier
                    ? NameSyntax.helpFor(text(found), declarationKeywords) : nil
                error(
                    "expected a declaration (\(QuotedList.alternatives(declarationKeywords))), found \(shown(found))",
                    at: found, help: help)
                skipToDeclaration()
                continue
            }
            if !current.isAtColumnOne {
                error(
                    "a declaration must start at the beginning of a line; remove the indentation before '\(text(current))'",
                    at: current)
            }
            if let declaration = parseDeclaration(kind) {
                declarations.append(declaration)
            }
        }
    }

    private mutating func skipToDeclaration() {
        _ = advance()
        while !atDeclaration { _ = advance() }
    }

    private mutating func skipToLineStart() {
        _ = advance()
        while !current.isFirstOnLine && current.kind != .endOfFile { _ = advance() }
    }

    private mutating func parseDeclaration(_ kind: DeclarationKind) -> DeclarationSyntax? {
        let keyword = advance()
        var declaration: DeclarationSyntax
        do {
            if kind == .rulebase {
                let nameToken = try expect(.string, "the rule base's name as a string")
                try expectKeyword("version")
                let versionToken = try expect(.string, "the version as a string")
                declaration = DeclarationSyntax(
                    kind: kind, keyword: range(keyword), name: name(nameToken),
                    version: name(versionToken), type: nil, attributes: [])
            } else {
                let idToken = try expectIdentifier("an id for the \(kind.rawValue)")
                declaration = DeclarationSyntax(
                    kind: kind, keyword: range(keyword), name: name(idToken), version: nil,
                    type: nil, attributes: [])
                if kind == .criterion {
                    declaration.type = try parseType()
                }
            }
            try expectEndOfLine(after: "the \(kind.rawValue) header")
        } catch {
            skipToDeclaration()
            return nil
        }
        // Room for one line of each attribute (repeated ones may grow it).
        declaration.attributes.reserveCapacity(kind.attributes.count)
        while !atDeclaration {
            if current.isFirstOnLine, declarationKind(current) != nil {
                break
            }
            parseAttribute(of: kind, into: &declaration)
        }
        return declaration
    }

    private mutating func parseType() throws(Abandon) -> TypeSyntax {
        _ = try expect(.colon, "':' and the criterion's type")
        let types = Criterion.Kind.allCases.map { $0.rawValue }
        let typeToken = try expectIdentifier("a type (\(QuotedList.alternatives(types)))")
        guard let kind = Criterion.Kind(rawValue: text(typeToken)) else {
            error(
                "unknown type '\(text(typeToken))'; expected \(QuotedList.alternatives(types))",
                at: typeToken,
                help: NameSyntax.helpFor(text(typeToken), types))
            throw Abandon()
        }
        var type = TypeSyntax(name: name(typeToken), kind: kind)
        if !kind.isEnumerated {
            if current.kind == .identifier, current.text == words.from, !current.isFirstOnLine {
                _ = advance()
                type.from = try parseNumber("the lowest value after 'from'")
            }
            if current.kind == .identifier, current.text == words.to, !current.isFirstOnLine {
                _ = advance()
                type.to = try parseNumber("the highest value after 'to'")
            }
        }
        return type
    }

    private mutating func expectEndOfLine(after what: @autoclosure () -> String) throws(Abandon) {
        guard current.isFirstOnLine || current.kind == .endOfFile else {
            error(
                "expected the end of the line after \(what()), found \(shown(current))",
                at: current)
            throw Abandon()
        }
    }

    private mutating func parseAttribute(
        of kind: DeclarationKind, into declaration: inout DeclarationSyntax
    ) {
        let token = current
        guard token.kind == .identifier, let known = words.attribute(token.text, of: kind) else {
            if token.isFirstOnLine, token.kind == .identifier,
                let other = texts.declarationKinds[Int(token.text)], !allowed.contains(other)
            {
                error("'\(text(token))' declarations are not allowed in this file", at: token)
            } else {
                let what =
                    "an attribute of the \(kind.rawValue) (\(QuotedList.alternatives(kind.attributes)))"
                let nearest =
                    token.kind == .identifier
                    ? NameSuggestion.nearest(to: text(token), in: kind.attributes) : nil
                error(
                    "expected \(what), found \(shown(token))", at: token,
                    help: nearest.map { "did you mean '\($0)'?" })
                if let nearest {
                    // Taken as the misspelt attribute, so that it is not also reported missing.
                    declaration.attributes.append(
                        AttributeSyntax(
                            keyword: NameSyntax(text: nearest, range: range(token)),
                            known: AttributeKeyword(rawValue: nearest)!, value: .invalid))
                }
            }
            skipToLineStart()
            return
        }
        _ = advance()
        let keyword = name(token)
        let start = position
        // The attribute is kept once: with its value when that parsed (text after it on
        // the line is its own error), else as invalid.
        var kept = false
        do {
            let value = try parseAttributeValue(known, declaration: kind)
            declaration.attributes.append(
                AttributeSyntax(keyword: keyword, known: known, value: value))
            kept = true
            try expectEndOfLine(after: "'\(keyword.text)'")
        } catch {
            if !kept {
                declaration.attributes.append(
                    AttributeSyntax(keyword: keyword, known: known, value: .invalid))
            }
            // Resume at the next line, unless the error was found at its start.
            if !(current.isFirstOnLine && position > start) { skipToLineStart() }
        }
    }

    // MARK: Token expectations

    mutating func expect(_ kind: Token.Kind, _ what: @autoclosure () -> String) throws(Abandon)
        -> Token
    {
        guard current.kind == kind else {
            error("expected \(what()), found \(shown(current))", at: current)
            throw Abandon()
        }
        return advance()
    }

    mutating func expectIdentifier(_ what: @autoclosure () -> String) throws(Abandon) -> Token {
        guard current.kind == .identifier else {
            error("expected \(what()), found \(shown(current))", at: current)
            throw Abandon()
        }
        return advance()
    }

    mutating func expectKeyword(_ keyword: String) throws(Abandon) {
        guard current.kind == .identifier, text(current) == keyword else {
            error(
                "expected '\(keyword)', found \(shown(current))", at: current,
                help: current.kind == .identifier
                    ? NameSyntax.helpFor(text(current), [keyword]) : nil)
            throw Abandon()
        }
        _ = advance()
    }
}

extension NameSyntax {
    /// "did you mean …?" for a misspelt keyword or name.
    static func helpFor(_ text: String, _ candidates: [String]) -> String? {
        NameSuggestion.help(for: text, in: candidates)
    }
}
