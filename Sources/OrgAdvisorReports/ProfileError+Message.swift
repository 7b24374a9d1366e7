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

extension ErrorStrings {
    /// A criterion named for people: `'volume'` (`'--volume'` as a flag); in French
    /// with its label, `« --volume » (Taux de demande de support)`.
    package func criterionName(_ id: String, rules: RuleBase, asFlag: Bool = false) -> String {
        let name = quoted(asFlag ? "--" + id : id)
        guard withLabels, let label = rules.criterion(id)?.label.text(language),
            label != id
        else { return name }
        return name + " (\(label))"
    }

    /// A form named for people: `'hotline'`; in French with its label, `« hotline » (Hotline)`.
    package func formName(_ id: String, rules: RuleBase) -> String {
        guard withLabels, let label = rules.form(id)?.label.text(language), label != id
        else { return quoted(id) }
        return quoted(id) + " (\(label))"
    }

    /// The values of a criterion as people type them: ids in English, labels in French.
    func valueNames(_ ids: [String], of criterion: String, rules: RuleBase) -> [String] {
        valueNames(ids, of: rules.criterion(criterion))
    }

    /// The values of a criterion as people type them: ids in English, labels in French.
    package func valueNames(_ ids: [String], of criterion: Criterion?) -> [String] {
        guard withLabels, let criterion else { return ids }
        return ids.map { id in
            criterion.values.first { $0.id == id }?.label.text(language) ?? id
        }
    }

    /// The range of a numeric criterion: `1 to 9`, `at least 1`, `a number`.
    func range(of criterion: Criterion?) -> String {
        switch (criterion?.minimum, criterion?.maximum) {
        case (let min?, let max?):
            return Self.format(
                between, NumberFormatting.format(min), NumberFormatting.format(max))
        case (let min?, nil): return Self.format(atLeast, NumberFormatting.format(min))
        case (nil, let max?): return Self.format(atMost, NumberFormatting.format(max))
        case (nil, nil): return anyNumber
        }
    }

    /// What a JSON profile may give for a criterion.
    func expectedJSON(_ criterion: Criterion?, rules: RuleBase) -> String {
        guard let criterion else { return "" }
        switch criterion.kind {
        case .integer: return aWholeNumber
        case .decimal: return anyNumber
        case .yesNo: return yesNoJSON
        case .choice, .level:
            let ids = criterion.values.map { $0.id }
            return Self.format(
                aString, alternatives(valueNames(ids, of: criterion.id, rules: rules)))
        }
    }
}
