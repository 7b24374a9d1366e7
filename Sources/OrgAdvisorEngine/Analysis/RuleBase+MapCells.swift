import OrgAdvisorRules

extension RuleBase {
    /// The cell of `profile` at column `x` and row `y` of a decision map, from its
    /// evaluation (``evaluate(_:trace:)``, without trace).
    func mapCell(_ profile: Profile, x: Int, y: Int) -> DecisionMap.Cell {
        let evaluation = evaluate(profile, trace: false)
        return DecisionMap.Cell(
            x: x, y: y, scores: evaluation.scores,
            scoresAreFinal: evaluation.bounds.allSatisfy { $0.lowerBound == $0.upperBound },
            tiedAtTop: evaluation.tiedAtTop.sorted(), possibleWinners: evaluation.possibleWinners,
            isExact: evaluation.possibleWinnersAreExact, derived: evaluation.derivedBy.keys.sorted()
        )
    }

    /// The cell of `profile` at column `x` and row `y`, from its completions scored on the
    /// tables (``AnswerCompletions``): what ``evaluate(_:trace:)`` gives, the bounds read
    /// as whether every completion scores the same. Nil when there are too many
    /// completions, only the general analysis can tell, or an unknown criterion could
    /// change a derived fact (``winnersFromCompletions(_:_:)``).
    func mapCell(
        _ profile: Profile, x: Int, y: Int, completions: inout AnswerCompletions
    ) -> DecisionMap.Cell? {
        guard let (found, scores) = winnersFromCompletions(profile, &completions),
            let agree = completions.completionsAgree()
        else { return nil }
        var derived: [Int] = []
        var replay = profile.values
        replayDerivations(&replay) { step, _ in
            if step.outcome == .applied { derived.append(derivations[step.derivation].target) }
        }
        return DecisionMap.Cell(
            x: x, y: y, scores: scores.map { Score(micro: $0) }, scoresAreFinal: agree,
            tiedAtTop: Ranking.top(scores),
            possibleWinners: forms.indices.filter { found & (1 << UInt64($0)) != 0 },
            isExact: true, derived: Array(Set(derived)).sorted())
    }
}
