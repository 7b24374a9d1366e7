import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a what-if analysis as text for people: each change of one criterion that
/// gives another winner, then each pair of changes that does it where neither alone does.
public struct WhatIfText: Sendable {
    /// The language of the headings and the forms' labels.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The changes under two headings, each line ending with a newline.
    public func render(_ whatIf: WhatIf, rules: RuleBase) -> String {
        let french = language == .french
        let winner = rules.forms[whatIf.winner].label.text(language)
        var out =
            (french
                ? "Ce qui changerait la recommandation (\(winner)) :\n"
                : "What would change the recommendation (\(winner)):\n")
        out += french ? "Un seul critère :\n" : "One criterion:\n"
        if whatIf.single.isEmpty { out += french ? "  aucun\n" : "  none\n" }
        for change in whatIf.single { out += line(change, rules: rules) }
        out +=
            french
            ? "Deux critères, aucun des deux ne suffisant seul :\n"
            : "Two criteria, where neither alone does:\n"
        if whatIf.pairs.isEmpty { out += french ? "  aucun\n" : "  none\n" }
        for change in whatIf.pairs { out += line(change, rules: rules) }
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// `  - volume = low → Hotline (+6)`: the change, the new winner and its score.
    private func line(_ change: WhatIf.Change, rules: RuleBase) -> String {
        let what = change.assignments.map {
            language == .french ? rules.labelled($0, in: language) : rules.describe($0)
        }.joined(
            separator: language == .french ? " et " : " and ")
        let leader = rules.forms[change.newWinner].label.text(language)
        return "  - \(what) → \(leader) (\(change.scores[change.newWinner].signedDescription))\n"
    }
}
