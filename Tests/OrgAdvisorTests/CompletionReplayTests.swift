import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Bounds and possible winners when giving an unknown criterion would change a derived
/// fact: a completion gives every criterion unknown after derivation a value, and the
/// derivations are derived again from it (``RuleBase/replayedAnalysis(given:facts:)``).
/// Keeping every derived fact as it is differs when a derived fact was set by a
/// derivation while an earlier derivation of the same criterion (which wins when it
/// applies) was undecided: giving the criterion it reads can replace the derived value.
@Suite("Completions replay derivations")
struct CompletionReplayTests {
    /// The smallest case: `x` is derived `b` from `z = yes` because the earlier
    /// derivation, `x = a` when `y = yes`, is undecided while `y` is not given.
    static let source = """
        criterion y: yesno
            label "y"
        criterion z: yesno
            label "z"
        criterion x: choice
            label "x"
            value a
            value b

        form p
            label "P"
            description "P."
        form q
            label "Q"
            description "Q."

        derive first
            set x = a
            when y = yes
        derive second
            set x = b
            when z = yes

        rule r
            when x = a
            points q +1
            because "r."
        """

    @Test("an undecided earlier derivation: the criterion it reads can still change the winner")
    func undecidedEarlierDerivation() throws {
        let rules = try RuleBase(source: CompletionReplayTests.source)
        let evaluation = rules.evaluate(try rules.profile(["z": "yes"]))
        #expect(evaluation.fact(2) == 1)  // x = b, from z = yes
        #expect(evaluation.unknownCriteria == [0])  // y
        // Given y = yes, x is derived a and Q wins.
        let completed = rules.evaluate(try rules.profile(["z": "yes", "y": "yes"]))
        #expect(completed.winner.id == "q")
        #expect(evaluation.possibleWinners == [0, 1])
        #expect(evaluation.bounds[1] == Score.zero...Score(points: 1))
        #expect(evaluation.winnerCouldChange)
        #expect(evaluation.boundsAreExact)
    }

    /// A derived fact that replaying leaves unset: `w` is derived from `x = b`, which
    /// `y = yes` replaces by `x = a`; `w` is then unknown, and the rule reading `w = no`
    /// does not fire (giving `w` every class would take 5 points from Q).
    static let lostSource = """
        criterion y: yesno
            label "y"
        criterion z: yesno
            label "z"
        criterion x: choice
            label "x"
            value a
            value b
        criterion w: yesno
            label "w"

        form p
            label "P"
            description "P."
        form q
            label "Q"
            description "Q."

        derive first
            set x = a
            when y = yes
        derive second
            set x = b
            when z = yes
        derive third
            set w = yes
            when x = b

        rule r
            when w = yes
            points p +1
            because "r."
        rule t
            when x = a
            points q +1
            because "t."
        rule u
            when w = no
            points q -5
            because "u."
        """

    @Test("a derived fact that replaying leaves unset stays unknown in that completion")
    func lostDerivedFact() throws {
        let rules = try RuleBase(source: CompletionReplayTests.lostSource)
        let evaluation = rules.evaluate(try rules.profile(["z": "yes"]))
        #expect(evaluation.unknownCriteria == [0])  // y
        // y = no: x = b, w = yes, P 1, Q 0; y = yes: x = a, w unknown, P 0, Q 1.
        #expect(evaluation.bounds[0] == Score.zero...Score(points: 1))
        #expect(evaluation.bounds[1] == Score.zero...Score(points: 1))
        #expect(evaluation.possibleWinners == [0, 1])
        #expect(evaluation.boundsAreExact)
        let completed = rules.evaluate(try rules.profile(["z": "yes", "y": "yes"]))
        #expect(completed.fact(3) == nil && completed.scores == [.zero, Score(points: 1)])
    }

