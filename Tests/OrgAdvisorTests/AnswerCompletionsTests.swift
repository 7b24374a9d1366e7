import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The next question's answers from their completions (``AnswerCompletions``), which keeps
/// the completions' sums from one answer to the next: each answer must be exactly what its
/// whole evaluation gives, and the whole evaluation must then be exact.
@Suite("Next question: answers from completions")
struct AnswerCompletionsTests {
    static let cases = [
        RuleBaseSample(seed: 1, ruleBases: 80, coupled: false),
        RuleBaseSample(seed: 2, ruleBases: 80, coupled: false),
        RuleBaseSample(seed: 3, ruleBases: 10, coupled: true),
    ]

    @Test("every answer from completions equals the answer's whole evaluation", arguments: cases)
    func completionsAreExact(_ run: RuleBaseSample) throws {
        var generator = SeededGenerator(state: run.seed)
        var found = 0
        var refreshed = 0
        var answered = 0
        for number in 0..<run.ruleBases {
            let rules = try run.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            for round in 0..<5 {
                let profile = randomProfile(
                    rules, given: round % max(1, rules.criteria.count), using: &generator)
                let evaluation = rules.evaluate(profile, trace: false)
                // One per question, as `question` keeps it: answers in class order, and
                // every other one skipped in some rounds (as a witness would).
                var completions = AnswerCompletions(ruleBase: rules)
                forEachAnswer(of: evaluation, space: space) { _, index, valueClass, answer in
                    if index == 0 { completions = AnswerCompletions(ruleBase: rules) }
                    guard round % 2 == 0 || index % 3 != 1 else { return }
                    answered += 1
                    guard let quick = rules.answerFromCompletions(answer, valueClass, &completions)
                    else { return }
                    found += 1
                    if index > 0 { refreshed += 1 }
                    let whole = rules.evaluate(answer, trace: false)
                    #expect(whole.boundsAreExact)
                    #expect(quick.possibleWinners == whole.possibleWinners)
                    #expect(quick.status == whole.status)
                }
            }
        }
        // The shortcut must be taken often enough for this test to mean something.
        #expect(found * 2 > answered, "\(found) answers from completions of \(answered)")
        #expect(refreshed * 3 > found, "\(refreshed) refreshed of \(found)")
    }

    @Test("the questions with every shortcut equal those from whole evaluations")
    func questionsUnchanged() throws {
        var generator = SeededGenerator(state: 12)
        let sample = RuleBaseSample(seed: 12, ruleBases: 60, coupled: false)
        for number in 0..<sample.ruleBases {
            let rules = try sample.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            let profile = randomProfile(rules, given: 1, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let witnesses = AnswerWitnesses(ruleBase: rules, evaluation: evaluation, space: space)
            for criterion in evaluation.unknownCriteria {
                let quick = rules.question(
                    criterion, for: evaluation, space: space, witnesses: witnesses)
                let plain = Self.plainQuestion(criterion, profile, rules, space)
                #expect(quick == plain || !evaluation.boundsAreExact)
            }
        }
    }

    @Test("questions about numbers of many classes equal those from whole evaluations")
    func manyAnswersUnchanged() throws {
        // Two numbers with a few dozen classes each: their questions take every shortcut
        // of `question`, the answers' completions among them, and keep the ranges of the
        // tables from one answer to the next, as `questions(for:)` does.
        let rules = try ClassAnalysisSearchTests.coupledRules(seed: 7, rules: 60)
        let space = ProfileSpace(rules)
        #expect(space.classes[0].count >= RuleBase.manyAnswers)
        var generator = SeededGenerator(state: 207)
        var compared = 0
        for _ in 0..<12 {
            let profile = ClassAnalysisSearchTests.profile(rules, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let witnesses = AnswerWitnesses(ruleBase: rules, evaluation: evaluation, space: space)
            let ranges = EstimateRanges(rules.program)
            for criterion in evaluation.unknownCriteria {
                let quick = rules.question(
                    criterion, for: evaluation, space: space, witnesses: witnesses,
                    ranges: ranges)
                let plain = Self.plainQuestion(criterion, profile, rules, space)
                #expect(quick == plain)
                compared += plain.answers.count
            }
        }
        #expect(compared > 300)
    }

    /// The question about `criterion` from the whole evaluation of each of its answers.
    static func plainQuestion(
        _ criterion: Int, _ profile: Profile, _ rules: RuleBase, _ space: ProfileSpace
    ) -> QuestionChoice {
        var answer = profile
        var answers: [QuestionChoice.Answer] = []
        for valueClass in space.classes[criterion] {
            answer.setRawValue(valueClass.representative, at: criterion)
            let whole = rules.evaluate(answer, trace: false)
            answers.append(
                QuestionChoice.Answer(
                    valueClass: valueClass, possibleWinners: whole.possibleWinners,
                    status: whole.status))
        }
        return QuestionChoice(criterion: criterion, answers: answers)
    }
}
