import OrgAdvisorRules

/// One unknown criterion worth asking about, and what each of its answers would leave:
/// the forms that could still win and whether that decides.
///
/// ```swift
/// let evaluation = rules.evaluate(profile)
/// if let next = rules.nextQuestion(for: evaluation) {
///     print(rules.criteria[next.criterion].question?.text(.english) ?? "")
/// }
/// ```
public struct QuestionChoice: Sendable, Hashable {
    /// One answer to the question: a value class of the criterion.
    public struct Answer: Sendable, Hashable {
        /// The values of the criterion this answer stands for.
        public let valueClass: ValueClass
        /// The forms that could still win after this answer, in declaration order.
        public let possibleWinners: [Int]
        /// The status after this answer.
        public let status: RecommendationStatus
    }

    /// The criterion to ask about, by index.
    public let criterion: Int
    /// Every answer, in the order of the criterion's value classes.
    public let answers: [Answer]

    /// The most forms that could still win after any answer: the fewer, the better the
    /// question narrows the choice whatever the answer.
    public var worstCase: Int { answers.map { $0.possibleWinners.count }.max() ?? 0 }

    /// The forms that could still win, added up over the answers (the mean times the
    /// number of answers): the second measure of how much the question narrows.
    public var total: Int { answers.reduce(0) { $0 + $1.possibleWinners.count } }

    /// The number of answers after which the recommendation is decided.
    public var decidingAnswers: Int { answers.count { $0.status == .decided } }
}

extension RuleBase {
    /// The unknown criteria whose answer narrows the forms that could still win (some
    /// answer leaves fewer), best first: the fewest forms left after the worst answer,
    /// then the fewest on average, then the criterion with the higher weight, then the
    /// one declared first. Empty when the result is decided, or when no single answer
    /// narrows it. Each answer is what its whole evaluation says (with its derivations),
    /// found more cheaply: when it leaves every form that could win before, from one
    /// completion per form (``AnswerWitnesses``); else from every completion of its
    /// unknown criteria on the tables for a question of many answers
    /// (``AnswerCompletions``, whose work the answers share); else from the tables'
    /// analysis of its possible winners alone (``answerFromAnalysis(_:_:ranges:)``); the
    /// rest cost a whole evaluation. The criteria in `excluding` (for example those the
    /// user could not answer) are not asked.
    public func questions(for evaluation: Evaluation, excluding: [Int] = []) -> [QuestionChoice] {
        guard evaluation.status != .decided else { return [] }
        let space = ProfileSpace(self)
        let kept = AnswerPart().prepared(self, evaluation, space)
        let current = evaluation.possibleWinners.count
        var choices: [QuestionChoice] = []
        for criterion in evaluation.unknownCriteria where !excluding.contains(criterion) {
            guard
                let choice = question(
                    criterion, for: evaluation, space: space, witnesses: kept.witnesses,
                    ranges: kept.ranges)
            else { continue }
            if choice.narrows(from: current) { choices.append(choice) }
        }
        return choices.sorted { $0.rank(weights: criteria).isBefore($1.rank(weights: criteria)) }
    }

    /// The question about `criterion`, with what each of its answers would leave: from a
    /// witness of each form that could win before (``AnswerWitnesses``) when the answer
    /// leaves them all; once an answer leaves them unsettled, for a criterion of many
    /// classes, from the answers' completions (``AnswerCompletions``) when they are few
    /// enough, else from the tables' analysis of its possible winners
    /// (``answerFromAnalysis(_:_:ranges:)``), else from the witnesses again, else from
    /// the answer's whole evaluation. `ranges` keeps what the analyses' over-estimates
    /// walk from one answer to the next. Nil as soon as its answers so far rank it after
    /// `rival` however the others turn out (``QuestionChoice/Rank/bound(answers:of:criterion:weight:)``).
    /// With `part`, only the answers of every `part.of`-th class from the `part.index`-th,
    /// whose question is a part of the whole.
    func question(
        _ criterion: Int, for evaluation: Evaluation, space: ProfileSpace,
        witnesses: AnswerWitnesses?, ranges: EstimateRanges? = nil,
        rival: QuestionChoice.Rank? = nil, part: (index: Int, of: Int)? = nil
    ) -> QuestionChoice? {
        var profile = evaluation.profile
        var answers: [QuestionChoice.Answer] = []
        let classes = space.classes[criterion]
        let asked =
            part.map { part in
                stride(from: part.index, to: classes.count, by: part.of).map { classes[$0] }
            } ?? classes
        // Keeping every completion's sums pays over many answers, when they are not many
        // more than the answers (a few answers cost little to evaluate whole).
        var completions =
            asked.count >= Self.manyAnswers
            ? AnswerCompletions(
                ruleBase: self,
                maximumCompletions: Self.completionsPerAnswer * asked.count) : nil
        // The witnesses cost a few scorings and mostly settle an answer that leaves every
        // form (neighbouring answers, from the completions remembered); once they leave
        // one unsettled, the next answers (which leave much the same) try them last.
        var witnessesFirst = witnesses != nil
        for valueClass in asked {
            profile.setRawValue(valueClass.representative, at: criterion)
            let answer: QuestionChoice.Answer
            let triedWitnesses = witnessesFirst
            if witnessesFirst, let witnessed = witnesses?.answer(profile, valueClass) {
                answer = witnessed
            } else {
                witnessesFirst = false
                var fromCompletions: QuestionChoice.Answer?
                if completions != nil {
                    fromCompletions = answerFromCompletions(profile, valueClass, &completions!)
                }
                if let found =
                    fromCompletions ?? answerFromAnalysis(profile, valueClass, ranges: ranges)
                    ?? (triedWitnesses ? nil : witnesses?.answer(profile, valueClass))
                {
                    answer = found
                } else {
                    let answered = evaluate(profile, trace: false)
                    answer = QuestionChoice.Answer(
                        valueClass: valueClass, possibleWinners: answered.possibleWinners,
                        status: answered.status)
                }
            }
            answers.append(answer)
            if let rival,
                rival.isBefore(
                    .bound(
                        answers: answers, of: classes.count, criterion: criterion,
                        weight: criteria[criterion].weight))
            {
                return nil
            }
        }
        return QuestionChoice(criterion: criterion, answers: answers)
    }

