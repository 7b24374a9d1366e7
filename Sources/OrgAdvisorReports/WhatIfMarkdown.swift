import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a what-if analysis as Markdown, ready to paste into a course page: a heading,
/// then the changes of one criterion and of two as lists. Every text from the rule base
/// is escaped (``MarkdownReport/escape(_:)``).
public struct WhatIfMarkdown: Sendable {
    /// The language of the headings and the forms' labels.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The document, ending with a newline.
    public func render(_ whatIf: WhatIf, rules: RuleBase) -> String {
        let strings = WhatIfStrings.of(language)
        let winner = rules.forms[whatIf.winner].label.text(language)
        var out = "## " + MarkdownReport.escape(WhatIfStrings.fill(strings.title, winner)) + "\n"
        for (heading, changes) in [(strings.single, whatIf.single), (strings.pairs, whatIf.pairs)] {
            out += "\n### \(heading)\n\n"
            if changes.isEmpty { out += "- \(strings.none)\n" }
            for change in changes {
                let line = WhatIfText.line(change, rules: rules, language)
                out += "- " + MarkdownReport.escape(String(line.dropLast())) + "\n"
            }
        }
        return FrenchTypography.typeset(out, french: language == .french)
    }
}
