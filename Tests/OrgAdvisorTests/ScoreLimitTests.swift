import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Scores never wrap around: the limit is checked when rules are compiled and again
/// whenever weights change.
@Suite("Score limit")
struct ScoreLimitTests {
    /// `count` rules that each give form `a` 10,000 points when `volume = high`.
    static func rules(count: Int) throws -> RuleBase {
        var source = """
            criterion volume: level
                label "Volume"
                value low "low"
                value high "high"
            form a
                label "A"
                description "A"
            form b
                label "B"
                description "B"

            """
        for index in 0..<count {
            source += """
                rule r\(index)
                    when volume = high
                    points a +10000, b -1
                    because "r"

                """
        }
        return try RuleBase(source: source)
    }

    @Test("weights that would pass the limit are refused, naming the form")
    func weightsTooLarge() throws {
        let rules = try Self.rules(count: 1000)
        #expect(throws: ProfileError.weightsTooLarge(form: "a")) {
            try rules.withWeights(["volume": FixedDecimal(1_000_000)])
        }
    }

    @Test("weights within the limit give exact scores")
    func exactScores() throws {
        let rules = try Self.rules(count: 1000).withWeights(["volume": FixedDecimal(200_000)])
        var profile = Profile(for: rules)
        profile.values[0] = 1
        let evaluation = rules.evaluate(profile)
        // 1,000 rules × 10,000 points × 200,000.
        #expect(evaluation.scores[0].description == "2000000000000")
        #expect(evaluation.ranking == [0, 1])
    }

    @Test("rule files whose points pass the limit are refused when compiled")
    func compiledLimit() throws {
        var source = """
            criterion volume: level
                label "Volume"
                weight 10000
                value low "low"
                value high "high"
            form a
                label "A"
                description "A"

            """
        // 10,000 × 10,000 per rule: 23,059 rules reach the limit.
        for index in 0..<24_000 {
            source +=
                "rule r\(index)\n    when volume = high\n    points a +10000\n    because \"r\"\n"
        }
        #expect {
            try RuleBase(source: source)
        } throws: { error in
            (error as? RuleBaseError)?.diagnostics.first?.message.contains(
                "the scores of form 'a' could exceed") == true
        }
    }
}
