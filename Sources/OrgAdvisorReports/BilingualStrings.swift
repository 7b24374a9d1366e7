import OrgAdvisorRules

/// A table of fixed texts in each language (``ReportStrings``, ``CoursePageStrings``,
/// ``DecisionMapStrings``, ``ErrorStrings``): one stored property per text, one table per
/// language.
package protocol BilingualStrings: Sendable {
    /// The texts in English.
    static var english: Self { get }
    /// The texts in French.
    static var french: Self { get }
}

extension BilingualStrings {
    /// The table of a language.
    package static func of(_ language: Language) -> Self {
        language == .french ? french : english
    }

    /// `template` with each `%@` replaced by `value`.
    package static func fill(_ template: String, _ value: String) -> String {
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

    /// `template` with its first `%@` replaced by the first of `values`, the second by the
    /// second, and so on (a `%@` past the last value is left as it is).
    package static func format(_ template: String, _ values: String...) -> String {
        format(template, arguments: values)
    }

    /// `template` with its `%@` replaced by `values` in order.
    package static func format(_ template: String, arguments values: [String]) -> String {
        var out = ""
        var next = values.makeIterator()
        var rest = Substring(template)
        while let mark = rest.firstRange(ofText: "%@") {
            out += rest[..<mark.lowerBound]
            out += next.next() ?? "%@"
            rest = rest[mark.upperBound...]
        }
        return out + rest
    }
}

extension Language {
    /// A colon as the language writes it (French puts a space before).
    package var colon: String { self == .french ? " :" : ":" }
    /// A semicolon as the language writes it (French puts a space before).
    package var semicolon: String { self == .french ? " ;" : ";" }
}
