import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a weight sensitivity analysis as Markdown, ready to paste into a course page:
/// a heading, the table of ``WeightSensitivityText`` as a Markdown table, the note on the
/// most critical weight (or on the tie) and the footnote. Every cell and text is escaped
/// (``MarkdownReport/escape(_:)``).
public struct WeightSensitivityMarkdown: Sendable {
    /// The language of the headings and the forms' labels.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The document, ending with a newline; the arguments are those of
    /// ``WeightSensitivityText/render(_:rules:winner:tiedAtTop:)``.
    public func render(
        _ sensitivity: WeightSensitivity, rules: RuleBase, winner: Form, tiedAtTop: [Int] = []
    ) -> String {
        let title = WeightSensitivityText.title(
            rules: rules, winner: winner, tiedAtTop: tiedAtTop, language)
        var out = "## " + MarkdownReport.escape(title) + "\n\n"
        let rows = WeightSensitivityText.rows(sensitivity, rules: rules, language)
        for (index, row) in rows.enumerated() {
            out += "| " + row.map { MarkdownReport.escape($0) }.joined(separator: " | ") + " |\n"
            if index == 0 {
                out += "|" + row.map { _ in " --- " }.joined(separator: "|") + "|\n"
            }
        }
        let note = WeightSensitivityText.note(
            sensitivity, rules: rules, winner: winner, tiedAtTop: tiedAtTop, language)
        out += "\n" + MarkdownReport.escape(note) + "\n\n"
        out += "_" + MarkdownReport.escape(SensitivityStrings.of(language).footnote) + "_\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }
}
