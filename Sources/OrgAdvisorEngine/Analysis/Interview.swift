import OrgAdvisorRules

/// A guided consultation: asks the unknown criterion whose answer best narrows the
/// forms that could still win (``RuleBase/nextQuestion(for:excluding:)``), one at a
/// time, until the recommendation is decided or no question is left. Answers can be
/// "don't know" (the criterion is not asked again) and can be taken back.
///
/// ```swift
/// var interview = Interview(ruleBase: rules, profile: Profile(for: rules))
/// while let question = interview.nextQuestion() {
///     interview.answer(question.criterion, value: question.answers[0].valueClass.representative)
/// }
/// print(interview.evaluation().status)
/// ```
public struct Interview: Sendable {
    /// One answer given during the interview.
    public struct Step: Sendable, Hashable {
        /// The criterion asked, by index.
        public let criterion: Int
        /// The value given, or nil for "don't know".
        public let value: Double?
    }

    /// The rule base asked.
    public let ruleBase: RuleBase
    /// The profile so far: what was given before the interview and its answers.
    public private(set) var profile: Profile
    /// The answers given, in order (what was given before the interview is not one).
    public private(set) var steps: [Step] = []

    /// An interview that starts from a profile (criteria already given are not asked).
    public init(ruleBase: RuleBase, profile: Profile) {
        self.ruleBase = ruleBase
        self.profile = profile
    }

    /// The criteria answered "don't know", which are not asked again.
    public var skipped: [Int] { steps.filter { $0.value == nil }.map { $0.criterion } }

    /// The evaluation of the profile so far.
    public func evaluation(trace: Bool = false) -> Evaluation {
        ruleBase.evaluate(profile, trace: trace)
    }

    /// The next question, or nil when the interview is over: the recommendation is
    /// decided, or every question that matters was asked. The question whose answer best
    /// narrows the forms that could still win comes first; when no single answer narrows
    /// them, the remaining criteria are asked by weight (answers together can).
    public func nextQuestion() -> QuestionChoice? {
        nextQuestion(after: evaluation(), runner: .serial)
    }

    /// ``nextQuestion()`` from the interview's evaluation so far (``evaluation(trace:)``,
    /// which the caller has at hand), with the answers of each question of many answers
    /// cut into one part per thread of `runner`: the same question (see
    /// ``RuleBase/nextQuestion(for:excluding:runner:)``).
    ///
    /// ```swift
    /// let evaluation = interview.evaluation()
    /// let question = interview.nextQuestion(after: evaluation, runner: .serial)
    /// ```
    public func nextQuestion(after evaluation: Evaluation, runner: PartRunner) -> QuestionChoice? {
        assert(
            evaluation.profile.values.map { $0.bitPattern } == profile.values.map { $0.bitPattern },
            "an evaluation of another profile than the interview's")
        return ruleBase.nextQuestion(for: evaluation, excluding: skipped, runner: runner)
            ?? ruleBase.remainingQuestion(for: evaluation, excluding: skipped)
    }

    /// Records an answer: a value of the criterion, or nil for "don't know".
    public mutating func answer(_ criterion: Int, value: Double?) {
        steps.append(Step(criterion: criterion, value: value))
        profile.setRawValue(value, at: criterion)
    }

    /// Takes back the last answer and returns it; nil when there is none (the criteria
    /// given before the interview cannot be taken back).
    @discardableResult
    public mutating func back() -> Step? {
        guard let last = steps.popLast() else { return nil }
        profile.setRawValue(nil, at: last.criterion)
        return last
    }
}
