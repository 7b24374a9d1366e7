import OrgAdvisorRules

/// Why a value could not be given to a profile.
public enum ProfileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No criterion has this id.
    case unknownCriterion(String, suggestion: String?)
    /// The text is not one of the criterion's values, labels or aliases.
    case invalidValue(criterion: String, text: String, allowed: [String], suggestion: String?)
    /// The text is not a number, for a numeric criterion.
    case notANumber(criterion: String, text: String)
    /// A whole number was expected.
    case notAWholeNumber(criterion: String, text: String)
    /// The number is outside the criterion's range.
    case outOfRange(criterion: String, text: String, range: String)
    /// A weight that is not a number >= 0 with at most three decimals.
    case invalidWeight(criterion: String, text: String)
    /// With the new weights, a form's scores could pass ``ScoreLimit``.
    case weightsTooLarge(form: String)

    /// A one-line message: lower case, names in single quotes.
    public var description: String {
        switch self {
        case .unknownCriterion(let name, let suggestion):
            return "unknown criterion '\(name)'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .invalidValue(let criterion, let text, let allowed, let suggestion):
            return
                "invalid value '\(text)' for '\(criterion)'; expected \(QuotedList.alternatives(allowed))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .notANumber(let criterion, let text):
            return "invalid value '\(text)' for '\(criterion)'; expected a number"
        case .notAWholeNumber(let criterion, let text):
            return "invalid value '\(text)' for '\(criterion)'; expected a whole number"
        case .outOfRange(let criterion, let text, let range):
            return "value \(text) for '\(criterion)' is out of range; expected \(range)"
        case .invalidWeight(let criterion, let text):
            return
                "invalid weight '\(text)' for '\(criterion)'; expected a number >= 0 with at most 3 decimals"
        case .weightsTooLarge(let form):
            return
                "with these weights the scores of form '\(form)' could exceed the largest score orgadvisor can compute; lower the weights"
        }
    }
}
