/// Prints parsed declarations back as canonical rule-language source: one declaration
/// per paragraph, one attribute per line indented by 4 spaces, texts wrapped between
/// strings, lists (aliases, points, forms, givens) wrapped after a comma, conditions on
/// one line with parentheses where they were written.
///
/// The source parses to the same declarations (up to source ranges) and so compiles to
/// a rule base with the same results; printing it again gives the same text. Comments
/// are not in the syntax tree and are not printed here (``RuleFormatter`` puts them
/// back); attributes that did not parse (`.invalid`) are left out.
struct SyntaxPrinter {
    /// The column up to which texts are filled before they continue on the next line
    /// (a string longer than that stays whole).
    var width = 92
    /// The texts as written, when printing a file for the formatter: each text then keeps
    /// its strings and its order of languages; without them, a text is printed from its
    /// contents (one string per language, English first, or one for both).
    var written: WrittenTexts? = nil

    /// The source of `declarations`, ending with a newline.
    func print(_ declarations: [DeclarationSyntax]) -> String {
        var out = ""
        for (index, declaration) in declarations.enumerated() {
            if index > 0 { out += "\n" }
            out += header(declaration) + "\n"
            for attribute in declaration.attributes {
                guard let line = self.attribute(attribute, in: declaration.kind) else { continue }
                out += line + "\n"
            }
        }
        return out
    }

    /// An attribute as printed: indented, its keyword and its value, continuation lines
    /// after line breaks; nil when it did not parse.
    func attribute(_ attribute: AttributeSyntax, in kind: DeclarationKind) -> String? {
        value(attribute, in: kind).map { "    \(attribute.keyword.text) \($0)" }
    }

