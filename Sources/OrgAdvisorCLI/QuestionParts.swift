import OrgAdvisor

/// How the commands weigh the next question: the answers of each question of many
/// answers on every core, for a rule base large enough that threads pay (200 rules or
/// more); else on this thread. Either way, the same question.
enum QuestionParts {
    /// The parts to cut each question's answers into for `evaluation`'s profile.
    static func count(_ rules: RuleBase, _ evaluation: Evaluation) -> Int {
        Parallel.cores > 1 && rules.rules.count >= 200 && !evaluation.unknownCriteria.isEmpty
            ? Parallel.cores : 1
    }

    /// The next question after `evaluation`, weighed in ``count(_:_:)`` parts.
    static func nextQuestion(_ rules: RuleBase, _ evaluation: Evaluation) -> QuestionChoice? {
        rules.nextQuestion(for: evaluation, parts: count(rules, evaluation), map: Parallel.map)
    }

    /// The interview's next question after `evaluation`, its evaluation so far, weighed
    /// in ``count(_:_:)`` parts.
    static func nextQuestion(_ interview: Interview, after evaluation: Evaluation)
        -> QuestionChoice?
    {
        interview.nextQuestion(
            after: evaluation, parts: count(interview.ruleBase, evaluation), map: Parallel.map)
    }
}