    /// The answer that `profile` gives, from the tables' analysis of its possible winners
    /// alone (no bounds, trace or advice), which over-estimates them exactly where
    /// ``evaluate(_:trace:)`` does (``AnalysisEffort/asEvaluation``) and else searches
    /// them: the same answer as the whole evaluation. Nil when only the general analysis
    /// can tell. `ranges`, when given, keeps what the over-estimate walks for the next
    /// answer.
    func answerFromAnalysis(
        _ profile: Profile, _ valueClass: ValueClass, ranges: EstimateRanges? = nil
    ) -> QuestionChoice.Answer? {
        guard let found = winnersAsEvaluated(profile, ranges: ranges) else { return nil }
        return QuestionChoice.Answer(valueClass, winners: found.winners, scores: found.scores)
    }

    /// The fewest answers of a question for which they are found from their completions.
    static let manyAnswers = 8
    /// The most completions per answer for which they are.
    static let completionsPerAnswer = 64

    /// The answer that `profile` gives, from its completions scored on the tables
    /// (``AnswerCompletions``, which keeps what the answers to the same question share):
    /// the same answer as its whole evaluation, without bounds, trace or advice. Nil when
    /// there are too many completions for that, or only the general analysis can tell.
    func answerFromCompletions(
        _ profile: Profile, _ valueClass: ValueClass, _ completions: inout AnswerCompletions
    ) -> QuestionChoice.Answer? {
        guard let found = winnersFromCompletions(profile, &completions) else { return nil }
        return QuestionChoice.Answer(valueClass, winners: found.winners, scores: found.scores)
    }

