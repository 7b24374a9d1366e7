import OrgAdvisorEngine
import OrgAdvisorRules

extension WhatIf {
    /// The analysis as JSON in the versioned schema `orgadvisor.whatif/1`: the rule
    /// base's identity, the winner, and each single and paired change with the values
    /// it sets, the new winner and every form's score. Ids only, no labels.
    public func json(ruleBase rules: RuleBase) -> JSONValue {
        func change(_ change: WhatIf.Change) -> JSONValue {
            .object([
                (
                    "set",
                    .array(
                        change.assignments.map { assignment in
                            let criterion = rules.criteria[assignment.criterion]
                            return .object([
                                ("criterion", .string(criterion.id)),
                                ("comparison", .string(assignment.direction?.rawValue ?? "=")),
                                ("value", .string(rules.valueID(assignment.value, of: criterion))),
                            ])
                        })
                ),
                ("winner", .string(rules.forms[change.newWinner].id)),
                ("scores", .object(rules.forms.map { ($0.id, .score(change.scores[$0.index])) })),
            ])
        }
        return .object([
            ("schema", .string("orgadvisor.whatif/1")), ("ruleBase", rules.jsonIdentity),
            ("winner", .string(rules.forms[winner].id)),
            ("single", .array(single.map(change))),
            ("pairs", .array(pairs.map(change))),
        ])
    }
}
