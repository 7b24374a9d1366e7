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
    /// For every criterion that is not known and every value it could take, the
    /// value that would change the winner if it alone were given, in criterion order.
    public func unknownCriterionEffects(of evaluation: Evaluation) -> [UnknownCriterionEffect] {
        var effects: [UnknownCriterionEffect] = []
        var profile = evaluation.profile
        var scores = [Score](repeating: .zero, count: forms.count)
        for criterion in evaluation.unknownCriteria {
            let candidates = representatives[criterion]
            var outcomes: [(value: Double, winner: Int, scores: [Score])] = []
            for value in candidates {
                profile.setRawValue(value, at: criterion)
                score(profile, into: &scores)
                let winner = forms.indices.min { lhs, rhs in
                    scores[lhs] != scores[rhs] ? scores[lhs] > scores[rhs] : lhs < rhs
                }!
                outcomes.append((value, winner, scores))
            }
            profile.setRawValue(nil, at: criterion)
            let kind = criteria[criterion].kind
            for (offset, outcome) in outcomes.enumerated()
            where outcome.winner != evaluation.ranking[0] {
                var range: String?
                if !kind.isEnumerated {
                    // Merge neighbouring representatives with the same winner into one range.
                    if offset > 0, outcomes[offset - 1].winner == outcome.winner { continue }
                    var last = offset
                    while last + 1 < outcomes.count, outcomes[last + 1].winner == outcome.winner {
                        last += 1
                    }
                    let low = outcome.value
                    let high = outcomes[last].value
                    if last == outcomes.count - 1 {
                        range = offset == 0 ? "any" : ">= \(NumberFormatting.format(low))"
                    } else if offset == 0 {
                        range = "<= \(NumberFormatting.format(high))"
                    } else if low == high {
                        range = "= \(NumberFormatting.format(low))"
                    } else {
                        range = "\(NumberFormatting.format(low))…\(NumberFormatting.format(high))"
                    }
                }
                effects.append(
                    UnknownCriterionEffect(
                        criterion: criterion, value: outcome.value, range: range,
                        newWinner: outcome.winner,
                        scores: outcome.scores))
            }
        }
        return effects
    }
}
