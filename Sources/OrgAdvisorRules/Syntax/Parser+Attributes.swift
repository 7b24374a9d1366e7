/// Attribute values: texts, numbers, values, name lists, value lines and expectations.
extension Parser {
    mutating func parseAttributeValue(
        _ keyword: AttributeKeyword, declaration kind: DeclarationKind
    ) throws(Abandon) -> AttributeValueSyntax {
        switch keyword {
        case .label, .question, .description, .because, .note, .title, .text:
            return .text(try parseText(after: keyword.rawValue))
        case .card:
            let token = try expect(.string, "the course card's title as a string")
            return .string(text(token))
        case .weight:
            return .number(try parseNumber("a weight (a number such as 2 or 1.5)"))
        case .value:
            return .value(try parseValueDeclaration())
        case .when:
            return .condition(try parseCondition())
        case .points:
            var entries: [PointsSyntax] = []
            repeat {
                let formToken = try expectIdentifier("a form id")
                let form = name(formToken)
                let formID = form.text
                let points = try parseNumber("the points for '\(formID)' (such as +2 or -1)")
                entries.append(PointsSyntax(form: form, points: points))
            } while try consumeComma(orEndOfLineAfter: "the points")
            return .points(entries)
        case .set:
            let criterion = try expectIdentifier("the criterion to set")
            _ = try expect(.equal, "'=' and a value")
            return .assignment(name(criterion), try parseValue())
        case .given:
            var entries: [AssignmentSyntax] = []
            repeat {
                let criterion = try expectIdentifier("a criterion")
                _ = try expect(.equal, "'=' and a value")
                entries.append(
                    AssignmentSyntax(criterion: name(criterion), value: try parseValue()))
            } while try consumeComma(orEndOfLineAfter: "the value")
            return .assignments(entries)
        case .for:
            return .names(try parseNameList("a form id"))
        case .expect:
            return .expectation(try parseExpectation())
        case .accept:
            let kinds = FindingKind.acceptable.map { $0.rawValue }
            let kind = try expectIdentifier(
                "the kind of finding to accept (\(QuotedList.alternatives(kinds)))")
            let kindName = name(kind)
            return .acceptance(kindName, try parseText(after: "'\(kindName.text)'"))
        }
    }

    private mutating func parseNameList(_ what: @autoclosure () -> String) throws(Abandon)
        -> [NameSyntax]
    {
        var names: [NameSyntax] = []
        repeat {
            let token = try expectIdentifier(what())
            names.append(name(token))
        } while try consumeComma(orEndOfLineAfter: "'\(names.last!.text)'")
        return names
    }

    /// Consumes a comma and returns true; returns false at the end of the line.
    private mutating func consumeComma(orEndOfLineAfter what: @autoclosure () -> String)
        throws(Abandon) -> Bool
    {
        if current.kind == .comma {
            _ = advance()
            return true
        }
        if current.isFirstOnLine || current.kind == .endOfFile { return false }
        error(
            "expected ',' or the end of the line after \(what()), found \(shown(current))",
            at: current)
        throw Abandon()
    }

