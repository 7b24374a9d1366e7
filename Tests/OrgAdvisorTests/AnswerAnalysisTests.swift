import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The next question's answers from the tables' analysis of the possible winners alone
/// (``RuleBase/answerFromAnalysis(_:_:ranges:)``, ``AnalysisEffort/asEvaluation``): the winners
/// must be exactly those that an evaluation reports: its analysis with bounds when it
/// enumerates (the search, or the enumeration when the search runs out of work), and past
/// its limit, the exact winners when its short search settles them, else its
/// over-estimate.
@Suite("Next question: answers from the analysis without bounds")
struct AnswerAnalysisTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let seed: UInt64
        /// The work limit of both analyses: low ones reach the over-estimate and the
        /// search that runs out of work.
        let limit: Int
        /// The steps of the short search: with one, it gives up at once, and the search
        /// as long as the enumeration would be (or the enumeration) decides.
        var searchSteps = AnalysisEffort.evaluationSearchSteps
        var testDescription: String {
            "seed \(seed), limit \(limit), \(searchSteps) search steps"
        }
    }

    static let cases = [
        Case(seed: 1, limit: AnalysisEffort.standardLimit), Case(seed: 2, limit: 2_000),
        Case(seed: 3, limit: 300), Case(seed: 4, limit: 40),
        Case(seed: 5, limit: AnalysisEffort.standardLimit, searchSteps: 1),
        Case(seed: 6, limit: 2_000, searchSteps: 1),
    ]

    @Test("the winners equal those of the analysis with bounds", arguments: cases)
    func sameAsEvaluation(_ run: Case) throws {
        let rules = try ClassAnalysisSearchTests.coupledRules(seed: run.seed, rules: 120)
        var generator = SeededGenerator(state: 200 + run.seed)
        let effort = AnalysisEffort(
            limit: run.limit, estimatesAsBounds: true, searchSteps: run.searchSteps)
        var (estimated, exact, searched) = (0, 0, 0)
        for _ in 0..<300 {
            let profile = ClassAnalysisSearchTests.profile(rules, using: &generator)
            var isExact = false
            guard
                let bounded = Self.evaluated(rules, profile, limit: run.limit),
                let truth = Self.evaluated(rules, profile, limit: AnalysisEffort.standardLimit),
                let winners = ClassAnalysisSearchTests.searched(
                    rules, profile, effort: effort, isExact: &isExact)
            else {
                Issue.record("no answer from the tables for \(profile)")
                continue
            }
            try #require(truth.isExact)
            if bounded.isExact {
                exact += 1
                #expect(isExact && winners == bounded.winners, "\(profile)")
            } else if isExact {
                searched += 1
                #expect(winners == truth.winners, "\(profile)")
            } else {
                estimated += 1
                #expect(winners == bounded.winners, "\(profile)")
            }
        }
        // Every path of the evaluation is taken where the limit allows (with the lowest,
        // too few combinations are left to search).
        #expect(exact > 0)
        // (A search of one step past the limit settles nothing.)
        #expect(
            searched > 0 || run.limit == AnalysisEffort.standardLimit || run.limit < 300
                || run.searchSteps == 1)
        #expect(estimated > 0 || run.limit >= 2_000)
    }

    @Test("an answer from the analysis equals the answer's whole evaluation")
    func answersAsEvaluated() throws {
        var generator = SeededGenerator(state: 21)
        var compared = 0
        let sample = RuleBaseSample(seed: 21, ruleBases: 60, coupled: false)
        for number in 0..<sample.ruleBases {
            let rules = try sample.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            let profile = randomProfile(rules, given: 1, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            // One cache for the answers of every question, as the next question keeps it.
            let ranges = EstimateRanges(rules.program)
            forEachAnswer(of: evaluation, space: space) { _, _, valueClass, answer in
                guard let quick = rules.answerFromAnalysis(answer, valueClass, ranges: ranges)
                else { return }
                compared += 1
                let whole = rules.evaluate(answer, trace: false)
                #expect(quick.possibleWinners == whole.possibleWinners)
                #expect(quick.status == whole.status)
            }
        }
        #expect(compared > 100)
    }

    /// An effort for ``rangesKept(_:)``: the over-estimate with a work limit, or the
    /// search, which reads its joint tables' leads from the ranges kept.
    struct RangesCase: Sendable, CustomTestStringConvertible {
        let effort: AnalysisEffort
        let searches: Bool
        var testDescription: String {
            searches ? "the search" : "the over-estimate, limit \(effort.limit)"
        }
    }

    static let rangesCases = [
        RangesCase(effort: AnalysisEffort(limit: 0, estimatesAsBounds: true), searches: false),
        RangesCase(effort: AnalysisEffort(limit: 40, estimatesAsBounds: true), searches: false),
        RangesCase(
            effort: AnalysisEffort(
                searchAbove: 1, estimatesAsBounds: true,
                searchSteps: AnalysisEffort.evaluationSearchSteps),
            searches: true),
    ]

    @Test(
        "the ranges kept from one answer to the next change nothing", arguments: rangesCases)
    func rangesKept(_ run: RangesCase) throws {
        let rules = try ClassAnalysisSearchTests.coupledRules(seed: 5, rules: 120)
        let space = ProfileSpace(rules)
        var generator = SeededGenerator(state: 205)
        let effort = run.effort
        let ranges = EstimateRanges(rules.program)
        var estimated = 0
        for _ in 0..<20 {
            let profile = ClassAnalysisSearchTests.profile(rules, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            // The profile, then every answer to each unknown criterion, one cache for all.
            var profiles = [profile]
            forEachAnswer(of: evaluation, space: space) { _, _, _, answer in
                profiles.append(answer)
            }
            for answer in profiles {
                var kept = true
                var fresh = true
                let withRanges = ClassAnalysisSearchTests.searched(
                    rules, answer, effort: effort, isExact: &kept, ranges: ranges)
                let without = ClassAnalysisSearchTests.searched(
                    rules, answer, effort: effort, isExact: &fresh)
                #expect(withRanges == without, "\(answer)")
                #expect(kept == fresh, "\(answer)")
                if !fresh { estimated += 1 }
            }
        }
        // The over-estimate, which keeps the ranges, is reached; the search settles
        // nearly every answer (the test of the search's leads, and of its witnesses of
        // every form tried first after a search that found every form, is that it
        // settles them as it does without the ranges).
        #expect(run.searches ? estimated < 10 : estimated > 100)
    }

    /// The possible winners of the analysis with bounds that an evaluation runs.
    static func evaluated(_ rules: RuleBase, _ profile: Profile, limit: Int) -> (
        winners: UInt64, isExact: Bool
    )? {
        let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
        var scores = [Score](repeating: .zero, count: rules.forms.count)
        rules.score(profile, into: &scores)
        return rules.program.analyse(
            facts: facts, scores: scores.map { $0.micro }, limit: limit
        ).map { ($0.winners, $0.isExact) }
    }
}
