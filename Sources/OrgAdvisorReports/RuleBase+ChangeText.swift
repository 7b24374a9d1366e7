import OrgAdvisorEngine
import OrgAdvisorRules

extension RuleBase {
    /// What giving an unknown criterion a value would mean, as people read it, with the
    /// criterion's label: `Nombre de collaborateurs ≤ 49`, `Taux de demande = élevé`.
    func labelled(_ effect: UnknownCriterionEffect, in language: Language) -> String {
        let criterion = criteria[effect.criterion]
        if let range = effect.range?.conditionText {
            return "\(criterion.label.text(language)) \(RuleBase.symbols(range))"
        }
        return "\(criterion.label.text(language)) = "
            + describe(effect.value, of: criterion, in: language)
    }

    /// A change of what-if as people read it: `Nombre de sites ≥ 3`.
    func labelled(_ assignment: WhatIf.Assignment, in language: Language) -> String {
        let criterion = criteria[assignment.criterion]
        let symbol = RuleBase.symbols(assignment.direction?.rawValue ?? "=")
        return "\(criterion.label.text(language)) \(symbol) "
            + describe(assignment.value, of: criterion, in: language)
    }

    /// An unknown criterion's effect in the rule language: `employees <= 49`.
    func code(_ effect: UnknownCriterionEffect) -> String {
        let criterion = criteria[effect.criterion]
        return effect.range.map { "\(criterion.id) \($0.conditionText)" }
            ?? "\(criterion.id) = \(valueID(effect.value, of: criterion))"
    }

    /// `>=` and `<=` as `≥` and `≤`, for people.
    static func symbols(_ text: String) -> String {
        text.replacingEvery(">=", with: "≥").replacingEvery("<=", with: "≤")
    }
}
