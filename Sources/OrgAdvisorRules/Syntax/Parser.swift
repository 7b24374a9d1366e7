/// Parses the tokens of one file into declarations, recovering after errors so that
/// every error of a file is reported.
package struct Parser {
    /// Thrown to abandon the current attribute after its error was recorded.
    struct Abandon: Error {}

    let file: SourceFile
    let fileIndex: Int
    let tokens: [Token]
    private let allowed: Set<DeclarationKind>
    var position = 0
    /// Diagnostics found while lexing and parsing.
    package private(set) var diagnostics: [Diagnostic]
    /// How deeply the condition being parsed is nested.
    var depth = 0

    /// Creates a parser for a file; `allowed` are the declarations this kind of file
    /// may hold (rule files or test files).
    package init(file: SourceFile, fileIndex: Int, allowed: Set<DeclarationKind>) {
        var lexer = Lexer(file: file)
        self.tokens = lexer.tokenize()
        self.diagnostics = lexer.diagnostics
        self.file = file
        self.fileIndex = fileIndex
        self.allowed = allowed
    }

    var current: Token { tokens[position] }

    mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    func range(_ token: Token) -> SourceRange {
        SourceRange(file: fileIndex, start: token.range.lowerBound, end: token.range.upperBound)
    }

    func name(_ token: Token) -> NameSyntax {
        NameSyntax(text: token.text, range: range(token))
    }

    private var declarationKeywords: [String] {
        DeclarationKind.allCases.filter { allowed.contains($0) }.map { $0.rawValue }
    }

    private func declarationKind(_ token: Token) -> DeclarationKind? {
        guard token.kind == .identifier, let kind = DeclarationKind(rawValue: token.text),
            allowed.contains(kind)
        else { return nil }
        return kind
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
        while current.kind != .endOfFile {
            guard let kind = declarationKind(current), current.isFirstOnLine else {
                let found = current
                let help =
                    found.kind == .identifier
                    ? NameSyntax.helpFor(found.text, declarationKeywords) : nil
                error(
                    "expected a declaration (\(QuotedList.alternatives(declarationKeywords))), found \(found.shownForError)",
                    at: found, help: help)
                skipToDeclaration()
                continue
            }
            if !current.isAtColumnOne {
                error(
                    "a declaration must start at the beginning of a line; remove the indentation before '\(current.text)'",
                    at: current)
            }
            if let declaration = parseDeclaration(kind) {
                declarations.append(declaration)
            }
        }
        return declarations
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
        guard let kind = Criterion.Kind(rawValue: typeToken.text) else {
            error(
                "unknown type '\(typeToken.text)'; expected \(QuotedList.alternatives(types))",
                at: typeToken,
                help: NameSyntax.helpFor(typeToken.text, types))
            throw Abandon()
        }
        var type = TypeSyntax(name: name(typeToken), kind: kind)
        if !kind.isEnumerated {
            if current.kind == .identifier, current.text == "from", !current.isFirstOnLine {
                _ = advance()
                type.from = try parseNumber("the lowest value after 'from'")
            }
            if current.kind == .identifier, current.text == "to", !current.isFirstOnLine {
                _ = advance()
                type.to = try parseNumber("the highest value after 'to'")
            }
        }
        return type
    }

    private mutating func expectEndOfLine(after what: String) throws(Abandon) {
        guard current.isFirstOnLine || current.kind == .endOfFile else {
            error(
                "expected the end of the line after \(what), found \(current.shownForError)",
                at: current)
            throw Abandon()
        }
    }

    private mutating func parseAttribute(
        of kind: DeclarationKind, into declaration: inout DeclarationSyntax
    ) {
        let token = current
        guard token.kind == .identifier, kind.attributes.contains(token.text) else {
            if token.isFirstOnLine, token.kind == .identifier,
                DeclarationKind(rawValue: token.text) != nil,
                !allowed.contains(DeclarationKind(rawValue: token.text)!)
            {
                error("'\(token.text)' declarations are not allowed in this file", at: token)
            } else {
                let what =
                    "an attribute of the \(kind.rawValue) (\(QuotedList.alternatives(kind.attributes)))"
                let nearest =
                    token.kind == .identifier
                    ? NameSuggestion.nearest(to: token.text, in: kind.attributes) : nil
                error(
                    "expected \(what), found \(token.shownForError)", at: token,
                    help: nearest.map { "did you mean '\($0)'?" })
                if let nearest {
                    // Taken as the misspelt attribute, so that it is not also reported missing.
                    declaration.attributes.append(
                        AttributeSyntax(
                            keyword: NameSyntax(text: nearest, range: range(token)), value: .invalid
                        ))
                }
            }
            skipToLineStart()
            return
        }
        _ = advance()
        let keyword = name(token)
        let start = position
        do {
            let value = try parseAttributeValue(token.text, declaration: kind)
            declaration.attributes.append(AttributeSyntax(keyword: keyword, value: value))
            try expectEndOfLine(after: "'\(token.text)'")
        } catch {
            declaration.attributes.append(AttributeSyntax(keyword: keyword, value: .invalid))
            // Resume at the next line, unless the error was found at its start.
            if !(current.isFirstOnLine && position > start) { skipToLineStart() }
        }
    }

    // MARK: Token expectations

    mutating func expect(_ kind: Token.Kind, _ what: String) throws(Abandon) -> Token {
        guard current.kind == kind else {
            error("expected \(what), found \(current.shownForError)", at: current)
            throw Abandon()
        }
        return advance()
    }

    mutating func expectIdentifier(_ what: String) throws(Abandon) -> Token {
        guard current.kind == .identifier else {
            error("expected \(what), found \(current.shownForError)", at: current)
            throw Abandon()
        }
        return advance()
    }

    mutating func expectKeyword(_ keyword: String) throws(Abandon) {
        guard current.kind == .identifier, current.text == keyword else {
            error(
                "expected '\(keyword)', found \(current.shownForError)", at: current,
                help: current.kind == .identifier
                    ? NameSyntax.helpFor(current.text, [keyword]) : nil)
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