    private mutating func parseExpectation() throws(Abandon) -> ExpectationSyntax {
        let kinds = [
            "winner", "ranking", "rank", "score", "advice", "no", "possible", "status", "lead",
        ]
        let token = try expectIdentifier("what to expect (\(QuotedList.alternatives(kinds)))")
        switch text(token) {
        case "winner":
            let form = try expectIdentifier("a form id")
            return .winner(name(form))
        case "ranking":
            return .ranking(try parseNameList("a form id"))
        case "rank":
            let form = try expectIdentifier("a form id")
            return .rank(name(form), try parseNumber("a position (1 for the first)"))
        case "score":
            let form = try expectIdentifier("a form id")
            return .score(name(form), try parseNumber("a score"))
        case "advice":
            let advice = try expectIdentifier("an advice id")
            return .advice(name(advice), present: true)
        case "no":
            try expectKeyword("advice")
            let advice = try expectIdentifier("an advice id")
            return .advice(name(advice), present: false)
        case "possible":
            try expectKeyword("winners")
            return .possibleWinners(try parseNameList("a form id"))
        case "status":
            return .status(
                name(try expectIdentifier("a status (decided, provisional, tie or nothing-given)")))
        case "lead":
            _ = try expect(.greaterEqual, "'>=' (expect lead >= N)")
            return .lead(try parseNumber("the least lead in points"))
        default:
            error(
                "unknown expectation '\(text(token))'; expected \(QuotedList.alternatives(kinds))",
                at: token,
                help: NameSyntax.helpFor(text(token), kinds))
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
        if current.kind == .identifier,
            current.text == words.alias || current.text == words.aliases,
            !current.isFirstOnLine
        {
            _ = advance()
            repeat {
                let token = try expect(.string, "an alias as a string")
                aliases.append((text(token), range(token)))
            } while try consumeComma(orEndOfLineAfter: "the alias")
        }
        return ValueDeclarationSyntax(name: name(id), label: label, aliases: aliases)
    }

    private func isLanguageTag(_ token: Token) -> Bool {
        token.kind == .identifier && (token.text == words.english || token.text == words.french)
    }

    /// TEXT := STRING+ | ((en|fr) STRING+)+
    private mutating func parseText(after what: @autoclosure () -> String) throws(Abandon)
        -> TextSyntax
    {
        let start = current
        var localized = LocalizedText()
        if current.kind == .string {
            localized = LocalizedText(parseStrings())
        } else if isLanguageTag(current) {
            while isLanguageTag(current) {
                let tag = advance()
                guard current.kind == .string else {
                    error(
                        "expected the \(text(tag) == "fr" ? "French" : "English") text as a string after '\(text(tag))', found \(shown(current))",
                        at: current)
                    throw Abandon()
                }
                let joined = parseStrings()
                let language: Language = tag.text == words.french ? .french : .english
                let existing = language == .english ? localized.english : localized.french
                if existing != nil {
                    error(
                        "the \(text(tag) == "fr" ? "French" : "English") text is given twice",
                        at: tag)
                }
                if language == .english {
                    localized.english = joined
                } else {
                    localized.french = joined
                }
            }
        } else {
            error(
                "expected a text after \(what()): a string, or 'en' \"…\" and 'fr' \"…\"; found \(shown(current))",
                at: current)
            throw Abandon()
        }
        let end = tokens[max(0, position - 1)]
        return TextSyntax(
            text: localized,
            range: SourceRange(
                file: fileIndex, start: start.range.lowerBound, end: end.range.upperBound))
    }

    private mutating func parseStrings() -> String {
        let token = advance()
        let first = text(token)
        guard current.kind == .string else { return first }
        var parts = [first]
        while current.kind == .string {
            let token = advance()
            parts.append(text(token))
        }
        return parts.joined(separator: " ")
    }

    mutating func parseNumber(_ what: @autoclosure () -> String) throws(Abandon) -> NumberSyntax {
        let token = try expect(.number, what())
        let written = text(token)
        let index = Int(token.text)
        if let value = numberValues[index] {
            return NumberSyntax(text: written, value: value, range: range(token))
        }
        guard let value = Parser.value(ofNumber: written), value.isFinite else {
            // A number the lexer took whole that no `Double` holds: hundreds of digits,
            // shown in part (the caret spans them all).
            let shown = written.count > 24 ? written.prefix(20) + "…" : Substring(written)
            error(
                "the number '\(shown)' (\(written.count) characters) is out of range", at: token)
            throw Abandon()
        }
        numberValues[index] = value
        return NumberSyntax(text: written, value: value, range: range(token))
    }

    /// The value of a number token as written (`+` allowed), or nil when it is not one.
    static func value(ofNumber written: String) -> Double? {
        // Whole numbers of up to 15 digits, the usual case, are exact in a `Double`:
        // read directly, they give what the general parser gives.
        var utf8 = Substring(written).utf8
        let negative = utf8.first == UInt8(ascii: "-")
        if negative || utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        if !utf8.isEmpty, utf8.count <= 15 {
            var whole: Int64 = 0
            for byte in utf8 {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                    return Double(written.hasPrefix("+") ? String(written.dropFirst()) : written)
                }
                whole = whole * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return negative ? -Double(whole) : Double(whole)
        }
        return Double(written.hasPrefix("+") ? String(written.dropFirst()) : written)
    }

    mutating func parseValue() throws(Abandon) -> ValueSyntax {
        let token = current
        switch token.kind {
        case .identifier:
            _ = advance()
            return ValueSyntax(kind: .name(text(token)), range: range(token))
        case .string:
            _ = advance()
            return ValueSyntax(kind: .string(text(token)), range: range(token))
        case .number:
            let number = try parseNumber("a value")
            return ValueSyntax(kind: .number(number.value, text: number.text), range: number.range)
        default:
            error("expected a value (a name or a number), found \(shown(token))", at: token)
            throw Abandon()
        }
    }
}
