import OrgAdvisor

/// How the commands weigh the next question: the answers of each question of many
/// answers on every core, for a rule base large enough that threads pay (200 rules or
/// more); else on this thread. Either way, the same question.
enum QuestionParts {
    /// The threads that weigh the next question for `evaluation`'s profile: every core,
    /// or this thread alone.
    static func runner(_ rules: RuleBase, _ evaluation: Evaluation) -> PartRunner {
        PartRunner.cores > 1 && rules.rules.count >= 200 && !evaluation.unknownCriteria.isEmpty
            ? .threads : .serial
    }

    /// The next question after `evaluation`, weighed on ``runner(_:_:)``.
    static func nextQuestion(_ rules: RuleBase, _ evaluation: Evaluation) -> QuestionChoice? {
        rules.nextQuestion(for: evaluation, runner: runner(rules, evaluation))
    }

    /// The interview's next question after `evaluation`, its evaluation so far, weighed
    /// on ``runner(_:_:)``.
    static func nextQuestion(_ interview: Interview, after evaluation: Evaluation)
        -> QuestionChoice?
    {
        interview.nextQuestion(after: evaluation, runner: runner(interview.ruleBase, evaluation))
    }
}
