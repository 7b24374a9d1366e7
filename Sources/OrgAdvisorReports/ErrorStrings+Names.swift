import OrgAdvisorEngine
import OrgAdvisorRules

extension ErrorStrings {
    /// A criterion named for people: `'volume'` (`'--volume'` as a flag); in French
    /// with its label, `« --volume » (Taux de demande de support)`.
    package func criterionName(_ id: String, rules: RuleBase, asFlag: Bool = false) -> String {
        let name = quoted(asFlag ? "--" + id : id)
        guard withLabels, let label = rules.criterion(id)?.label.text(language),
            label != id
        else { return name }
        return name + " (\(label))"
    }

    /// A form named for people: `'hotline'`; in French with its label, `« hotline » (Hotline)`.
    package func formName(_ id: String, rules: RuleBase) -> String {
        guard withLabels, let label = rules.form(id)?.label.text(language), label != id
        else { return quoted(id) }
        return quoted(id) + " (\(label))"
    }

    /// The values of a criterion as people type them: ids in English, labels in French.
    func valueNames(_ ids: [String], of criterion: String, rules: RuleBase) -> [String] {
        valueNames(ids, of: rules.criterion(criterion))
    }

    /// The values of a criterion as people type them: ids in English, labels in French.
    package func valueNames(_ ids: [String], of criterion: Criterion?) -> [String] {
        guard withLabels, let criterion else { return ids }
        return ids.map { id in
            criterion.values.first { $0.id == id }?.label.text(language) ?? id
        }
    }

    /// The range of a numeric criterion: `1 to 9`, `at least 1`, `a number`.
    func range(of criterion: Criterion?) -> String {
        switch (criterion?.minimum, criterion?.maximum) {
        case (let min?, let max?):
            return Self.format(
                between, NumberFormatting.format(min), NumberFormatting.format(max))
        case (let min?, nil): return Self.format(atLeast, NumberFormatting.format(min))
        case (nil, let max?): return Self.format(atMost, NumberFormatting.format(max))
        case (nil, nil): return anyNumber
        }
    }

    /// What a JSON profile may give for a criterion.
    func expectedJSON(_ criterion: Criterion?, rules: RuleBase) -> String {
        guard let criterion else { return "" }
        switch criterion.kind {
        case .integer: return aWholeNumber
        case .decimal: return anyNumber
        case .yesNo: return yesNoJSON
        case .choice, .level:
            let ids = criterion.values.map { $0.id }
            return Self.format(
                aString, alternatives(valueNames(ids, of: criterion.id, rules: rules)))
        }
    }
}
