import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The next best question (``RuleBase/nextQuestion(for:excluding:)``) and the interview
/// that asks it.
@Suite("Next question and interview")
struct QuestionChoiceTests {
    /// `decisive` alone settles p against q; `idle` moves p by one point, which never
    /// changes the outcome.
    static let source = """
        criterion decisive: yesno
            label "Decisive"
            question en "Decisive?" fr "Décisif ?"
        criterion idle: yesno
            label "Idle"
        form p
            label "P"
            description "P"
        form q
            label "Q"
            description "Q"
        rule decisive-yes
            when decisive = yes
            points p +10
            because "d"
        rule decisive-no
            when decisive = no
            points q +10
            because "d"
        rule idle-no
            when idle = no
            points p +1
            because "i"
        """

    /// p leads by one point given `base`; `light = yes` or `heavy = yes` each give q two
    /// points (rule weight 1), so each question narrows as much, and `heavy` weighs more.
    static let weighted = """
        criterion base: yesno
            label "Base"
        criterion light: yesno
            label "Light"
        criterion heavy: yesno
            label "Heavy"
            weight 2
        form p
            label "P"
            description "P"
        form q
            label "Q"
            description "Q"
        rule base-yes
            when base = yes
            points p +1
            because "b"
        rule light-yes
            when light = yes
            weight 1
            points q +2
            because "l"
        rule heavy-yes
            when heavy = yes
            weight 1
            points q +2
            because "h"
        """

    /// p wins when `a` and `b` agree, q when they differ: no single answer narrows the
    /// choice, both together decide it. `a` and `b` weigh `weights`.
    static func together(weights: (a: Int, b: Int)) -> String {
        """
        criterion given: yesno
            label "Given"
        criterion a: yesno
            label "A"
            weight \(weights.a)
        criterion b: yesno
            label "B"
            weight \(weights.b)
        form p
            label "P"
            description "P"
        form q
            label "Q"
            description "Q"
        rule same-yes
            when a = yes and b = yes
            points p +1
            because "s"
        rule same-no
            when a = no and b = no
            points p +1
            because "s"
        rule different-a
            when a = yes and b = no
            points q +1
            because "d"
        rule different-b
            when a = no and b = yes
            points q +1
            because "d"
        """
    }

    struct Remaining: Sendable, CustomTestStringConvertible {
        let weights: (a: Int, b: Int)
        let excluding: [Int]
        /// The criterion asked, by index (1 is `a`, 2 is `b`), or nil.
        let asked: Int?
        var testDescription: String {
            "weights \(weights.a), \(weights.b), excluding \(excluding)"
        }
    }

    static let remaining = [
        Remaining(weights: (1, 2), excluding: [], asked: 2),
        Remaining(weights: (2, 1), excluding: [], asked: 1),
        Remaining(weights: (1, 1), excluding: [], asked: 1),
        Remaining(weights: (1, 2), excluding: [2], asked: 1),
        Remaining(weights: (1, 2), excluding: [1, 2], asked: nil),
    ]

    @Test(
        "when no single answer narrows, the heaviest criterion read is asked, then the first",
        arguments: remaining)
    func remainingQuestion(_ test: Remaining) throws {
        let rules = try RuleBase(source: Self.together(weights: test.weights))
        let evaluation = rules.evaluate(try rules.profile(["given": "yes"]))
        #expect(evaluation.possibleWinners == [0, 1])
        #expect(rules.nextQuestion(for: evaluation, excluding: test.excluding) == nil)
        let question = rules.remainingQuestion(for: evaluation, excluding: test.excluding)
        #expect(question?.criterion == test.asked)
        // Each of its answers leaves both forms.
        #expect(question.map { $0.worstCase == 2 && $0.total == 4 } ?? true)
    }

    @Test("the question that decides comes first; one that changes nothing is not asked")
    func decisiveFirst() throws {
        let rules = try RuleBase(source: Self.source)
        let evaluation = rules.evaluate(Profile(for: rules))
        #expect(evaluation.status == .nothingGiven)
        let questions = rules.questions(for: evaluation)
        #expect(questions.first?.criterion == 0)
        #expect(questions.first?.worstCase == 1)
        #expect(questions.first?.decidingAnswers == 2)
        #expect(questions.count == 1, "idle narrows nothing")
    }

    @Test("between questions that narrow as much, the heavier criterion first")
    func weightBreaksTies() throws {
        let rules = try RuleBase(source: Self.weighted)
        let evaluation = rules.evaluate(try rules.profile(["base": "yes"]))
        #expect(evaluation.status == .provisional)
        let questions = rules.questions(for: evaluation)
        #expect(questions.map(\.criterion) == [2, 1])
        #expect(questions.map(\.worstCase) == [2, 2])
        #expect(questions.map(\.decidingAnswers) == [1, 1])
        let decided = rules.evaluate(try rules.profile(["base": "yes", "heavy": "yes"]))
        #expect(decided.status == .decided)
        #expect(rules.nextQuestion(for: decided) == nil)
    }

    @Test("an interview: don't know is not asked again, back takes an answer back")
    func interview() throws {
        let rules = try RuleBase(source: Self.source)
        // The question weighed in two parts (run one after the other) is the same.
        func inParts(_ interview: Interview) -> QuestionChoice? {
            interview.nextQuestion(
                after: interview.evaluation(), runner: RecordingRunner(width: 2).runner)
        }
        var interview = Interview(ruleBase: rules, profile: Profile(for: rules))
        #expect(interview.nextQuestion()?.criterion == 0)
        #expect(inParts(interview) == interview.nextQuestion())
        interview.answer(0, value: nil)
        #expect(interview.skipped == [0])
        // No single answer narrows now; idle, which rules read, is still asked.
        #expect(rules.nextQuestion(for: interview.evaluation(), excluding: [0]) == nil)
        #expect(interview.nextQuestion()?.criterion == 1)
        #expect(inParts(interview)?.criterion == 1)
        interview.answer(1, value: 1)
        #expect(interview.nextQuestion() == nil, "every question asked")
        #expect(inParts(interview) == nil)
        #expect(interview.back() == Interview.Step(criterion: 1, value: 1))
        let taken = interview.back()
        #expect(taken == Interview.Step(criterion: 0, value: nil))
        #expect(interview.back() == nil)
        interview.answer(0, value: 0)
        #expect(interview.evaluation().status == .decided)
        #expect(interview.nextQuestion() == nil)
    }
}
