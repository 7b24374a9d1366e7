/// Attribute values: texts, numbers, values, name lists, value lines and expectations.
extension Parser {
    mutating func parseAttributeValue(
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
            let kinds = FindingKind.acceptable.map { $0.rawValue }
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

    mutating func parseNumber(_ what: String) throws(Abandon) -> NumberSyntax {
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

    mutating func parseValue() throws(Abandon) -> ValueSyntax {
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
}