    @Test(
        "random rule bases: the engine's bounds and winners against completions that replay derivations"
    )
    func randomRuleBases() throws {
        var generator = SeededGenerator(state: 41)
        var pairs = 0
        var atStake = 0
        var disagreeing: [String] = []
        var disagreeingElsewhere: [String] = []
        var estimated = 0
        for _ in 0..<120 {
            let base = RandomRuleBase.random(
                using: &generator, derivations: 2...6, repeatTarget: 2)
            let rules = try RuleBase(source: base.source)
            let reference = ReferenceEvaluator(base, completion: .givenAndDerived)
            for round in 0..<6 {
                // The derived criteria not given, and a few more; or any.
                var missing = Self.missing(base, oneIn: 4, using: &generator)
                if round % 3 == 2 {
                    missing = Set(
                        base.criteria.indices.filter { _ in Bool.random(using: &generator) })
                }
                let given = base.randomProfile(missing: missing, using: &generator)
                let expected = reference.evaluate(given)
                let evaluation = rules.evaluate(
                    try CompiledFormPropertyTests.profile(rules, base, given), trace: false)
                pairs += 1
                let stake = CompletionReplayTests.hasUndecidedEarlierDerivation(base, expected)
                if stake { atStake += 1 }
                let bounds = evaluation.bounds.map { $0.lowerBound.micro...$0.upperBound.micro }
                if !evaluation.boundsAreExact { estimated += 1 }
                guard
                    !Self.covers(
                        bounds, evaluation.possibleWinners, isExact: evaluation.boundsAreExact,
                        expected.bounds, expected.possibleWinners)
                else { continue }
                let message = CompiledFormPropertyTests.describe(
                    base, given,
                    [
                        "bounds \(bounds), possible winners \(evaluation.possibleWinners); "
                            + "expected \(expected.bounds), \(expected.possibleWinners)"
                    ])
                if stake {
                    disagreeing.append(message)
                } else {
                    disagreeingElsewhere.append(message)
                }
            }
        }
        #expect(pairs == 720)
        #expect(atStake > 20)
        // No over-estimate: a derived fact that no derivation sets again once the
        // derivations are replayed has its few completions scored one by one.
        #expect(estimated == 0, "\(estimated) estimated of \(atStake)")
        // Everywhere else, the two readings are the same.
        #expect(disagreeingElsewhere.isEmpty, "\(disagreeingElsewhere.first ?? "")")
        #expect(
            disagreeing.isEmpty,
            """
            \(disagreeing.count) of \(atStake) pairs with an undecided earlier derivation \
            disagree; the first:
            \(disagreeing.first ?? "")
            """)
    }

    @Test("past the replay's limit, a safe over-estimate that says so")
    func overEstimates() throws {
        // With no combination replayed, every fact not given is left unknown.
        var generator = SeededGenerator(state: 43)
        var estimated = 0
        var compared = 0
        for _ in 0..<160 {
            let base = RandomRuleBase.random(
                using: &generator, derivations: 2...6, repeatTarget: 2)
            let rules = try RuleBase(source: base.source)
            let reference = ReferenceEvaluator(base, completion: .givenAndDerived)
            for _ in 0..<6 {
                let missing = Self.missing(base, oneIn: 3, using: &generator)
                let given = base.randomProfile(missing: missing, using: &generator)
                let profile = try CompiledFormPropertyTests.profile(rules, base, given)
                let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
                guard
                    let result = rules.replayedAnalysis(
                        given: profile.values, facts: facts, limit: 0)
                else { continue }
                compared += 1
                if !result.isExact { estimated += 1 }
                let expected = reference.evaluate(given)
                Self.expectCovers(result, expected.bounds, expected.possibleWinners, base.source)
            }
        }
        #expect(compared > 50)
        #expect(estimated == compared)
    }

    @Test("a derived fact left unset, its completions past the limit: a safe over-estimate")
    func unsetFactOverEstimate() throws {
        // `lostSource` with one more criterion, read by a rule only: with `y = yes`, `w` is
        // left unset, and the three completions of `v` are past a limit of two.
        let source =
            CompletionReplayTests.lostSource + """

                criterion v: choice
                    label "v"
                    value one
                    value two
                    value three

                rule s
                    when v = two
                    points p +3
                    because "s."
                """
        let rules = try RuleBase(source: source)
        let profile = try rules.profile(["z": "yes"])
        let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
        let exact = try #require(rules.replayedAnalysis(given: profile.values, facts: facts))
        #expect(exact.isExact)
        let estimate = try #require(
            rules.replayedAnalysis(given: profile.values, facts: facts, limit: 2))
        #expect(!estimate.isExact)
        Self.expectCovers(
            estimate, exact.bounds.map { $0.lowerBound.micro...$0.upperBound.micro },
            exact.possibleWinners, source)
        // The estimate gives `w` every class where it is unset: `w = no` takes 5 from Q.
        #expect(estimate.bounds[1].lowerBound < exact.bounds[1].lowerBound)
    }

    /// The criteria a random profile leaves out: every derived one, and each other one
    /// with a chance of one in `oneIn`.
    static func missing(
        _ base: RandomRuleBase, oneIn: Int, using generator: inout SeededGenerator
    ) -> Set<Int> {
        var missing = Set(base.derivations.map(\.target))
        for index in base.criteria.indices where Int.random(in: 0..<oneIn, using: &generator) == 0 {
            missing.insert(index)
        }
        return missing
    }

    /// Expects `result` to hold the true bounds and possible winners (``covers``).
    static func expectCovers(
        _ result: CompletionAnalysis.Result, _ bounds: [ClosedRange<Int64>], _ winners: [Int],
        _ source: String
    ) {
        let found = result.bounds.map { $0.lowerBound.micro...$0.upperBound.micro }
        #expect(
            covers(found, result.possibleWinners, isExact: result.isExact, bounds, winners),
            """
            found \(found), \(result.possibleWinners) (exact: \(result.isExact)); \
            expected \(bounds), \(winners)
            \(source)
            """)
    }

    /// Whether bounds and possible winners found hold the true ones: equal when they say
    /// they are exact, around them when they are an over-estimate.
    static func covers(
        _ found: [ClosedRange<Int64>], _ foundWinners: [Int], isExact: Bool,
        _ bounds: [ClosedRange<Int64>], _ winners: [Int]
    ) -> Bool {
        if isExact { return found == bounds && foundWinners == winners }
        return zip(found, bounds).allSatisfy {
            $0.lowerBound <= $1.lowerBound && $0.upperBound >= $1.upperBound
        } && Set(winners).isSubset(of: foundWinners)
    }

    /// Whether a derived fact was set while an earlier derivation of the same criterion
    /// (which would win if it applied) was undecided.
    static func hasUndecidedEarlierDerivation(
        _ base: RandomRuleBase, _ result: ReferenceEvaluator.Result
    ) -> Bool {
        result.derivedBy.contains { target, setter in
            (0..<setter).contains { index in
                base.derivations[index].target == target
                    && result.derivationOutcomes[index] == .unknown
            }
        }
    }
}