    /// The possible winners of `profile` (one bit per form) and its scores (one per form),
    /// from its completions scored on the tables (``AnswerCompletions``). Nil when there
    /// are too many completions, only the general analysis can tell, or an unknown
    /// criterion could change a derived fact (the replay's to tell).
    func winnersFromCompletions(_ profile: Profile, _ completions: inout AnswerCompletions)
        -> (winners: UInt64, scores: [Int64])?
    {
        var scores = [Int64](repeating: 0, count: forms.count)
        let program = self.program
        let found = profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { scores in
                program.withFacts(of: given.baseAddress!) { facts, stack -> UInt64? in
                    if let stack,
                        program.derivationsCouldChange(
                            given: given.baseAddress!, facts: facts, stack: stack)
                    {
                        return nil
                    }
                    return completions.winners(facts: facts, scores: scores.baseAddress!)
                }
            }
        }
        return found.map { ($0, scores) }
    }

    /// When no single answer narrows a result that is not decided, the question about the
    /// unknown criterion that rules read with the highest weight (then the one declared
    /// first): answers together can still narrow it. Nil when the result is decided or no
    /// such criterion is left.
    public func remainingQuestion(for evaluation: Evaluation, excluding: [Int] = [])
        -> QuestionChoice?
    {
        guard evaluation.status != .decided else { return nil }
        let read = evaluation.unknownCriteria.filter { criterion in
            !excluding.contains(criterion)
                && rules.contains { $0.criteria.contains(criterion) }
        }
        guard
            let best = read.min(by: { first, second in
                criteria[first].weight != criteria[second].weight
                    ? criteria[first].weight > criteria[second].weight : first < second
            })
        else { return nil }
        let space = ProfileSpace(self)
        let kept = AnswerPart().prepared(self, evaluation, space)
        return question(
            best, for: evaluation, space: space, witnesses: kept.witnesses, ranges: kept.ranges)
    }

    /// The question that best narrows the forms that could still win (the first of
    /// ``questions(for:excluding:)``), or nil when the result is decided or no answer
    /// narrows it. Only the best is wanted, so a question is given up as soon as its
    /// answers so far rank it after the best found before, and the questions of fewer
    /// answers, which cost less, are found first.
    public func nextQuestion(for evaluation: Evaluation, excluding: [Int] = []) -> QuestionChoice? {
        bestQuestion(for: evaluation, excluding: excluding).choice
    }

    /// ``nextQuestion(for:excluding:)`` with the answers of each question of many answers
    /// cut into one part per thread of `runner` (neighbouring answers together, see
    /// ``PartRunner``): the same question, sooner on several cores. The questions of
    /// fewer answers (fewer than 16 per part) are spread whole over the parts, when each
    /// part gets one; then those of many answers are weighed one after the other, each
    /// against the best before it. With a runner of one thread, on this thread.
    ///
    /// ```swift
    /// let next = rules.nextQuestion(for: evaluation, runner: .serial)  // or on threads
    /// ```
    public func nextQuestion(
        for evaluation: Evaluation, excluding: [Int] = [], runner: PartRunner
    ) -> QuestionChoice? {
        nextQuestion(
            for: evaluation, excluding: excluding, runner: runner,
            answersPerPart: Self.answersPerPart)
    }

    /// ``nextQuestion(for:excluding:runner:)`` with parts of at least `answersPerPart`
    /// answers (tests cut the questions of small rule bases too).
    func nextQuestion(
        for evaluation: Evaluation, excluding: [Int] = [], runner: PartRunner,
        answersPerPart: Int
    ) -> QuestionChoice? {
        guard runner.width > 1 else { return nextQuestion(for: evaluation, excluding: excluding) }
        return bestQuestion(
            for: evaluation, excluding: excluding,
            parts: AnswerParts(runner: runner, answersPerPart: answersPerPart))
    }

    /// The fewest answers per part of a question that
    /// ``nextQuestion(for:excluding:runner:)`` cuts into parts: one of fewer is weighed
    /// whole, in one part.
    static let answersPerPart = 16

    /// The best question, as ``nextQuestion(for:excluding:)`` finds it, and how many of
    /// the questions it gave up before their last answer.
    func bestQuestion(for evaluation: Evaluation, excluding: [Int] = [])
        -> (choice: QuestionChoice?, givenUp: Int)
    {
        guard evaluation.status != .decided else { return (nil, 0) }
        let space = ProfileSpace(self)
        let found = best(
            of: askedQuestions(evaluation, excluding: excluding, space: space), for: evaluation,
            space: space, keeping: AnswerPart())
        return (found.best?.choice, found.givenUp)
    }

    /// A question and its rank.
    typealias RankedQuestion = (choice: QuestionChoice, rank: QuestionChoice.Rank)

    /// The unknown criteria to ask about, but `excluding`, those of fewest answers
    /// (which cost less) first.
    func askedQuestions(_ evaluation: Evaluation, excluding: [Int], space: ProfileSpace) -> [Int] {
        evaluation.unknownCriteria.filter { !excluding.contains($0) }
            .sorted { (space.classes[$0].count, $0) < (space.classes[$1].count, $1) }
    }

    /// The best of the questions about `asked`, weighed one after the other, each given up
    /// as soon as its answers so far rank it after the best before (`best` to start
    /// with), with what `keep` keeps from one to the next; and how many were given up.
    func best(
        of asked: [Int], for evaluation: Evaluation, space: ProfileSpace, keeping keep: AnswerPart,
        after best: RankedQuestion? = nil
    ) -> (best: RankedQuestion?, givenUp: Int) {
        var best = best
        var givenUp = 0
        let kept = keep.prepared(self, evaluation, space)
        for criterion in asked {
            guard
                let choice = question(
                    criterion, for: evaluation, space: space, witnesses: kept.witnesses,
                    ranges: kept.ranges, rival: best?.rank)
            else {
                givenUp += 1
                continue
            }
            best = better(choice, than: best, for: evaluation)
        }
        return (best, givenUp)
    }

    /// `choice` with its rank when it narrows the forms that could win after `evaluation`
    /// and ranks before `best`; else `best`.
    func better(_ choice: QuestionChoice, than best: RankedQuestion?, for evaluation: Evaluation)
        -> RankedQuestion?
    {
        let rank = choice.rank(weights: criteria)
        guard choice.narrows(from: evaluation.possibleWinners.count),
            best.map({ rank.isBefore($0.rank) }) ?? true
        else { return best }
        return (choice, rank)
    }
}

extension QuestionChoice {
    /// Whether some answer leaves fewer than `current` forms that could win, or decides.
    func narrows(from current: Int) -> Bool {
        answers.contains { $0.possibleWinners.count < current || $0.status == .decided }
    }
}

extension QuestionChoice.Answer {
    /// The answer of `valueClass` whose profile has these scores (one per form) and
    /// possible winners (one bit per form), with the status its evaluation has: an answer
    /// gives a value, so something is given.
    init(_ valueClass: ValueClass, winners found: UInt64, scores: [Int64]) {
        let formCount = scores.count
        let winners = Array(FormSet(mask: found))
        let top = Ranking.topMask(count: formCount) { scores[$0] }
        let leader = Ranking.order(count: formCount) { scores[$0] }.first ?? 0
        self.init(
            valueClass: valueClass, possibleWinners: winners,
            status: RecommendationStatus(
                anyGiven: true, tied: top.nonzeroBitCount > 1,
                onlyLeaderCanWin: winners == [leader]))
    }
}
