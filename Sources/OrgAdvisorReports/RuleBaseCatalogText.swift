import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders what a rule base knows, as text for people: its criteria (kind, range,
/// weight, label, question, every value with its labels in both languages and its
/// aliases) or its forms (label and the course's description), each with its file and
/// line.
public struct RuleBaseCatalogText: Sendable {
    /// The language of labels, questions and descriptions.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The criteria, one paragraph each, each line ending with a newline; labels,
    /// questions and values wrapped to 80 columns under a hanging indent.
    public func criteria(_ rules: RuleBase) -> String {
        let wrapper = TextReport(language: language)
        var out = ""
        for criterion in rules.criteria {
            var kind = criterion.kind.rawValue
            if let range = criterion.rangeDescription { kind += " " + range }
            out +=
                "\(criterion.id)  \(kind), weight \(criterion.weight)  \(criterion.location.pathAndLine)\n"
            out += wrapper.wrap(criterion.label.text(language), indent: 4)
            if let question = criterion.question {
                out += wrapper.wrap(question.text(language), indent: 4)
            }
            for value in criterion.values {
                var line =
                    "- \(value.id): \(value.label.text(.english)) / \(value.label.text(.french))"
                if !value.aliases.isEmpty {
                    line += " (also: \(value.aliases.joined(separator: ", ")))"
                }
                out += wrapper.wrap(line, indent: 4, hanging: 6)
            }
            out += "\n"
        }
        return out
    }

    /// The forms, one paragraph each, descriptions wrapped to 80 columns.
    public func forms(_ rules: RuleBase) -> String {
        var out = ""
        for form in rules.forms {
            out += "\(form.id)  \(form.label.text(language))  \(form.location.pathAndLine)\n"
            out +=
                TextReport(language: language).wrap(form.description.text(language), indent: 4)
                + "\n"
        }
        return out
    }
}
