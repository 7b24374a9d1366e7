import OrgAdvisorEngine
import OrgAdvisorRules

extension ProfileError {
    /// The one-line message in `language`, the criterion named as a flag (`'--volume'`)
    /// when `asFlag`, else by its id. English gives ``description`` (with the flag when
    /// `asFlag`); French names criteria, values and forms by their labels too.
    package func message(in language: Language, rules: RuleBase, asFlag: Bool = false)
        -> String
    {
        let strings = ErrorStrings.of(language)
        let name = { (id: String) in strings.criterionName(id, rules: rules, asFlag: asFlag) }
        switch self {
        case .unknownCriterion(let id, let suggestion):
            return ErrorStrings.format(strings.unknownCriterion, strings.quoted(id))
                + strings.suggestion(suggestion.map { strings.criterionName($0, rules: rules) })
        case .invalidValue(let criterion, let text, let allowed, let suggestion):
            let values = strings.valueNames(allowed, of: criterion, rules: rules)
            let suggested = suggestion.map {
                strings.quoted(strings.valueNames([$0], of: criterion, rules: rules)[0])
            }
            return ErrorStrings.format(
                strings.invalidValue, strings.quoted(text), name(criterion),
                strings.alternatives(values)) + strings.suggestion(suggested)
        case .notANumber(let criterion, let text):
            return ErrorStrings.format(
                strings.expectedNumber, strings.quoted(text), name(criterion))
        case .notAWholeNumber(let criterion, let text):
            return ErrorStrings.format(
                strings.expectedWholeNumber, strings.quoted(text), name(criterion))
        case .outOfRange(let criterion, let text, _):
            return ErrorStrings.format(
                strings.outOfRange, text, name(criterion),
                strings.range(of: rules.criterion(criterion)))
        case .invalidWeight(let criterion, let text):
            return ErrorStrings.format(strings.invalidWeight, strings.quoted(text), name(criterion))
        case .weightsTooLarge(let form):
            return ErrorStrings.format(
                strings.weightsTooLarge, strings.formName(form, rules: rules))
        }
    }
}
