import TestSupport
import Testing

@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The compiled form against a plain evaluator (``ReferenceEvaluator``) on random rule
/// bases (``RandomRuleBase``, compiled from their source text) and random profiles, from
/// none to every criterion unknown: `RuleBase.score`, `RuleBase.evaluate` (scores,
/// ranking, facts, bounds, possible winners, advice, the trace's rules, derivations and
/// inputs), the batch's one-pass `Program.analyse` and the batch's JSON Lines results.
@Suite("Compiled form against a reference evaluator")
struct CompiledFormPropertyTests {
    /// One run: rule bases drawn from a seed, each with its profiles.
    struct Case: Sendable, CustomTestStringConvertible {
        let seed: UInt64
        let ruleBases: Int
        let profilesPerBase: Int

        var testDescription: String {
            "seed \(seed): \(ruleBases) rule bases × \(profilesPerBase) profiles"
        }
    }

    static let cases = [
        Case(seed: 1, ruleBases: 60, profilesPerBase: 16),
        Case(seed: 2, ruleBases: 60, profilesPerBase: 16),
        Case(seed: 3, ruleBases: 60, profilesPerBase: 16),
        Case(seed: 4, ruleBases: 60, profilesPerBase: 16),
    ]

    @Test(
        "the engine agrees with the reference on random rule bases and profiles", arguments: cases)
    func agreesWithReference(_ run: Case) throws {
        var generator = SeededGenerator(state: run.seed)
        var coverage = Coverage()
        var reported = 0
        for number in 0..<run.ruleBases {
            let base = RandomRuleBase.random(using: &generator)
            let rules = try RuleBase(
                source: base.source, path: "random-\(run.seed)-\(number).orgrules")
            try #require(
                rules.criteria.count == base.criteria.count && rules.rules.count == base.rules.count
                    && rules.derivations.count == base.derivations.count
                    && rules.forms.count == base.forms.count)
            let reference = ReferenceEvaluator(base)
            var profiles: [[Double]] = []
            var expected: [ReferenceEvaluator.Result] = []
            for round in 0..<run.profilesPerBase {
                let given: [Double]
                if round % 4 == 3 && !base.derivations.isEmpty {
                    // The derived criteria not given: derivations and chains apply.
                    given = base.randomProfile(
                        missing: Set(base.derivations.map(\.target)), using: &generator)
                } else {
                    given = base.randomProfile(
                        unknown: round % (base.criteria.count + 1), using: &generator)
                }
                let result = reference.evaluate(given)
                let problems = try Self.disagreements(
                    rules, base, given, result, coverage: &coverage)
                coverage.count(result, base)
                if !problems.isEmpty { coverage.disagreeing += 1 }
                if !problems.isEmpty && reported < 3 {
                    reported += 1
                    Issue.record(Comment(rawValue: Self.shrunk(base, given)))
                }
                profiles.append(given)
                expected.append(result)
            }
            let batchProblems = try Self.batchDisagreements(rules, base, profiles, expected)
            if !batchProblems.isEmpty { coverage.disagreeingBatches += 1 }
            if !batchProblems.isEmpty && reported < 3 {
                reported += 1
                let failing = profiles.first { Self.fails(base, $0) }
                Issue.record(
                    Comment(
                        rawValue: failing.map { Self.shrunk(base, $0) }
                            ?? batchProblems.joined(separator: "\n") + "\n" + base.source))
            }
            coverage.pairs += profiles.count
        }
        let covered = Comment(rawValue: coverage.description)
        #expect(coverage.pairs == run.ruleBases * run.profilesPerBase)
        #expect(coverage.disagreeing == 0, covered)
        #expect(coverage.disagreeingBatches == 0, covered)
        // What the cases must cover, so that agreeing means something.
        #expect(coverage.tiesAtTop > coverage.pairs / 5, covered)
        #expect(coverage.severalWinners > coverage.pairs / 5, covered)
        #expect(coverage.allUnknown > coverage.pairs / 20, covered)
        #expect(coverage.noneUnknown > coverage.pairs / 10, covered)
        #expect(coverage.derived > coverage.pairs / 10, covered)
        #expect(coverage.chains > coverage.pairs / 50, covered)
        #expect(coverage.manyCompletions > coverage.pairs / 50, covered)
        #expect(coverage.onePass > coverage.pairs / 10, covered)
        #expect(coverage.estimated == 0, covered)
    }

    /// What the checked pairs covered.
    struct Coverage: CustomStringConvertible {
        var pairs = 0
        var disagreeing = 0
        var disagreeingBatches = 0
        var tiesAtTop = 0
        var severalWinners = 0
        var allUnknown = 0
        var noneUnknown = 0
        var derived = 0
        var chains = 0
        var manyCompletions = 0
        var completions = 0
        /// Pairs with unknown facts whose possible winners ``Program/analyse`` gave.
        var onePass = 0
        /// Pairs whose bounds were a safe over-estimate (derivations replayed).
        var estimated = 0

        mutating func count(_ result: ReferenceEvaluator.Result, _ base: RandomRuleBase) {
            if base.forms.count > 1
                && result.scores[result.ranking[0]] == result.scores[result.ranking[1]]
            {
                tiesAtTop += 1
            }
            if result.possibleWinners.count > 1 { severalWinners += 1 }
            if result.unknownCriteria.count == base.criteria.count { allUnknown += 1 }
            if result.unknownCriteria.isEmpty { noneUnknown += 1 }
            if !result.derivedBy.isEmpty { derived += 1 }
            // A derived fact set by a derivation that read another derived fact.
            if result.derivedBy.values.contains(where: { index in
                base.derivations[index].condition.criteria.contains { result.derivedBy[$0] != nil }
            }) {
                chains += 1
            }
            if result.completions > 256 { manyCompletions += 1 }
            completions += result.completions
        }

        var description: String {
            "\(pairs) pairs (\(disagreeing) disagree, \(disagreeingBatches) batches disagree), \(tiesAtTop) ties at the top, \(severalWinners) with several possible winners, "
                + "\(allUnknown) all unknown, \(noneUnknown) none unknown, \(derived) with derived facts, "
                + "\(chains) with chains, \(manyCompletions) over 256 completions, \(completions) completions, "
                + "\(onePass) answered in one pass with unknown facts, \(estimated) estimated"
        }
    }

    /// The engine's profile for reference values: every given value typed as a user
    /// would (a value id, or a number).
    static func profile(_ rules: RuleBase, _ base: RandomRuleBase, _ given: [Double]) throws
        -> Profile
    {
        var profile = Profile(for: rules)
        for (index, value) in given.enumerated() where !value.isNaN {
            try rules.set(
                base.criteria[index].id, base.value(value, base.criteria[index]), in: &profile)
        }
        return profile
    }

    /// Whether the engine disagrees with the reference on a profile, in any of the
    /// compared answers (false when the rule base does not compile).
    static func fails(_ base: RandomRuleBase, _ given: [Double]) -> Bool {
        guard let rules = try? RuleBase(source: base.source) else { return false }
        let expected = ReferenceEvaluator(base).evaluate(given)
        var coverage = Coverage()
        let problems = (try? disagreements(rules, base, given, expected, coverage: &coverage)) ?? []
        let batch = (try? batchDisagreements(rules, base, [given], [expected])) ?? []
        return !problems.isEmpty || !batch.isEmpty
    }

    /// A failing case shrunk to a small one, described with its disagreements.
    static func shrunk(_ base: RandomRuleBase, _ given: [Double]) -> String {
        let (small, smallGiven) = RandomRuleBase.shrink(base, given, while: fails)
        guard let rules = try? RuleBase(source: small.source) else { return small.source }
        let expected = ReferenceEvaluator(small).evaluate(smallGiven)
        var coverage = Coverage()
        let problems =
            ((try? disagreements(rules, small, smallGiven, expected, coverage: &coverage)) ?? [])
            + ((try? batchDisagreements(rules, small, [smallGiven], [expected])) ?? [])
        return "shrunk from \(base.rules.count) rules and \(base.criteria.count) criteria:\n"
            + describe(small, smallGiven, problems)
    }

    /// The profile as `id=value` pairs, for messages.
    static func describe(_ base: RandomRuleBase, _ given: [Double], _ problems: [String]) -> String
    {
        let pairs = given.indices.filter { !given[$0].isNaN }.map { index in
            base.criteria[index].id + "=" + base.value(given[index], base.criteria[index])
        }
        return "profile: \(pairs.joined(separator: " "))\n" + problems.joined(separator: "\n")
            + "\nrule base:\n" + base.source
    }
}
