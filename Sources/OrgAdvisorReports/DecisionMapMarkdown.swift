import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a decision map as Markdown for course pages: a heading, the fixed criteria,
/// the map as a table (rows: the y criterion's classes, columns: the x criterion's),
/// and the whole-space shares as a second table.
public struct DecisionMapMarkdown: Sendable {
    /// The language of headings and labels.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    private var strings: DecisionMapStrings { .of(language) }
    private var colon: String { language.colon }

    /// The Markdown, ending with a newline.
    public func render(_ map: DecisionMap) -> String {
        let e = MarkdownReport.escape
        let rules = map.ruleBase
        let xCriterion = rules.criteria[map.x.criterion]
        let yCriterion = rules.criteria[map.y.criterion]
        var out =
            "## \(strings.title)\(colon) \(e(yCriterion.label.text(language))) × "
            + "\(e(xCriterion.label.text(language)))\n\n"
        let given = DecisionMapStrings.givenList(map, language).map(e)
        out +=
            "**\(strings.given)**\(colon) "
            + (given.isEmpty ? strings.none : given.joined(separator: ", ")) + "  \n"
        let notGiven = DecisionMapStrings.notGivenList(map, language, quote: "`")
        out +=
            "**\(strings.notGiven)**\(colon) "
            + (notGiven.isEmpty ? strings.none : notGiven.joined(separator: ", ")) + "\n\n"
        let names = rules.forms.map { e($0.label.text(language)) }
        out += "| `\(yCriterion.id)` \\\\ `\(xCriterion.id)` |"
        for label in map.x.labels { out += " \(e(label.text(language))) |" }
        out += "\n|---|" + String(repeating: "---|", count: map.x.classes.count) + "\n"
        for row in 0..<map.y.classes.count {
            out += "| **\(e(map.y.labels[row].text(language)))** |"
            for column in 0..<map.x.classes.count {
                let cell = map.cell(x: column, y: row)
                let text = DecisionMapStrings.cellText(cell, names: names)
                out += " " + (cell.winner == nil ? "_\(text)_" : text) + " |"
            }
            out += "\n"
        }
        out += "\n"
        var notes: [String] = []
        if map.cells.contains(where: { $0.winner == nil }) {
            notes.append("_A / B_\(colon) \(strings.undetermined).")
        }
        if map.cells.contains(where: { !$0.isExact }) {
            notes.append("~\(colon) \(strings.estimated).")
        }
        if map.cells.contains(where: { $0.tie }) {
            notes.append("A = B\(colon) \(strings.tie).")
        }
        if !notes.isEmpty { out += notes.joined(separator: "  \n") + "\n\n" }
        out += summary(map)
        out +=
            "<sub>\(strings.ruleBase)\(colon) \(e(rules.name)) \(e(rules.version)) (\(rules.fingerprint))</sub>\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    private func summary(_ map: DecisionMap) -> String {
        let e = MarkdownReport.escape
        guard let shares = map.shares else { return strings.notComputed + "\n\n" }
        let size = shares.spaceSize.map { DecisionMapStrings.count($0, language) } ?? "> 2^63"
        guard shares.isEnumerated else {
            return DecisionMapStrings.fill(strings.tooLarge, size) + ".\n\n"
        }
        let rules = map.ruleBase
        var out =
            "**\(DecisionMapStrings.fill(strings.wholeSpace, size))** (\(strings.wholeSpaceNote))\n\n"
        out += "| \(strings.form) | \(strings.profilesWon) | \(strings.share) |\n|---|---:|---:|\n"
        for form in rules.forms.indices {
            out += "| \(e(rules.forms[form].label.text(language))) "
            out += "| \(DecisionMapStrings.count(shares.wins[form], language)) "
            out +=
                "| \(DecisionMapStrings.percent(shares.wins[form], of: shares.counted, language)) |\n"
        }
        out += "| _\(strings.ties)_ | \(DecisionMapStrings.count(shares.ties, language)) "
        out += "| \(DecisionMapStrings.percent(shares.ties, of: shares.counted, language)) |\n\n"
        return out
    }
}
