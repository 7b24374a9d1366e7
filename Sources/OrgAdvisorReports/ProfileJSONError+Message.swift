import OrgAdvisorEngine
import OrgAdvisorRules

extension ProfileJSONError {
    /// The one-line message in `language` (``message`` in English).
    package func message(in language: Language, rules: RuleBase) -> String {
        guard language != .english, let reason else { return message }
        let strings = ErrorStrings.of(language)
        switch reason {
        case .notAnObject(let found):
            return ErrorStrings.format(strings.notAnObject, strings.kindName(found))
        case .unknownCriterion(let key, let suggestion):
            return ErrorStrings.format(strings.unknownCriterion, strings.quoted(key))
                + strings.suggestion(suggestion.map { strings.criterionName($0, rules: rules) })
        case .value(let error):
            return error.message(in: language, rules: rules)
        case .wrongKind(let key, let found, let isKindName):
            let expected = strings.expectedJSON(rules.criterion(key), rules: rules)
            let name = strings.criterionName(key, rules: rules)
            return isKindName
                ? ErrorStrings.format(
                    strings.invalidJSONKind, name, strings.kindName(found), expected)
                : ErrorStrings.format(strings.invalidJSONValue, found, name, expected)
        case .numberTooLarge(let key, let text):
            return ErrorStrings.format(
                strings.numberTooLarge, text, strings.criterionName(key, rules: rules))
        }
    }
}