    /// A declaration's first line: its keyword, id (or name and version) and type.
    func header(_ declaration: DeclarationSyntax) -> String {
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
            return self.text(text, column: column)
        case .string(let string):
            return quoted(string)
        case .number(let number):
            return number.text
        case .value(let value):
            var line = value.name.text
            if let label = value.label {
                // Not wrapped: an `alias` list may follow on the same line.
                line += " " + self.text(label, column: nil)
            }
            if !value.aliases.isEmpty {
                line += " alias "
                // The aliases continue on lines indented by 8.
                line += list(
                    value.aliases.map { quoted($0.0) }, column: column + line.count,
                    continuation: 8)
            }
            return line
        case .condition(let condition):
            return self.condition(condition)
        case .points(let entries):
            // Continuation lines align under the first form.
            return list(
                entries.map { "\($0.form.text) \($0.points.text)" }, column: column,
                continuation: column)
        case .assignment(let name, let value):
            return "\(name.text) = \(self.value(value))"
        case .assignments(let entries):
            return list(
                entries.map { "\($0.criterion.text) = \(value($0.value))" }, column: column,
                continuation: column)
        case .names(let names):
            return list(names.map { $0.text }, column: column, continuation: column)
        case .expectation(let expectation):
            return self.expectation(expectation, column: column)
        case .acceptance(let name, let reason):
            return name.text + " " + text(reason, column: column + name.text.count + 1)
        case .invalid:
            return nil
        }
    }

    /// An expectation starting at `column`; a list of forms continues under its first.
    private func expectation(_ expectation: ExpectationSyntax, column: Int) -> String {
        func names(_ names: [NameSyntax], after prefix: String) -> String {
            let start = column + prefix.count
            return prefix + list(names.map { $0.text }, column: start, continuation: start)
        }
        switch expectation {
        case .winner(let form): return "winner \(form.text)"
        case .ranking(let forms): return names(forms, after: "ranking ")
        case .rank(let form, let position): return "rank \(form.text) \(position.text)"
        case .score(let form, let score): return "score \(form.text) \(score.text)"
        case .advice(let advice, let present):
            return (present ? "advice " : "no advice ") + advice.text
        case .possibleWinners(let forms): return names(forms, after: "possible winners ")
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

    // MARK: Lists, texts and strings

    /// Items separated by commas, starting at `column`: on one line when it fits the
    /// width, else broken after a comma, each continuation line indented to
    /// `continuation` (an item longer than the width stays whole).
    func list(_ items: [String], column: Int, continuation: Int) -> String {
        var out = ""
        var lineLength = column
        for (index, item) in items.enumerated() {
            let isLast = index == items.count - 1
            let piece = isLast ? item : item + ","
            if index > 0 {
                if lineLength + 1 + piece.count > width {
                    out += "\n" + String(repeating: " ", count: continuation)
                    lineLength = continuation
                } else {
                    out += " "
                    lineLength += 1
                }
            }
            out += piece
            lineLength += piece.count
        }
        return out
    }

    /// A text, as written (``written``) or from its contents: one string when both
    /// languages say the same, else an `en` and an `fr` part. Without a `column`, on one
    /// line. With one (where the text starts): on one line when it fits and each part is
    /// one string; else each part on its own line, each string on its own line aligned
    /// under the first, a string that would pass the width split at spaces (consecutive
    /// strings join with one space, so the text is unchanged).
    func text(_ text: TextSyntax, column: Int?) -> String {
        let parts = written?.parts(of: text.range) ?? parts(text.text)
        let line = parts.map { part in
            (part.tag.map { $0 + " " } ?? "") + part.strings.map(quoted).joined(separator: " ")
        }.joined(separator: " ")
        guard let column else { return line }
        if parts.allSatisfy({ $0.strings.count == 1 }), column + line.count <= width {
            return line
        }
        return parts.map { part in
            let prefix = part.tag.map { $0 + " " } ?? ""
            let start = column + prefix.count
            // A string too long is split; what is left after its last full line goes on
            // with the next string of the part, if there is one.
            var lines: [String] = []
            var carried: String?
            for (index, string) in part.strings.enumerated() {
                var filled = fill(carried.map { $0 + " " + string } ?? string, column: start)
                carried = nil
                if filled.count > 1, index < part.strings.count - 1 {
                    carried = filled.removeLast()
                }
                lines += filled
            }
            return prefix
                + lines.map(quoted).joined(separator: "\n" + String(repeating: " ", count: start))
        }.joined(separator: "\n" + String(repeating: " ", count: column))
    }

    /// The parts of a text from its contents.
    private func parts(_ text: LocalizedText) -> [WrittenTexts.Part] {
        if text.english == text.french {
            return [WrittenTexts.Part(tag: nil, strings: [text.english ?? ""])]
        }
        return [("en", text.english), ("fr", text.french)].compactMap { tag, string in
            string.map { WrittenTexts.Part(tag: tag, strings: [$0]) }
        }
    }

    /// A string's words filled into lines that end before the width (their contents,
    /// unescaped): one line when it fits; a word longer than a line stays whole.
    private func fill(_ string: String, column: Int) -> [String] {
        let room = max(20, width - column - 2)
        var lines: [String] = []
        var line: String?
        var length = 0
        var previous: Substring = ""
        for word in string.split(separator: " ", omittingEmptySubsequences: false) {
            let size = escape(String(word)).count
            defer { previous = word }
            guard let current = line else {
                line = String(word)
                length = size
                continue
            }
            // Break only before a word (not inside a run of spaces) and after some text,
            // never between an opening quote and what follows it, nor before closing
            // punctuation (French puts a space before « » : ; ? !).
            let glued =
                word.first.map { "»:;?!)”".contains($0) } == true
                || previous.last.map { "«“(".contains($0) } == true
            if !word.isEmpty, !current.isEmpty, !glued, length + 1 + size > room {
                lines.append(current)
                line = String(word)
                length = size
            } else {
                line = current + " " + word
                length += 1 + size
            }
        }
        lines.append(line ?? "")
        return lines
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
