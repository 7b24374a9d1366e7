/// Parses the tokens of one file into declarations, recovering after errors so that
/// every error of a file is reported.
struct Parser {
    /// Thrown to abandon the current attribute after its error was recorded.
    private struct Abandon: Error {}

    private let file: SourceFile
    private let fileIndex: Int
    private let tokens: [Token]
    private let allowed: Set<DeclarationKind>
    private var position = 0
    /// Diagnostics found while lexing and parsing.
    private(set) var diagnostics: [Diagnostic]

    /// Creates a parser for a file; `allowed` are the declarations this kind of file
    /// may hold (rule files or test files).
    init(file: SourceFile, fileIndex: Int, allowed: Set<DeclarationKind>) {
        var lexer = Lexer(file: file)
        self.tokens = lexer.tokenize()
        self.diagnostics = lexer.diagnostics
        self.file = file
        self.fileIndex = fileIndex
        self.allowed = allowed
    }

    private var current: Token { tokens[position] }

    private mutating func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    private func range(_ token: Token) -> SourceRange {
        SourceRange(file: fileIndex, start: token.range.lowerBound, end: token.range.upperBound)
    }

    private func name(_ token: Token) -> NameSyntax {
        NameSyntax(text: token.text, range: range(token))
    }

    private var declarationKeywords: [String] {
        DeclarationKind.allCases.filter { allowed.contains($0) }.map(\.rawValue)
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

    private mutating func error(_ message: String, at token: Token, help: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, in: file, range: token.range, help: help))
    }

    /// Parses the whole file.
    mutating func parseFile() -> [DeclarationSyntax] {
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
        let types = ["choice", "level", "yesno", "integer", "decimal"]
        let typeToken = try expectIdentifier("a type (\(QuotedList.alternatives(types)))")
        guard types.contains(typeToken.text) else {
            error(
                "unknown type '\(typeToken.text)'; expected \(QuotedList.alternatives(types))",
                at: typeToken,
                help: NameSyntax.helpFor(typeToken.text, types))
            throw Abandon()
        }
        var type = TypeSyntax(name: name(typeToken))
        if typeToken.text == "integer" || typeToken.text == "decimal" {
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

    private mutating func parseAttributeValue(
        _ keyword: String, declaration kind: DeclarationKind
    ) throws(Abandon) -> AttributeValueSyntax {
        switch keyword {
        case "label", "question", "description", "because", "note", "title", "text":
            return .text(try parseText(after: keyword))
        case "card":
            let token = try expect(.string, "the course card's title as a string")
            return .string(token.text)
        case "weight":
            return .number(try parseNumber("a weight (a number such as 2 or 1.5)"))
        case "value":
            return .value(try parseValueDeclaration())
        case "when":
            return .condition(try parseCondition())
        case "points":
            var entries: [PointsSyntax] = []
            repeat {
                let form = try expectIdentifier("a form id")
                let points = try parseNumber("the points for '\(form.text)' (such as +2 or -1)")
                entries.append(PointsSyntax(form: name(form), points: points))
            } while try consumeComma(orEndOfLineAfter: "the points")
            return .points(entries)
        case "set":
            let criterion = try expectIdentifier("the criterion to set")
            _ = try expect(.equal, "'=' and a value")
            return .assignment(name(criterion), try parseValue())
        case "given":
            var entries: [AssignmentSyntax] = []
            repeat {
                let criterion = try expectIdentifier("a criterion")
                _ = try expect(.equal, "'=' and a value")
                entries.append(
                    AssignmentSyntax(criterion: name(criterion), value: try parseValue()))
            } while try consumeComma(orEndOfLineAfter: "the value")
            return .assignments(entries)
        case "for":
            return .names(try parseNameList("a form id"))
        case "expect":
            return .expectation(try parseExpectation())
        case "accept":
            let kinds = AuditFinding.Kind.acceptable.map(\.rawValue)
            let kind = try expectIdentifier(
                "the kind of finding to accept (\(QuotedList.alternatives(kinds)))")
            return .acceptance(name(kind), try parseText(after: "'\(kind.text)'"))
        default:
            // Every keyword listed in DeclarationKind.attributes is handled above.
            error("unsupported attribute '\(keyword)'", at: current)
            throw Abandon()
        }
    }

    private mutating func parseNameList(_ what: String) throws(Abandon) -> [NameSyntax] {
        var names: [NameSyntax] = []
        repeat {
            names.append(name(try expectIdentifier(what)))
        } while try consumeComma(orEndOfLineAfter: "'\(names.last!.text)'")
        return names
    }

    /// Consumes a comma and returns true; returns false at the end of the line.
    private mutating func consumeComma(orEndOfLineAfter what: String) throws(Abandon) -> Bool {
        if current.kind == .comma {
            _ = advance()
            return true
        }
        if current.isFirstOnLine || current.kind == .endOfFile { return false }
        error(
            "expected ',' or the end of the line after \(what), found \(current.shownForError)",
            at: current)
        throw Abandon()
    }

    private mutating func parseExpectation() throws(Abandon) -> ExpectationSyntax {
        let kinds = ["winner", "ranking", "rank", "score", "advice", "no", "possible"]
        let token = try expectIdentifier("what to expect (\(QuotedList.alternatives(kinds)))")
        switch token.text {
        case "winner":
            return .winner(name(try expectIdentifier("a form id")))
        case "ranking":
            return .ranking(try parseNameList("a form id"))
        case "rank":
            let form = try expectIdentifier("a form id")
            return .rank(name(form), try parseNumber("a position (1 for the first)"))
        case "score":
            let form = try expectIdentifier("a form id")
            return .score(name(form), try parseNumber("a score"))
        case "advice":
            return .advice(name(try expectIdentifier("an advice id")), present: true)
        case "no":
            try expectKeyword("advice")
            return .advice(name(try expectIdentifier("an advice id")), present: false)
        case "possible":
            try expectKeyword("winners")
            return .possibleWinners(try parseNameList("a form id"))
        default:
            error(
                "unknown expectation '\(token.text)'; expected \(QuotedList.alternatives(kinds))",
                at: token,
                help: NameSyntax.helpFor(token.text, kinds))
            throw Abandon()
        }
    }

    private mutating func parseValueDeclaration() throws(Abandon) -> ValueDeclarationSyntax {
        let id = try expectIdentifier("a value id")
        var label: TextSyntax?
        if !current.isFirstOnLine, current.kind == .string || isLanguageTag(current) {
            label = try parseText(after: "the value id")
        }
        var aliases: [(String, SourceRange)] = []
        if current.kind == .identifier, current.text == "alias" || current.text == "aliases",
            !current.isFirstOnLine
        {
            _ = advance()
            repeat {
                let token = try expect(.string, "an alias as a string")
                aliases.append((token.text, range(token)))
            } while try consumeComma(orEndOfLineAfter: "the alias")
        }
        return ValueDeclarationSyntax(name: name(id), label: label, aliases: aliases)
    }

    private func isLanguageTag(_ token: Token) -> Bool {
        token.kind == .identifier && Language(rawValue: token.text) != nil
    }

    /// TEXT := STRING+ | ((en|fr) STRING+)+
    private mutating func parseText(after what: String) throws(Abandon) -> TextSyntax {
        let start = current
        var text = LocalizedText()
        if current.kind == .string {
            let joined = parseStrings()
            text = LocalizedText(joined)
        } else if isLanguageTag(current) {
            while isLanguageTag(current) {
                let tag = advance()
                guard current.kind == .string else {
                    error(
                        "expected the \(tag.text == "fr" ? "French" : "English") text as a string after '\(tag.text)', found \(current.shownForError)",
                        at: current)
                    throw Abandon()
                }
                let joined = parseStrings()
                let language = Language(rawValue: tag.text)!
                let existing = language == .english ? text.english : text.french
                if existing != nil {
                    error(
                        "the \(tag.text == "fr" ? "French" : "English") text is given twice",
                        at: tag)
                }
                if language == .english { text.english = joined } else { text.french = joined }
            }
        } else {
            error(
                "expected a text after \(what): a string, or 'en' \"…\" and 'fr' \"…\"; found \(current.shownForError)",
                at: current)
            throw Abandon()
        }
        let end = tokens[max(0, position - 1)]
        return TextSyntax(
            text: text,
            range: SourceRange(
                file: fileIndex, start: start.range.lowerBound, end: end.range.upperBound))
    }

    private mutating func parseStrings() -> String {
        var parts: [String] = []
        while current.kind == .string {
            parts.append(advance().text)
        }
        return parts.joined(separator: " ")
    }

    private mutating func parseNumber(_ what: String) throws(Abandon) -> NumberSyntax {
        let token = try expect(.number, what)
        guard
            let value = Double(
                token.text.hasPrefix("+") ? String(token.text.dropFirst()) : token.text),
            value.isFinite
        else {
            error("invalid number '\(token.text)'", at: token)
            throw Abandon()
        }
        return NumberSyntax(text: token.text, value: value, range: range(token))
    }

    private mutating func parseValue() throws(Abandon) -> ValueSyntax {
        let token = current
        switch token.kind {
        case .identifier:
            _ = advance()
            return ValueSyntax(kind: .name(token.text), range: range(token))
        case .string:
            _ = advance()
            return ValueSyntax(kind: .string(token.text), range: range(token))
        case .number:
            let number = try parseNumber("a value")
            return ValueSyntax(kind: .number(number.value, text: number.text), range: number.range)
        default:
            error("expected a value (a name or a number), found \(token.shownForError)", at: token)
            throw Abandon()
        }
    }

    // MARK: Conditions

    private var depth = 0

    /// condition := and ("or" and)*, one node for the whole chain.
    private mutating func parseCondition() throws(Abandon) -> ConditionSyntax {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else {
            error("condition nested too deeply (more than 200 levels)", at: current)
            throw Abandon()
        }
        let first = try parseAnd()
        guard isKeyword("or") else { return first }
        var parts = [first]
        while isKeyword("or") {
            _ = advance()
            parts.append(try parseAnd())
        }
        return .or(parts, range: first.range.union(parts[parts.count - 1].range))
    }

    /// and := unary ("and" unary)*, one node for the whole chain.
    private mutating func parseAnd() throws(Abandon) -> ConditionSyntax {
        let first = try parseUnary()
        guard isKeyword("and") else { return first }
        var parts = [first]
        while isKeyword("and") {
            _ = advance()
            parts.append(try parseUnary())
        }
        return .and(parts, range: first.range.union(parts[parts.count - 1].range))
    }

    private func isKeyword(_ keyword: String) -> Bool {
        current.kind == .identifier && current.text == keyword
    }

    private mutating func parseUnary() throws(Abandon) -> ConditionSyntax {
        let token = current
        if token.kind == .identifier, token.text == "not" {
            _ = advance()
            depth += 1
            defer { depth -= 1 }
            guard depth < 200 else {
                error("condition nested too deeply (more than 200 levels)", at: current)
                throw Abandon()
            }
            let operand = try parseUnary()
            return .not(operand, range: range(token).union(operand.range))
        }
        if token.kind == .leftParen {
            _ = advance()
            let inner = try parseCondition()
            let close = try expect(
                .rightParen,
                "')' to close the '(' at column \(file.column(of: token.range.lowerBound))")
            return .group(inner, range: range(token).union(range(close)))
        }
        return try parseTest()
    }

    private mutating func parseTest() throws(Abandon) -> ConditionSyntax {
        let criterion = try expectIdentifier("a criterion, 'not' or '('")
        let operatorToken = current
        let comparison: ComparisonOperator?
        switch operatorToken.kind {
        case .equal: comparison = .equal
        case .notEqual: comparison = .notEqual
        case .less: comparison = .less
        case .lessEqual: comparison = .lessOrEqual
        case .greater: comparison = .greater
        case .greaterEqual: comparison = .greaterOrEqual
        default: comparison = nil
        }
        if let comparison {
            _ = advance()
            let value = try parseValue()
            return .compare(
                name(criterion), comparison, value, range: range(criterion).union(value.range))
        }
        var negated = false
        if operatorToken.kind == .identifier, operatorToken.text == "not" {
            _ = advance()
            negated = true
        }
        guard current.kind == .identifier, current.text == "in" else {
            error(
                "expected a comparison ('=', '!=', '<', '<=', '>', '>=', 'in' or 'not in') after '\(criterion.text)', found \(current.shownForError)",
                at: current)
            throw Abandon()
        }
        _ = advance()
        _ = try expect(.leftBracket, "'[' and a list of values")
        var values: [ValueSyntax] = [try parseValue()]
        while current.kind == .comma {
            _ = advance()
            values.append(try parseValue())
        }
        let close = try expect(.rightBracket, "',' or ']' to close the list")
        return .member(
            name(criterion), values, negated: negated, range: range(criterion).union(range(close)))
    }

    // MARK: Token expectations

    private mutating func expect(_ kind: Token.Kind, _ what: String) throws(Abandon) -> Token {
        guard current.kind == kind else {
            error("expected \(what), found \(current.shownForError)", at: current)
            throw Abandon()
        }
        return advance()
    }

    private mutating func expectIdentifier(_ what: String) throws(Abandon) -> Token {
        guard current.kind == .identifier else {
            error("expected \(what), found \(current.shownForError)", at: current)
            throw Abandon()
        }
        return advance()
    }

    private mutating func expectKeyword(_ keyword: String) throws(Abandon) {
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
