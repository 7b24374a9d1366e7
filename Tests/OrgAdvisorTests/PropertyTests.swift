import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// A random profile of the rule base with `given` criteria given.
func randomProfile(_ rules: RuleBase, given: Int, using generator: inout SeededGenerator) -> Profile
{
    var profile = Profile(for: rules)
    for index in rules.criteria.indices.shuffled(using: &generator).prefix(given) {
        profile.setRawValue(
            referenceValues(rules)[index].randomElement(using: &generator), at: index)
    }
    return profile
}

@Suite("Properties over random profiles")
struct PropertyTests {
    @Test("the fast scorer and the trace agree on every rule and score")
    func fastMatchesTrace() {
        let rules = RuleBase.builtIn
        var generator = SeededGenerator(state: 1)
        var scores: [Score] = []
        for round in 0..<500 {
            let profile = randomProfile(
                rules, given: round % (rules.criteria.count + 1), using: &generator)
            rules.score(profile, into: &scores)
            let evaluation = rules.evaluate(profile)
            #expect(scores == evaluation.scores)
            var summed = [Score](repeating: .zero, count: rules.forms.count)
            for entry in evaluation.trace!.rules {
                for contribution in entry.contributions {
                    summed[contribution.form] += contribution.score
                }
            }
            #expect(summed == scores)
        }
    }

    @Test("bounds and possible winners equal a brute-force enumeration of the unknown criteria")
    func boundsMatchBruteForce() {
        let rules = RuleBase.builtIn
        let values = referenceValues(rules)
        var generator = SeededGenerator(state: 7)
        var scores: [Score] = []
        for _ in 0..<60 {
            let profile = randomProfile(
                rules, given: Int.random(in: 5...9, using: &generator), using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let unknown = evaluation.unknownCriteria
            var low = [Score](repeating: Score(micro: .max), count: rules.forms.count)
            var high = [Score](repeating: Score(micro: .min), count: rules.forms.count)
            var winners: Set<Int> = []
            var completion = profile
            for index in rules.criteria.indices where !profile.isGiven(index) {
                completion.setRawValue(evaluation.fact(index), at: index)
            }
            var digits = [Int](repeating: 0, count: unknown.count)
            while true {
                for (position, criterion) in unknown.enumerated() {
                    completion.setRawValue(
                        values[criterion][digits[position]], at: criterion)
                }
                rules.score(completion, into: &scores)
                for form in scores.indices {
                    low[form] = min(low[form], scores[form])
                    high[form] = max(high[form], scores[form])
                }
                // Every form at the top, alone or tied, could win.
                for form in scores.indices where scores[form] == scores.max()! {
                    winners.insert(form)
                }
                var position = 0
                while position < digits.count {
                    digits[position] += 1
                    if digits[position] < values[unknown[position]].count { break }
                    digits[position] = 0
                    position += 1
                }
                if position == digits.count { break }
            }
            #expect(evaluation.boundsAreExact)
            #expect(evaluation.bounds == zip(low, high).map { $0...$1 })
            #expect(evaluation.possibleWinners == winners.sorted())
        }
    }
}

@Suite("Derivations: compiled and replayed")
struct DerivationReplayTests {
    @Test("the compiled derivations and the replay give the same facts on random profiles")
    func compiledMatchesReplay() throws {
        for rules in [RuleBase.builtIn, try RuleBase(source: ProgramAnalyseTests.tiesSource)] {
            var generator = SeededGenerator(state: 5)
            for round in 0..<300 {
                let profile = randomProfile(
                    rules, given: round % (rules.criteria.count + 1), using: &generator)
                var replay = profile.values
                rules.replayDerivations(&replay)
                let compiled = rules.withFacts(of: profile) { facts, _ in Array(facts) }
                #expect(
                    zip(replay, compiled).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) })
            }
        }
    }
}
