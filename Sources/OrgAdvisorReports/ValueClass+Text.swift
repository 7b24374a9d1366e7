import OrgAdvisorEngine
import OrgAdvisorRules

extension NumberInterval {
    /// The interval as text in a language: `2`, `>= 3`, `50…249`, `< 2.5`,
    /// `> 2 and < 3` or `> 2 et < 3`, `any` or `tout`.
    public func text(_ language: Language) -> String {
        let format = NumberFormatting.format
        let and = language == .french ? " et " : " and "
        let atLeast = lowerOpen ? "> " : ">= "
        let atMost = upperOpen ? "< " : "<= "
        switch (lower, upper) {
        case (let low?, let high?) where low == high: return format(low)
        case (let low?, let high?) where !lowerOpen && !upperOpen:
            return "\(format(low))…\(format(high))"
        case (let low?, let high?): return atLeast + format(low) + and + atMost + format(high)
        case (let low?, nil): return atLeast + format(low)
        case (nil, let high?): return atMost + format(high)
        case (nil, nil): return language == .french ? "tout" : "any"
        }
    }

    /// The interval as the comparison written after a criterion's id, in the rule
    /// language's words: `>= 3`, `<= 49`, `= 2`, `50…249`, `any`.
    public var conditionText: String {
        isPoint ? "= " + text(.english) : text(.english)
    }
}

extension ValueClass {
    /// The class as people read it: a listed value's label, or the interval of numbers
    /// (`2`, `>= 3`, `50…249`, `< 2.5`, `any`).
    public func description(in ruleBase: RuleBase, language: Language = .english) -> String {
        let criterion = ruleBase.criteria[self.criterion]
        if criterion.kind.isEnumerated {
            return ruleBase.describe(representative, of: criterion, in: language)
        }
        return intervalText(language)
    }

    /// The interval as text, without labels: `2`, `>= 3`, `50…249`, `< 2.5`, `any`.
    public var intervalText: String { intervalText(.english) }

    /// The interval as text in a language: `> 2 and < 3` or `> 2 et < 3`, `any` or `tout`.
    public func intervalText(_ language: Language) -> String {
        interval.text(language)
    }
}

extension DecisionMap.Axis {
    /// The label of each class in both languages: a listed value's label, or the
    /// interval of numbers (`1…2`, `>= 3`).
    public var labels: [LocalizedText] {
        classes.map { valueClass in
            LocalizedText(
                english: valueClass.description(in: ruleBase, language: .english),
                french: valueClass.description(in: ruleBase, language: .french))
        }
    }
}
