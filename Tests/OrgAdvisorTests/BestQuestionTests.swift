import OrgAdvisorRules
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The next question (``RuleBase/nextQuestion(for:excluding:)``) gives a question up as
/// soon as its answers so far rank it after the best found before: it must still be the
/// first of every question ranked (``RuleBase/questions(for:excluding:)``).
@Suite("Next question: the best found without every answer")
struct BestQuestionTests {
    static let cases = [
        RuleBaseSample(seed: 31, ruleBases: 120, coupled: false),
        RuleBaseSample(seed: 32, ruleBases: 8, coupled: true),
    ]

    @Test("the best question is the first of all questions ranked", arguments: cases)
    func bestIsFirst(_ run: RuleBaseSample) throws {
        var generator = SeededGenerator(state: run.seed)
        var (compared, givenUp, chosen) = (0, 0, 0)
        for number in 0..<run.ruleBases {
            let rules = try run.ruleBase(number, using: &generator)
            for round in 0..<3 {
                let profile = randomProfile(
                    rules, given: round % max(1, rules.criteria.count), using: &generator)
                let evaluation = rules.evaluate(profile, trace: false)
                let excluding = round == 2 ? Array(evaluation.unknownCriteria.prefix(1)) : []
                let all = rules.questions(for: evaluation, excluding: excluding)
                let best = rules.bestQuestion(for: evaluation, excluding: excluding)
                #expect(best.choice == all.first, "rule base \(number), \(profile)")
                compared += 1
                givenUp += best.givenUp
                if best.choice != nil { chosen += 1 }
            }
        }
        // Questions are given up, and most profiles have a question to ask.
        #expect(givenUp > 10, "\(givenUp) questions given up")
        #expect(chosen * 2 > compared, "\(chosen) questions of \(compared)")
    }

    @Test("the best question found in parts is the best question", arguments: [1, 2, 3])
    func partsAgree(_ parts: Int) throws {
        let sample = RuleBaseSample(seed: 33, ruleBases: 60, coupled: false)
        var generator = SeededGenerator(state: sample.seed)
        var (asked, cut) = (0, 0)
        for number in 0..<sample.ruleBases {
            let rules = try sample.ruleBase(number, using: &generator)
            let profile = randomProfile(rules, given: number % 3, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let excluding = number % 4 == 3 ? Array(evaluation.unknownCriteria.suffix(1)) : []
            // Each question cut is weighed in `parts` parts of its answers.
            let recording = RecordingRunner(width: parts)
            let found = rules.nextQuestion(
                for: evaluation, excluding: excluding, runner: recording.runner,
                answersPerPart: 0)
            #expect(recording.counts.allSatisfy { $0 == parts })
            cut += recording.counts.count
            #expect(
                found == rules.nextQuestion(for: evaluation, excluding: excluding),
                "rule base \(number), \(profile)")
            if found != nil { asked += 1 }
        }
        #expect(asked * 3 > sample.ruleBases, "\(asked) questions")
        #expect(parts == 1 ? cut == 0 : cut > asked, "\(cut) questions cut")
    }

    @Test("questions of few answers are spread over the parts, those of many cut into them")
    func fewAnswersNotCut() throws {
        let rules = try RuleBase(source: QuestionChoiceTests.weighted)
        let evaluation = rules.evaluate(try rules.profile(["base": "yes"]))
        let two = RecordingRunner(width: 2)
        let found = rules.nextQuestion(for: evaluation, runner: two.runner)
        #expect(two.counts == [2], "two questions of two answers each, one per part")
        let three = RecordingRunner(width: 3)
        let onThisThread = rules.nextQuestion(for: evaluation, runner: three.runner)
        #expect(three.counts == [], "two questions for three parts")
        #expect(onThisThread == found)
        #expect(found == rules.nextQuestion(for: evaluation))
        #expect(found?.criterion == 2)
        two.reset()
        let cutAll = rules.nextQuestion(for: evaluation, runner: two.runner, answersPerPart: 1)
        #expect(two.counts == [2, 2], "each question in two parts of one answer")
        #expect(cutAll == found)
    }

    /// Ranks as ``RuleBase/questions(for:excluding:)`` orders them: by the worst answer,
    /// then the mean, then the weight, then the criterion.
    static let ranks: [(first: QuestionChoice.Rank, second: QuestionChoice.Rank, before: Bool)] = [
        (rank(2, 4, 2, 1, 0), rank(3, 3, 1, 1, 1), true),
        (rank(2, 3, 2, 1, 1), rank(2, 4, 2, 1, 0), true),
        // 3/2 against 5/3: the means compared without dividing.
        (rank(2, 3, 2, 1, 1), rank(2, 5, 3, 1, 0), true),
        (rank(2, 4, 2, 1, 1), rank(2, 6, 3, 2, 0), false),
        (rank(2, 4, 2, 2, 1), rank(2, 6, 3, 1, 0), true),
        (rank(2, 4, 2, 1, 0), rank(2, 6, 3, 1, 1), true),
        (rank(2, 4, 2, 1, 1), rank(2, 4, 2, 1, 1), false),
    ]

    static func rank(_ worst: Int, _ total: Int, _ count: Int, _ weight: Int, _ criterion: Int)
        -> QuestionChoice.Rank
    {
        QuestionChoice.Rank(
            worstCase: worst, total: total, answerCount: count, weight: FixedDecimal(weight),
            criterion: criterion)
    }

    @Test("questions are ranked by worst answer, mean, weight, then declaration")
    func rankOrder() {
        for (first, second, before) in Self.ranks {
            #expect(first.isBefore(second) == before, "\(first) before \(second)")
        }
    }
}
