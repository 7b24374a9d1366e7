import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a weight sensitivity analysis as text for people: a table of each
/// criterion weight with the interval that keeps the winner, the one that keeps the
/// ranking and the forms that take over beyond them, then the most critical weight.
public struct WeightSensitivityText: Sendable {
    /// The language of the headings and the forms' labels.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The table and its notes, each line ending with a newline; `winner` is the
    /// profile's winner with the weights as they are.
    public func render(_ sensitivity: WeightSensitivity, rules: RuleBase, winner: Form) -> String {
        let french = language == .french
        var out =
            (french
                ? "Sensibilité aux poids de la recommandation : "
                : "Weight sensitivity of the recommendation: ")
            + winner.label.text(language) + "\n\n"
        out += table(sensitivity, rules: rules) + "\n"
        if let critical = sensitivity.mostCritical,
            let change = sensitivity.entries[critical].criticalChange
        {
            let percent = Int((change * 100).rounded())
            out +=
                french
                ? "Poids le plus critique : \(rules.criteria[critical].id) (une variation de \(percent) % change la recommandation).\n"
                : "Most critical weight: \(rules.criteria[critical].id) (a change of \(percent) % changes the winner).\n"
        } else {
            out +=
                french
                ? "Aucun poids ne peut changer la recommandation.\n"
                : "No weight can change the winner.\n"
        }
        out +=
            french
            ? "Intervalles exacts, les autres poids fixés ; « ≈ » signale un arrondi au millième.\n"
            : "Exact intervals, the other weights fixed; '≈' marks a value rounded to a thousandth.\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// One row per criterion under a header, in aligned columns.
    private func table(_ sensitivity: WeightSensitivity, rules: RuleBase) -> String {
        let french = language == .french
        let header =
            french
            ? ["critère", "poids", "garde la recommandation", "garde le classement", "au-delà"]
            : ["criterion", "weight", "keeps the winner", "keeps the ranking", "beyond it"]
        var rows: [[String]] = [header]
        for entry in sensitivity.entries {
            let criterion = rules.criteria[entry.criterion]
            guard entry.matters else {
                rows.append([
                    criterion.id, entry.weight.description, french ? "sans effet" : "no effect", "",
                    "",
                ])
                continue
            }
            var beyond: [String] = []
            if let below = entry.winner.belowLower {
                beyond.append(
                    (french ? "dessous : " : "below: ") + rules.forms[below].label.text(language))
            }
            if let above = entry.winner.aboveUpper {
                beyond.append(
                    (french ? "dessus : " : "above: ") + rules.forms[above].label.text(language))
            }
            rows.append([
                criterion.id, entry.weight.description, Self.range(entry.winner),
                Self.range(entry.ranking), beyond.joined(separator: ", "),
            ])
        }
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var out = ""
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            out += "  " + cells.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        return out
    }

    /// `[0.5, 4)`, `(1, ∞)`: an interval with its open and closed ends.
    private static func range(_ interval: WeightSensitivity.Interval) -> String {
        let low = (interval.lower.inclusive ? "[" : "(") + interval.lower.description
        let high = interval.upper.map { $0.description + ($0.inclusive ? "]" : ")") } ?? "∞)"
        return low + ", " + high
    }
}
