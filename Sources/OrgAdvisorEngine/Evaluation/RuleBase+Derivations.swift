import OrgAdvisorRules

/// One derivation as the replay met it (``RuleBase/replayDerivations(_:only:_:)``).
package struct DerivationStep {
    /// The derivation's index.
    package let derivation: Int
    /// The truth of its condition with the facts so far.
    package let truth: Truth
    /// The clause that decided that truth.
    package let decidingClause: ConditionSource
    /// What it did.
    package let outcome: DerivationTrace.Outcome
}

extension RuleBase {
    /// Applies the derivations, in evaluation order, to `values` (one per criterion,
    /// NaN when not given): a derivation sets its criterion when the criterion is still
    /// unknown and its condition is true. `visit` gets each step with the values just
    /// after it. `only` restricts the replay to some derivations (in evaluation order).
    ///
    /// The one reading of the derivation rule, clause by clause, for the evaluation's
    /// `derivedBy`, the trace and the deep check; the compiled program's
    /// `derive(_:stack:)` is its fast path, checked against it in debug builds by
    /// ``evaluate(_:trace:)`` and by the property tests.
    package func replayDerivations(
        _ values: inout [Double], only subset: [Int]? = nil,
        _ visit: (DerivationStep, [Double]) -> Void = { _, _ in }
    ) {
        let given = values
        for index in subset ?? derivationOrder {
            let derivation = derivations[index]
            let (truth, decider) = Tracer.decide(derivation.condition, facts: values)
            let outcome: DerivationTrace.Outcome
            if !given[derivation.target].isNaN {
                outcome = .given
            } else if !values[derivation.target].isNaN {
                outcome = .alreadyDerived
            } else {
                switch truth {
                case .true:
                    outcome = .applied
                    values[derivation.target] = derivation.value
                case .false: outcome = .notApplicable
                case .unknown: outcome = .unknown
                }
            }
            visit(
                DerivationStep(
                    derivation: index, truth: truth, decidingClause: decider, outcome: outcome),
                values)
        }
    }
}
