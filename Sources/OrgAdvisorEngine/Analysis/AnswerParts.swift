import OrgAdvisorRules

/// How ``RuleBase/nextQuestion(for:excluding:runner:)`` cuts the answers of each
/// question of many answers: into one part of neighbouring answers per thread of the
/// runner, which runs them, giving their results in part order.
struct AnswerParts {
    /// Runs the parts.
    let runner: PartRunner
    /// The fewest answers a part may have: a question of fewer is not cut.
    let answersPerPart: Int

    /// The number of parts.
    var count: Int { runner.width }

    /// Runs `count` parts, each `part(index)`; the results in part order.
    func map(_ count: Int, _ part: @Sendable (Int) -> QuestionChoice?) -> [QuestionChoice?] {
        runner.map(count, part)
    }
}

/// What the answers of one part keep from one question to the next: its witnesses
/// (``AnswerWitnesses``) and its analyses' walks (``EstimateRanges``), made when the part
/// first weighs answers.
///
/// Sendable without a lock: a part's keep is only used while its part runs, by one
/// thread, and the runner returns (every part done) before the next question starts.
final class AnswerPart: @unchecked Sendable {
    private var kept: (witnesses: AnswerWitnesses?, ranges: EstimateRanges)?

    /// The part's witnesses and walks, made for `evaluation` the first time.
    func prepared(_ ruleBase: RuleBase, _ evaluation: Evaluation, _ space: ProfileSpace)
        -> (witnesses: AnswerWitnesses?, ranges: EstimateRanges)
    {
        if let kept { return kept }
        let made = (
            witnesses: AnswerWitnesses(ruleBase: ruleBase, evaluation: evaluation, space: space),
            ranges: EstimateRanges(ruleBase.program)
        )
        kept = made
        return made
    }
}

extension RuleBase {
    /// The best question, as ``nextQuestion(for:excluding:)`` finds it, weighed in `parts`:
    /// first the questions of few answers, spread over the parts when each gets one (each
    /// part's questions one after the other; those of most answers first, each to the part
    /// with the fewest answers), then the questions of many answers one after the other, each against the
    /// best before, its answers cut into the parts.
    func bestQuestion(for evaluation: Evaluation, excluding: [Int], parts: AnswerParts)
        -> QuestionChoice?
    {
        guard evaluation.status != .decided else { return nil }
        let space = ProfileSpace(self)
        let keeps = (0..<parts.count).map { _ in AnswerPart() }
        let manyAnswers = parts.count * max(parts.answersPerPart, 1)
        let asked = askedQuestions(evaluation, excluding: excluding, space: space)
        let few = asked.filter { space.classes[$0].count < manyAnswers }
        var best: RankedQuestion?
        // The questions of few answers: those of most answers first, each to the part with
        // the fewest answers; each part's weighed in the order asked.
        var split = [(criteria: [Int], answers: Int)](repeating: ([], 0), count: parts.count)
        for criterion in few.reversed() {
            let part = split.indices.min { split[$0].answers < split[$1].answers }!
            split[part].criteria.append(criterion)
            split[part].answers += space.classes[criterion].count
        }
        // Their answers are few but each an analysis of many unknown criteria: in parallel
        // as soon as each part has one (3,000 mixed rules, `--volume high`: 24.9 → 22.5 ms).
        if split.contains(where: { $0.criteria.isEmpty }) {
            best = self.best(of: few, for: evaluation, space: space, keeping: keeps[0]).best
        } else {
            let partCriteria = split.map { Array($0.criteria.reversed()) }
            let found = parts.map(parts.count) { [self] part in
                self.best(
                    of: partCriteria[part], for: evaluation, space: space, keeping: keeps[part]
                ).best?.choice
            }
            for choice in found.compactMap({ $0 }) {
                best = better(choice, than: best, for: evaluation)
            }
        }
        // The questions of many answers, every `parts.count`-th answer in each part:
        // neighbours a few classes apart share much of their work, and each part gets
        // answers of every stretch of the classes, whose costs differ.
        for criterion in asked where space.classes[criterion].count >= manyAnswers {
            let (count, partCount, rival) = (
                space.classes[criterion].count, parts.count, best?.rank
            )
            let answers = parts.map(partCount) { [self] part in
                let kept = keeps[part].prepared(self, evaluation, space)
                return question(
                    criterion, for: evaluation, space: space, witnesses: kept.witnesses,
                    ranges: kept.ranges, rival: rival, part: (part, partCount))
            }
            guard !answers.contains(where: { $0 == nil }) else { continue }
            let choice = QuestionChoice(
                criterion: criterion,
                answers: (0..<count).map { answers[$0 % partCount]!.answers[$0 / partCount] })
            best = better(choice, than: best, for: evaluation)
        }
        return best?.choice
    }
}
