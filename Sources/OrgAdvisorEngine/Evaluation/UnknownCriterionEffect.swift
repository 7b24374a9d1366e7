import OrgAdvisorRules

/// What giving one unknown criterion a value would do to the winner, the other
/// unknown criteria staying unknown.
public struct UnknownCriterionEffect: Sendable, Hashable {
    /// The criterion's index.
    public let criterion: Int
    /// The raw value (an enumerated value's index or a representative number).
    public let value: Double
    /// For numbers, every value with this effect: an interval whose missing ends reach
    /// the end of the criterion's range (written `>= 3`, `<= 49`, `= 2`, `50…249`,
    /// `any`); nil for enumerated values.
    public let range: NumberInterval?
    /// The form that would then rank first.
    public let newWinner: Int
    /// The scores with that value, by form.
    public let scores: [Score]
}

extension RuleBase {
    /// For every criterion that is not known and every class of values it could take
    /// (``ProfileSpace``), the values that would change the winner if it alone were
    /// given, in criterion order. Neighbouring number classes with the same new winner
    /// are described together, e.g. `>= 3` or `50…249`.
    public func unknownCriterionEffects(of evaluation: Evaluation) -> [UnknownCriterionEffect] {
        let space = ProfileSpace(self)
        var effects: [UnknownCriterionEffect] = []
        var profile = evaluation.profile
        var scores = [Score](repeating: .zero, count: forms.count)
        // Each value is scored from the evaluation's rows, re-adding the tables it changes.
        let scorer = ChangeScorer(ruleBase: self, facts: evaluation.facts)
        for criterion in evaluation.unknownCriteria {
            let classes = space.classes[criterion]
            var outcomes: [(valueClass: ValueClass, winner: Int, scores: [Score])] = []
            for valueClass in classes {
                profile.setRawValue(valueClass.representative, at: criterion)
                if let scorer {
                    scorer.score(profile, into: &scores)
                } else {
                    score(profile, into: &scores)
                }
                let winner = Ranking.winner(scores)
                outcomes.append((valueClass, winner, scores))
            }
            profile.setRawValue(nil, at: criterion)
            let isEnumerated = criteria[criterion].kind.isEnumerated
            var offset = 0
            while offset < outcomes.count {
                let outcome = outcomes[offset]
                var last = offset
                if !isEnumerated {
                    // Merge neighbouring classes with the same winner into one range.
                    while last + 1 < outcomes.count, outcomes[last + 1].winner == outcome.winner {
                        last += 1
                    }
                }
                defer { offset = last + 1 }
                guard outcome.winner != evaluation.ranking[0] else { continue }
                var range: NumberInterval?
                if !isEnumerated {
                    range = Self.range(
                        outcome.valueClass, outcomes[last].valueClass,
                        fromStart: offset == 0, toEnd: last == outcomes.count - 1)
                }
                effects.append(
                    UnknownCriterionEffect(
                        criterion: criterion, value: outcome.valueClass.representative,
                        range: range, newWinner: outcome.winner, scores: outcome.scores))
            }
        }
        return effects
    }

    /// The numbers from class `first` to class `last`, without the ends that reach the
    /// ends of the range.
    private static func range(
        _ first: ValueClass, _ last: ValueClass, fromStart: Bool, toEnd: Bool
    ) -> NumberInterval {
        NumberInterval(
            lower: fromStart ? nil : first.lower, upper: toEnd ? nil : last.upper,
            lowerOpen: first.lowerOpen, upperOpen: last.upperOpen)
    }
}
