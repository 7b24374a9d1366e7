/// Prints parsed declarations back as canonical rule-language source: one declaration
/// per paragraph, one attribute per line indented by 4 spaces, texts wrapped between
/// strings, conditions on one line with parentheses where they were written.
///
/// The source parses to the same declarations (up to source ranges) and so compiles to
/// a rule base with the same results; printing it again gives the same text. Comments
/// are not in the syntax tree and are not printed; attributes that did not parse
/// (`.invalid`) are left out. The seed of a future `orgadvisor fmt`.
struct SyntaxPrinter {
    /// The column up to which texts are filled before they continue on the next line
    /// (a string longer than that stays whole).
    var width = 92

    /// The source of `declarations`, ending with a newline.
    func print(_ declarations: [DeclarationSyntax]) -> String {
        var out = ""
        for (index, declaration) in declarations.enumerated() {
            if index > 0 { out += "\n" }
            out += header(declaration) + "\n"
            for attribute in declaration.attributes {
                guard let value = value(attribute, in: declaration.kind) else { continue }
                out += "    \(attribute.keyword.text) \(value)\n"
            }
        }
        return out
    }

    private func header(_ declaration: DeclarationSyntax) -> String {
        let keyword = declaration.kind.rawValue
        switch declaration.kind {
        case .rulebase:
            let version = declaration.version.map { " version " + quoted($0.text) } ?? ""
            return "\(keyword) \(quoted(declaration.name.text))\(version)"
        case .criterion:
            guard let type = declaration.type else { return "\(keyword) \(declaration.name.text)" }
            var line = "\(keyword) \(declaration.name.text): \(type.name.text)"
            if let from = type.from { line += " from \(from.text)" }
            if let to = type.to { line += " to \(to.text)" }
            return line
        default:
            return "\(keyword) \(declaration.name.text)"
        }
    }

    /// The attribute's value as written after its keyword, or nil when it did not parse.
    private func value(_ attribute: AttributeSyntax, in kind: DeclarationKind) -> String? {
        // Where a text starts: after the indentation, the keyword and a space.
        let column = 4 + attribute.keyword.text.count + 1
        switch attribute.value {
        case .text(let text):
            return self.text(text.text, column: column)
        case .string(let string):
            return quoted(string)
        case .number(let number):
            return number.text
        case .value(let value):
            var line = value.name.text
            if let label = value.label {
                // Not wrapped: an `alias` list may follow on the same line.
                line += " " + self.text(label.text, column: nil)
            }
            if !value.aliases.isEmpty {
                line += " alias " + value.aliases.map { quoted($0.0) }.joined(separator: ", ")
            }
            return line
        case .condition(let condition):
            return self.condition(condition)
        case .points(let entries):
            return entries.map { "\($0.form.text) \($0.points.text)" }.joined(separator: ", ")
        case .assignment(let name, let value):
            return "\(name.text) = \(self.value(value))"
        case .assignments(let entries):
            return entries.map { "\($0.criterion.text) = \(value($0.value))" }
                .joined(separator: ", ")
        case .names(let names):
            return names.map { $0.text }.joined(separator: ", ")
        case .expectation(let expectation):
            return self.expectation(expectation)
        case .acceptance(let name, let reason):
            return name.text + " " + text(reason.text, column: column + name.text.count + 1)
        case .invalid:
            return nil
        }
    }

    private func expectation(_ expectation: ExpectationSyntax) -> String {
        func names(_ names: [NameSyntax]) -> String {
            names.map { $0.text }.joined(separator: ", ")
        }
        switch expectation {
        case .winner(let form): return "winner \(form.text)"
        case .ranking(let forms): return "ranking \(names(forms))"
        case .rank(let form, let position): return "rank \(form.text) \(position.text)"
        case .score(let form, let score): return "score \(form.text) \(score.text)"
        case .advice(let advice, let present):
            return (present ? "advice " : "no advice ") + advice.text
        case .possibleWinners(let forms): return "possible winners \(names(forms))"
        case .status(let status): return "status \(status.text)"
        case .lead(let points): return "lead >= \(points.text)"
        }
    }

    private func value(_ value: ValueSyntax) -> String {
        switch value.kind {
        case .name(let text), .number(_, let text): return text
        case .string(let text): return quoted(text)
        }
    }

    // MARK: Conditions

    /// A condition on one line. Recurses on nesting (`not`, parentheses: at most 200
    /// levels, the parser's limit), never on the length of an `and` or `or` chain.
    func condition(_ condition: ConditionSyntax) -> String {
        switch condition {
        case .compare(let name, let op, let value, _):
            return "\(name.text) \(op.rawValue) \(self.value(value))"
        case .member(let name, let values, let negated, _):
            let list = values.map(value).joined(separator: ", ")
            return "\(name.text) \(negated ? "not in" : "in") [\(list)]"
        case .and(let parts, _):
            // `or` binds less tightly than `and`: an `or` part needs parentheses (the
            // parser only makes one from a parenthesised group).
            return parts.map { part in
                if case .or = part { return "(" + self.condition(part) + ")" }
                return self.condition(part)
            }.joined(separator: " and ")
        case .or(let parts, _):
            return parts.map(self.condition).joined(separator: " or ")
        case .not(let operand, _):
            switch operand {
            case .and, .or: return "not (" + self.condition(operand) + ")"
            default: return "not " + self.condition(operand)
            }
        case .group(let inner, _):
            return "(" + self.condition(inner) + ")"
        }
    }

    // MARK: Texts and strings

    /// A text: one string when both languages say the same, else an `en` and an `fr`
    /// part. With a `column` (where the text starts), a text that would pass the width
    /// puts each language on its own line and splits long strings at spaces over
    /// continuation lines aligned under the first; consecutive strings join with one
    /// space, so the text is unchanged.
    func text(_ text: LocalizedText, column: Int?) -> String {
        if text.english == text.french {
            return strings(text.english ?? "", column: column)
        }
        let languages = [("en", text.english), ("fr", text.french)].compactMap { tag, string in
            string.map { (tag, $0) }
        }
        let line = languages.map { "\($0) \(quoted($1))" }.joined(separator: " ")
        // On one line when it fits, else one language per line, each wrapped.
        guard let column, column + line.count > width else { return line }
        return languages.map { tag, string in
            tag + " " + strings(string, column: column + tag.count + 1)
        }.joined(separator: "\n" + String(repeating: " ", count: column))
    }

    /// One string, or, when it would pass the width, several strings, one per line.
    private func strings(_ string: String, column: Int?) -> String {
        guard let column else { return quoted(string) }
        let room = max(20, width - column - 2)
        var lines: [String] = []
        var line: String?
        for word in string.split(separator: " ", omittingEmptySubsequences: false) {
            let escaped = escape(String(word))
            guard let current = line else {
                line = escaped
                continue
            }
            // Break only before a word (not inside a run of spaces) and after some text.
            if !word.isEmpty, !current.isEmpty, current.count + 1 + escaped.count > room {
                lines.append(current)
                line = escaped
            } else {
                line = current + " " + escaped
            }
        }
        lines.append(line ?? "")
        let indent = "\n" + String(repeating: " ", count: column)
        return lines.map { "\"" + $0 + "\"" }.joined(separator: indent)
    }

    /// A string between straight quotes, escaped.
    func quoted(_ string: String) -> String {
        "\"" + escape(string) + "\""
    }

    private func escape(_ string: String) -> String {
        var out = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
