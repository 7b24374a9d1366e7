import OrgAdvisorRules

/// A table of fixed texts in each language (``ReportStrings``, ``CoursePageStrings``,
/// ``DecisionMapStrings``): one stored property per text, one table per language.
protocol BilingualStrings: Sendable {
    /// The texts in English.
    static var english: Self { get }
    /// The texts in French.
    static var french: Self { get }
}

extension BilingualStrings {
    /// The table of a language.
    static func of(_ language: Language) -> Self {
        language == .french ? french : english
    }

    /// `template` with each `%@` replaced by `value`.
    static func fill(_ template: String, _ value: String) -> String {
        var out = ""
        var percent = false  // a `%` read and not yet written
        for character in template {
            if percent {
                percent = false
                if character == "@" {
                    out += value
                    continue
                }
                out.append("%")
            }
            if character == "%" {
                percent = true
            } else {
                out.append(character)
            }
        }
        if percent { out.append("%") }
        return out
    }
}

extension Language {
    /// A colon as the language writes it (French puts a space before).
    var colon: String { self == .french ? " :" : ":" }
}
