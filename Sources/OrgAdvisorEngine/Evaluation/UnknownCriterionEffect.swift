import OrgAdvisorRules

/// What giving one unknown criterion a value would do to the winner, the other
/// unknown criteria staying unknown.
public struct UnknownCriterionEffect: Sendable, Hashable {
    /// The criterion's index.
    public let criterion: Int
    /// The raw value (an enumerated value's index or a representative number).
    public let value: Double
    /// For numbers, the comparison and threshold that describe every value with this
    /// effect, e.g. `>= 3`; nil for enumerated values.
    public let range: String?
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
        for criterion in evaluation.unknownCriteria {
            let classes = space.classes[criterion]
            var outcomes: [(valueClass: ValueClass, winner: Int, scores: [Score])] = []
            for valueClass in classes {
                profile.setRawValue(valueClass.representative, at: criterion)
                score(profile, into: &scores)
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
                var range: String?
                if !isEnumerated {
                    range = Self.rangeText(
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

    /// The numbers from class `first` to class `last`: `any`, `<= 49`, `>= 3`, `= 2`,
    /// `50…249` (open ends as `<` and `>`).
    private static func rangeText(
        _ first: ValueClass, _ last: ValueClass, fromStart: Bool, toEnd: Bool
    ) -> String {
        let format = NumberFormatting.format
        switch (fromStart, toEnd) {
        case (true, true): return "any"
        case (true, false):
            guard let upper = last.upper else { return "any" }
            return (last.upperOpen ? "< " : "<= ") + format(upper)
        case (false, true):
            guard let lower = first.lower else { return "any" }
            return (first.lowerOpen ? "> " : ">= ") + format(lower)
        case (false, false):
            let merged = ValueClass(
                criterion: first.criterion, index: first.index,
                representative: first.representative, lower: first.lower, upper: last.upper,
                isWhole: first.isWhole, lowerOpen: first.lowerOpen, upperOpen: last.upperOpen)
            let text = merged.intervalText
            return merged.lower != nil && merged.lower == merged.upper ? "= " + text : text
        }
    }
}
