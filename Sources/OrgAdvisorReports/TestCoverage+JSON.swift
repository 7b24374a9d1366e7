import OrgAdvisorEngine
import OrgAdvisorRules

extension RuleTestCoverage {
    /// The coverage as JSON in the versioned schema `orgadvisor.coverage/1` (documented
    /// in <doc:TestCoverageJSON>): the totals, then every rule, value, advice item and
    /// form with the number of cases that reach it, then what no case reaches.
    public func json(language: Language) -> JSONValue {
        let rules = ruleBase
        let options = valueOptions
        func total(_ reached: Int, _ all: Int) -> JSONValue {
            .object([("reached", .int(reached)), ("total", .int(all))])
        }
        let criteria: [JSONValue] = rules.criteria.indices.map { criterion in
            var values: [JSONValue] = classes[criterion].indices.map { index in
                .object([
                    ("value", valueJSON(classes[criterion][index])),
                    (
                        "label",
                        .string(
                            classes[criterion][index].description(in: rules, language: language))
                    ),
                    ("cases", .int(classCounts[criterion][index])),
                ])
            }
            values.append(
                .object([
                    ("value", .null), ("label", .string("unknown")),
                    ("cases", .int(unknownCounts[criterion])),
                ]))
            return .object([
                ("criterion", .string(rules.criteria[criterion].id)), ("values", .array(values)),
            ])
        }
        return .object([
            ("schema", .string("orgadvisor.coverage/1")), ("ruleBase", rules.jsonIdentity),
            ("cases", .int(caseCount)),
            ("failed", .array(failedCases.map { .string($0) })),
            (
                "summary",
                .object([
                    ("rules", total(rules.rules.count - unfiredRules.count, rules.rules.count)),
                    ("values", total(options.reached, options.total)),
                    (
                        "advice",
                        total(rules.advice.count - unreachedAdvice.count, rules.advice.count)
                    ),
                    (
                        "forms",
                        total(rules.forms.count - formsNeverWinning.count, rules.forms.count)
                    ),
                ])
            ),
            (
                "rules",
                .array(
                    rules.rules.indices.map { index in
                        .object([
                            ("rule", .string(rules.rules[index].id)),
                            ("location", .string(rules.rules[index].location.description)),
                            ("cases", .int(ruleFirings[index])),
                        ])
                    })
            ),
            ("criteria", .array(criteria)),
            (
                "advice",
                .array(
                    rules.advice.indices.map { index in
                        .object([
                            ("advice", .string(rules.advice[index].id)),
                            ("cases", .int(adviceCounts[index])),
                        ])
                    })
            ),
            (
                "forms",
                .array(
                    rules.forms.indices.map { index in
                        .object([
                            ("form", .string(rules.forms[index].id)), ("wins", .int(wins[index])),
                        ])
                    })
            ),
            ("uncovered", uncoveredJSON(language: language)),
        ])
    }

    /// What no case reaches: rule ids, values as `{criterion, value, label}` (value null
    /// for unknown), advice ids and form ids.
    private func uncoveredJSON(language: Language) -> JSONValue {
        let rules = ruleBase
        var values: [JSONValue] = []
        for criterion in rules.criteria.indices {
            let id = JSONValue.string(rules.criteria[criterion].id)
            for index in classes[criterion].indices where classCounts[criterion][index] == 0 {
                let valueClass = classes[criterion][index]
                values.append(
                    .object([
                        ("criterion", id), ("value", valueJSON(valueClass)),
                        ("label", .string(valueClass.description(in: rules, language: language))),
                    ]))
            }
            if unknownCounts[criterion] == 0 {
                values.append(
                    .object([("criterion", id), ("value", .null), ("label", .string("unknown"))]))
            }
        }
        return .object([
            ("rules", .array(unfiredRules.map { .string(rules.rules[$0].id) })),
            ("values", .array(values)),
            ("advice", .array(unreachedAdvice.map { .string(rules.advice[$0].id) })),
            ("forms", .array(formsNeverWinning.map { .string(rules.forms[$0].id) })),
        ])
    }

    /// A class of values: a listed value's id, or `{min, minInclusive, max, maxInclusive}`
    /// for numbers (null where unbounded).
    private func valueJSON(_ valueClass: ValueClass) -> JSONValue {
        let criterion = ruleBase.criteria[valueClass.criterion]
        if criterion.kind.isEnumerated {
            return .string(ruleBase.valueID(valueClass.representative, of: criterion))
        }
        func bound(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
        return .object([
            ("min", bound(valueClass.lower)),
            ("minInclusive", valueClass.lower == nil ? .null : .bool(!valueClass.lowerOpen)),
            ("max", bound(valueClass.upper)),
            ("maxInclusive", valueClass.upper == nil ? .null : .bool(!valueClass.upperOpen)),
        ])
    }
}
