import OrgAdvisorRules

/// The completions at a place in a rule file: the keywords that may be written there,
/// the criteria of the rule base (in a condition or a `set`), the values of the
/// criterion on the left of `=` or `in [`, the forms after `points` and `for`.
struct CompletionItems {
    /// One proposal.
    struct Item: Sendable, Equatable {
        /// LSP `CompletionItemKind`s used here.
        enum Kind: Int, Sendable {
            case keyword = 14
            case criterion = 5  // Field
            case value = 20  // EnumMember
            case form = 7  // Class
        }
        var label: String
        var kind: Kind
        /// The label(s) of what it names, shown beside it.
        var detail: String?
    }

    let group: RuleFileGroup

    /// The proposals for a context.
    func items(_ context: CompletionContext) -> [Item] {
        switch context.place {
        case .declarationKeyword:
            return keywords(RuleLanguageKeywords.declarations)
        case .attributeKeyword(let declaration):
            return keywords(declaration.flatMap { RuleLanguageKeywords.attributes[$0] } ?? [])
        case .header(let declaration, let words):
            return header(declaration, words)
        case .attribute(let declaration, let keyword, let words):
            if words.last == .openString { return [] }
            return attribute(declaration, keyword, words)
        }
    }

    private func header(_ declaration: String, _ words: [CompletionContext.Word]) -> [Item] {
        switch (declaration, words.count) {
        case ("criterion", 2) where words.last == .punctuation(":"):
            return keywords(RuleLanguageKeywords.types)
        case ("criterion", 3), ("criterion", 5):
            if case .name(let type) = words[2], type == "integer" || type == "decimal" {
                return keywords(words.count == 3 ? ["from", "to"] : ["to"])
            }
            return []
        case ("rulebase", 1) where words.last == .string:
            return keywords(["version"])
        default:
            return []
        }
    }

    private func attribute(
        _ declaration: String?, _ keyword: String, _ words: [CompletionContext.Word]
    ) -> [Item] {
        switch keyword {
        case "when":
            return condition(words)
        case "set":
            if words.isEmpty { return criteria() }
            if words.count == 2, case .name(let criterion) = words[0], words[1] == .punctuation("=")
            {
                return values(of: criterion)
            }
            return []
        case "points", "for":
            let last = words.last
            return last == nil || last == .punctuation(",") ? forms() : []
        case "value":
            return words.isEmpty ? [] : keywords(["en", "fr", "alias"])
        case "accept":
            guard words.isEmpty else { return keywords(RuleLanguageKeywords.languageTags) }
            let kinds = FindingKind.acceptable.filter { kind in
                declaration.map { kind.acceptedOn.contains($0) } ?? true
            }
            return keywords(kinds.map { $0.rawValue })
        case "label", "question", "description", "because", "note", "title", "text":
            return keywords(RuleLanguageKeywords.languageTags)
        default:
            return []
        }
    }

    /// In a condition: criteria where a test starts, values after an operator or in a
    /// list, `and` and `or` after a test.
    private func condition(_ words: [CompletionContext.Word]) -> [Item] {
        guard let last = words.last else { return criteria() + keywords(["not"]) }
        if let list = openList(words) {
            guard last == .punctuation("[") || last == .punctuation(",") else { return [] }
            return list.map(values) ?? []
        }
        switch last {
        case .name(let word) where ["and", "or", "not"].contains(word):
            return criteria() + (word == "not" ? [] : keywords(["not"]))
        case .punctuation("("):
            return criteria() + keywords(["not"])
        case .punctuation(let symbol) where ["=", "!=", "<", "<=", ">", ">="].contains(symbol):
            guard words.count >= 2, case .name(let criterion) = words[words.count - 2] else {
                return []
            }
            return values(of: criterion)
        case .name(let word) where group.criterionIDs.contains(word):
            return keywords(["in", "not"])
        case .name("in"):
            return []
        default:
            return keywords(["and", "or"])
        }
    }

    /// When the words end inside `criterion in [ …` (or `not in [`), the criterion
    /// (nil when it cannot be told); else nil for the list itself.
    private func openList(_ words: [CompletionContext.Word]) -> String?? {
        guard let open = words.lastIndex(of: .punctuation("[")),
            !words[open...].contains(.punctuation("]"))
        else { return nil }
        guard open >= 2, words[open - 1] == .name("in") else { return .some(nil) }
        var criterionIndex = open - 2
        if words[criterionIndex] == .name("not"), criterionIndex >= 1 { criterionIndex -= 1 }
        if case .name(let criterion) = words[criterionIndex] { return .some(criterion) }
        return .some(nil)
    }

    private func keywords(_ words: [String]) -> [Item] {
        words.map { Item(label: $0, kind: .keyword) }
    }

    private func criteria() -> [Item] {
        group.criterionIDs.map { id in
            Item(label: id, kind: .criterion, detail: label(of: group.declaration(id)?.syntax))
        }
    }

    private func forms() -> [Item] {
        group.formIDs.map { id in
            Item(label: id, kind: .form, detail: label(of: group.declaration(id)?.syntax))
        }
    }

    private func values(of criterionID: String) -> [Item] {
        guard let criterion = group.criterion(criterionID) else { return [] }
        if criterion.type?.kind == .yesNo {
            return [
                Item(label: "yes", kind: .value, detail: "yes / oui"),
                Item(label: "no", kind: .value, detail: "no / non"),
            ]
        }
        return criterion.attributes.compactMap { attribute in
            guard case .value(let value) = attribute.value else { return nil }
            return Item(
                label: value.name.text, kind: .value, detail: value.label.map { both($0.text) })
        }
    }

    private func label(of syntax: DeclarationSyntax?) -> String? {
        guard case .text(let text)? = syntax?.attribute("label")?.value else { return nil }
        return both(text.text)
    }

    /// `English / French`, or one text when they are the same.
    private func both(_ text: LocalizedText) -> String {
        let english = text.text(.english)
        let french = text.text(.french)
        return english == french ? english : english + " / " + french
    }
}
