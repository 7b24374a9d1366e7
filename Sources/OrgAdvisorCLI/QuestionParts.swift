import OrgAdvisor

/// How the commands weigh the next question: on every core, for a rule base large
/// enough that threads pay (200 rules or more) and more than one criterion to ask about;
/// else on this thread. Either way, the same question.
enum QuestionParts {
    /// The parts to cut the next question's weighing into for `evaluation`'s profile.
    static func count(_ rules: RuleBase, _ evaluation: Evaluation) -> Int {
        Parallel.cores > 1 && rules.rules.count >= 200 && evaluation.unknownCriteria.count > 1
            ? Parallel.cores : 1
    }

    /// The next question after `evaluation`, weighed in ``count(_:_:)`` parts.
    static func nextQuestion(_ rules: RuleBase, _ evaluation: Evaluation) -> QuestionChoice? {
        let parts = count(rules, evaluation)
        guard parts > 1 else { return rules.nextQuestion(for: evaluation) }
        return rules.nextQuestion(for: evaluation, parts: parts, map: Parallel.map)
    }

    /// The interview's next question, weighed in ``count(_:_:)`` parts for the
    /// interview's evaluation so far.
    static func nextQuestion(_ interview: Interview) -> QuestionChoice? {
        interview.nextQuestion(parts: { count(interview.ruleBase, $0) }, map: Parallel.map)
    }
}
