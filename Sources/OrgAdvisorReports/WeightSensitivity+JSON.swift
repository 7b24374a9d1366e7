import OrgAdvisorEngine
import OrgAdvisorRules

extension WeightSensitivity {
    /// The analysis as JSON in the versioned schema `orgadvisor.sensitivity/1`: the rule
    /// base's identity, the winner (`winner`, with the weights as they are), the most
    /// critical weight, and per criterion its weight, both intervals as exact fractions
    /// and the forms beyond their ends. Ids only, no labels.
    public func json(ruleBase rules: RuleBase, winner: Form) -> JSONValue {
        func bound(_ bound: WeightSensitivity.Bound?) -> JSONValue {
            guard let bound else { return .null }
            return .object([
                ("value", .number(String(bound.value))),
                ("numerator", .number(String(bound.numerator))),
                ("denominator", .number(String(bound.denominator))),
                ("inclusive", .bool(bound.inclusive)),
            ])
        }
        func interval(_ interval: WeightSensitivity.Interval) -> JSONValue {
            .object([
                ("lower", bound(interval.lower)), ("upper", bound(interval.upper)),
                ("belowLower", interval.belowLower.map { .string(rules.forms[$0].id) } ?? .null),
                ("aboveUpper", interval.aboveUpper.map { .string(rules.forms[$0].id) } ?? .null),
            ])
        }
        let weights: [JSONValue] = entries.map { entry in
            .object([
                ("criterion", .string(rules.criteria[entry.criterion].id)),
                ("weight", .number(entry.weight.description)), ("matters", .bool(entry.matters)),
                ("winner", interval(entry.winner)), ("ranking", interval(entry.ranking)),
                ("criticalChange", entry.criticalChange.map { .number(String($0)) } ?? .null),
            ])
        }
        return .object([
            ("schema", .string("orgadvisor.sensitivity/1")), ("ruleBase", rules.jsonIdentity),
            ("winner", .string(winner.id)),
            ("mostCritical", mostCritical.map { .string(rules.criteria[$0].id) } ?? .null),
            ("weights", .array(weights)),
        ])
    }
}
