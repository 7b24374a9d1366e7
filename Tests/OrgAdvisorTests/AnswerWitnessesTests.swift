import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The next question's shortcut (``AnswerWitnesses``): an answer found from one witness
/// completion per form must be exactly what the answer's whole evaluation gives.
@Suite("Next question: answers from witnesses")
struct AnswerWitnessesTests {
    static let cases = [
        RuleBaseSample(seed: 1, ruleBases: 120, coupled: false),
        RuleBaseSample(seed: 2, ruleBases: 120, coupled: false),
        RuleBaseSample(seed: 3, ruleBases: 12, coupled: true),
    ]

    @Test("every answer from witnesses equals the answer's whole evaluation", arguments: cases)
    func witnessesAreExact(_ run: RuleBaseSample) throws {
        var generator = SeededGenerator(state: run.seed)
        var shortcuts = 0
        var evaluated = 0
        var remembered = 0
        for number in 0..<run.ruleBases {
            let rules = try run.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            for round in 0..<6 {
                let profile = randomProfile(
                    rules, given: round % max(1, rules.criteria.count), using: &generator)
                let evaluation = rules.evaluate(profile, trace: false)
                guard evaluation.status != .decided,
                    let witnesses = AnswerWitnesses(
                        ruleBase: rules, evaluation: evaluation, space: space)
                else { continue }
                forEachAnswer(of: evaluation, space: space) { _, _, valueClass, answered in
                    evaluated += 1
                    guard let answer = witnesses.answer(answered, valueClass) else { return }
                    shortcuts += 1
                    let whole = rules.evaluate(answered, trace: false)
                    if whole.boundsAreExact {
                        #expect(answer.possibleWinners == whole.possibleWinners)
                    } else {
                        #expect(Set(answer.possibleWinners).isSubset(of: whole.possibleWinners))
                    }
                    #expect(answer.status == whole.status || !whole.boundsAreExact)
                }
                remembered += witnesses.rememberedHits
            }
        }
        // Answers in turn share one set of witnesses: the completions that put a form at
        // the top for one answer are tried first at the next, and must serve some.
        #expect(remembered > 0)
        // The shortcut must be taken often enough for this test to mean something.
        #expect(shortcuts * 8 > evaluated, "\(shortcuts) shortcuts of \(evaluated) answers")
    }

    @Test("the questions from witnesses equal those from whole evaluations")
    func questionsUnchanged() throws {
        var generator = SeededGenerator(state: 11)
        let sample = RuleBaseSample(seed: 11, ruleBases: 60, coupled: false)
        for number in 0..<sample.ruleBases {
            let rules = try sample.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            let profile = randomProfile(rules, given: 1, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let witnesses = AnswerWitnesses(ruleBase: rules, evaluation: evaluation, space: space)
            for criterion in evaluation.unknownCriteria {
                let quick = rules.question(
                    criterion, for: evaluation, space: space, witnesses: witnesses)
                let whole = rules.question(
                    criterion, for: evaluation, space: space, witnesses: nil)
                #expect(quick == whole || !evaluation.boundsAreExact)
            }
        }
    }
}
