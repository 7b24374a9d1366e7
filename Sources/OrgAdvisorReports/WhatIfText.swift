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
        let strings = WhatIfStrings.of(language)
        let colon = language == .french ? " :" : ":"
        let winner = rules.forms[whatIf.winner].label.text(language)
        var out = WhatIfStrings.fill(strings.title, winner) + colon + "\n"
        out += strings.single + colon + "\n"
        if whatIf.single.isEmpty { out += "  \(strings.none)\n" }
        for change in whatIf.single { out += "  - " + Self.line(change, rules: rules, language) }
        out += strings.pairs + colon + "\n"
        if whatIf.pairs.isEmpty { out += "  \(strings.none)\n" }
        for change in whatIf.pairs { out += "  - " + Self.line(change, rules: rules, language) }
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// `volume = low → Hotline (+6)`: the change, the new winner and its score, ending
    /// with a newline.
    static func line(_ change: WhatIf.Change, rules: RuleBase, _ language: Language) -> String {
        let what = change.assignments.map {
            language == .french ? rules.labelled($0, in: language) : rules.describe($0)
        }.joined(separator: WhatIfStrings.of(language).and)
        let leader = rules.forms[change.newWinner].label.text(language)
        return "\(what) → \(leader) (\(change.scores[change.newWinner].signedDescription))\n"
    }
}
