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
    /// profile's winner with the weights as they are, `tiedAtTop` the forms that share
    /// the top score (a tie when more than one: there is then no leader to keep, and
    /// the notes say which weights break the tie).
    public func render(
        _ sensitivity: WeightSensitivity, rules: RuleBase, winner: Form, tiedAtTop: [Int] = []
    ) -> String {
        let strings = SensitivityStrings.of(language)
        var out = wrap(Self.title(rules: rules, winner: winner, tiedAtTop: tiedAtTop, language))
        out += "\n" + table(sensitivity, rules: rules) + "\n"
        let note = Self.note(
            sensitivity, rules: rules, winner: winner, tiedAtTop: tiedAtTop, language)
        out += wrap(note, hanging: 0) + strings.footnote + "\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// The title: the winner, or the forms tied at the top.
    static func title(
        rules: RuleBase, winner: Form, tiedAtTop: [Int], _ language: Language
    ) -> String {
        let strings = SensitivityStrings.of(language)
        let labels = tiedAtTop.map { rules.forms[$0].label.text(language) }
        return tiedAtTop.count > 1
            ? SensitivityStrings.fill(
                strings.tieTitle, SensitivityStrings.list(labels, strings.and))
            : SensitivityStrings.fill(strings.title, winner.label.text(language))
    }

    /// The note under the table: the weights that break a tie, or the most critical
    /// weight.
    static func note(
        _ sensitivity: WeightSensitivity, rules: RuleBase, winner: Form, tiedAtTop: [Int],
        _ language: Language
    ) -> String {
        let strings = SensitivityStrings.of(language)
        if tiedAtTop.count > 1 {
            // A weight whose smallest change moves the top breaks the tie.
            let breakers = sensitivity.entries.filter { $0.criticalChange == 0 }.map {
                rules.criteria[$0.criterion].id
            }
            return breakers.isEmpty
                ? strings.noTieBreaker
                : SensitivityStrings.format(
                    strings.tieBreakers, SensitivityStrings.list(breakers, strings.or),
                    winner.label.text(language))
        } else if let critical = sensitivity.mostCritical,
            let change = sensitivity.entries[critical].criticalChange
        {
            return SensitivityStrings.format(
                strings.critical, rules.criteria[critical].id,
                String(Int((change * 100).rounded())))
        }
        return strings.noneCritical
    }

    /// A paragraph fitted to 80 columns (its next lines indented by `hanging`), ending
    /// with a newline.
    private func wrap(_ text: String, hanging: Int = 2) -> String {
        TextReport(language: language, width: 80).wrap(text, indent: 0, hanging: hanging)
    }

    /// One row per criterion under a header, in aligned columns.
    private func table(_ sensitivity: WeightSensitivity, rules: RuleBase) -> String {
        let rows = Self.rows(sensitivity, rules: rules, language)
        let header = rows[0]
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

    /// The header, then one row per criterion: id, weight, the interval that keeps the
    /// winner, the one that keeps the ranking and the forms beyond them.
    static func rows(
        _ sensitivity: WeightSensitivity, rules: RuleBase, _ language: Language
    ) -> [[String]] {
        let strings = SensitivityStrings.of(language)
        let header = strings.header
        var rows: [[String]] = [header]
        for entry in sensitivity.entries {
            let criterion = rules.criteria[entry.criterion]
            guard entry.matters else {
                rows.append([criterion.id, entry.weight.description, strings.noEffect, "", ""])
                continue
            }
            var beyond: [String] = []
            if let below = entry.winner.belowLower {
                beyond.append(
                    SensitivityStrings.fill(strings.below, rules.forms[below].label.text(language)))
            }
            if let above = entry.winner.aboveUpper {
                beyond.append(
                    SensitivityStrings.fill(strings.above, rules.forms[above].label.text(language)))
            }
            rows.append([
                criterion.id, entry.weight.description, Self.range(entry.winner),
                Self.range(entry.ranking), beyond.joined(separator: ", "),
            ])
        }
        return rows
    }

    /// `[0.5, 4)`, `(1, ∞)`: an interval with its open and closed ends.
    private static func range(_ interval: WeightSensitivity.Interval) -> String {
        let low = (interval.lower.inclusive ? "[" : "(") + interval.lower.description
        let high = interval.upper.map { $0.description + ($0.inclusive ? "]" : ")") } ?? "∞)"
        return low + ", " + high
    }
}
