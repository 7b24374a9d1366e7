import OrgAdvisorRules

/// The Markdown shown when hovering a name: what the rule files say about it, in both
/// languages (a criterion's labels, question and values; a value's labels and aliases;
/// a form's labels, course description and card; a rule's points and the course text
/// it quotes), and where it is declared.
struct HoverText {
    let group: RuleFileGroup

    /// The Markdown for a symbol, or nil when it is declared nowhere.
    func markdown(_ symbol: RuleSymbol) -> String? {
        switch symbol {
        case .declaration(let id):
            guard let (file, syntax) = group.declaration(id) else { return nil }
            return declaration(syntax, in: file)
        case .value(let criterionID, let valueID):
            return value(valueID, of: criterionID)
        }
    }

    private func declaration(_ syntax: DeclarationSyntax, in file: RuleFileGroup.File) -> String {
        var heading = "**\(syntax.kind.rawValue)** `\(syntax.name.text)`"
        if let type = syntax.type {
            heading += ": \(type.name.text)"
            if let from = type.from { heading += " from \(from.text)" }
            if let to = type.to { heading += " to \(to.text)" }
        }
        var sections = [heading]
        let shown: [(String, String)] = [
            ("label", "Label"), ("question", "Question"), ("title", "Title"),
            ("description", "Description"), ("text", "Text"), ("because", "Because"),
            ("note", "Note"),
        ]
        for (keyword, title) in shown {
            if let text = text(syntax, keyword) { sections.append("\(title): " + text) }
        }
        if let weight = number(syntax, "weight") { sections.append("Weight: \(weight)") }
        if let points = points(syntax) { sections.append("Points: " + points) }
        if let card = card(syntax) { sections.append("Course card: " + HoverText.escape(card)) }
        if syntax.kind == .criterion {
            let values = valueLines(syntax)
            if !values.isEmpty { sections.append("Values:\n" + values.joined(separator: "\n")) }
        }
        sections.append("Declared in " + place(syntax.name.range.start, in: file))
        return sections.joined(separator: "\n\n")
    }

    private func value(_ valueID: String, of criterionID: String) -> String? {
        guard let (file, criterion) = group.declaration(criterionID), criterion.kind == .criterion
        else { return nil }
        var sections = ["**value** `\(valueID)` of criterion `\(criterionID)`"]
        if let label = text(criterion, "label") { sections.append("Criterion: " + label) }
        if criterion.type?.kind == .yesNo {
            guard RuleLanguageKeywords.yesNoValues.contains(valueID) else { return nil }
            sections.append(valueID == "yes" ? "en “yes”, fr “oui”" : "en “no”, fr “non”")
            return sections.joined(separator: "\n\n")
        }
        for attribute in criterion.attributes {
            guard case .value(let value) = attribute.value, value.name.text == valueID else {
                continue
            }
            if let label = value.label { sections.append("Label: " + HoverText.texts(label.text)) }
            if !value.aliases.isEmpty {
                let aliases = value.aliases.map { "“" + HoverText.escape($0.0) + "”" }
                sections.append("Aliases: " + aliases.joined(separator: ", "))
            }
            sections.append("Declared in " + place(value.name.range.start, in: file))
            return sections.joined(separator: "\n\n")
        }
        return nil
    }

    /// `- \`id\` en “…”, fr “…”` for each value of a criterion.
    private func valueLines(_ criterion: DeclarationSyntax) -> [String] {
        if criterion.type?.kind == .yesNo {
            return ["- `yes` en “yes”, fr “oui”", "- `no` en “no”, fr “non”"]
        }
        return criterion.attributes.compactMap { attribute in
            guard case .value(let value) = attribute.value else { return nil }
            let label = value.label.map { " " + HoverText.texts($0.text) } ?? ""
            return "- `\(value.name.text)`" + label
        }
    }

    private func text(_ syntax: DeclarationSyntax, _ keyword: String) -> String? {
        guard case .text(let text)? = syntax.attribute(keyword)?.value else { return nil }
        return HoverText.texts(text.text)
    }

    private func number(_ syntax: DeclarationSyntax, _ keyword: String) -> String? {
        guard case .number(let number)? = syntax.attribute(keyword)?.value else { return nil }
        return number.text
    }

    private func card(_ syntax: DeclarationSyntax) -> String? {
        guard case .string(let card)? = syntax.attribute("card")?.value else { return nil }
        return card
    }

    private func points(_ syntax: DeclarationSyntax) -> String? {
        guard case .points(let entries)? = syntax.attribute("points")?.value else { return nil }
        return entries.map { "`\($0.form.text)` \($0.points.text)" }.joined(separator: ", ")
    }

    /// `file.orgrules:LINE`, the file named without its directory.
    private func place(_ offset: Int, in file: RuleFileGroup.File) -> String {
        let line = file.lines.line(of: offset) + 1
        return "`\(DocumentURI.fileName(of: RuleFileGroup.displayPath(file.uri))):\(line)`"
    }

    /// A text in both languages: `en “…”, fr “…”`, or once when they are the same.
    static func texts(_ text: LocalizedText) -> String {
        if let english = text.english, let french = text.french, english != french {
            return "en “\(escape(english))”, fr “\(escape(french))”"
        }
        return "“" + escape(text.text(.english)) + "”"
    }

    /// A text from a rule file made safe in Markdown: its markup characters escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
