import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("What-if")
struct WhatIfTests {
    private func winner(_ rules: RuleBase, _ profile: Profile) -> Int {
        rules.evaluate(profile, trace: false).ranking[0]
    }

    @Test("every reported change gives its winner, and no part of a pair does it alone")
    func property() {
        let rules = RuleBase.builtIn
        var generator = SeededGenerator(state: 29)
        for _ in 0..<60 {
            var profile = Profile(for: rules)
            for criterion in rules.criteria where Int.random(in: 0..<10, using: &generator) < 7 {
                profile.setRawValue(
                    referenceValues(rules)[criterion.index].randomElement(using: &generator),
                    at: criterion.index)
            }
            let current = winner(rules, profile)
            let result = rules.whatIf(profile)
            #expect(result.winner == current)
            for change in result.single + result.pairs {
                var changed = profile
                for assignment in change.assignments {
                    changed.setRawValue(assignment.value, at: assignment.criterion)
                }
                #expect(winner(rules, changed) == change.newWinner)
                #expect(change.newWinner != current)
                if change.assignments.count == 2 {
                    for assignment in change.assignments {
                        var alone = profile
                        alone.setRawValue(assignment.value, at: assignment.criterion)
                        #expect(
                            winner(rules, alone) == current, "\(rules.describe(assignment)) alone")
                    }
                }
            }
            // Minimal: a single change that works is never listed inside a pair.
            let singles = Set(
                result.single.flatMap(\.assignments).map { "\($0.criterion):\($0.value)" })
            for pair in result.pairs {
                #expect(
                    !pair.assignments.contains { singles.contains("\($0.criterion):\($0.value)") })
            }
        }
    }

    @Test("numbers: the nearest value that changes the winner")
    func nearestNumber() throws {
        let rules = RuleBase.builtIn
        // Hotline for a small centralised office; 3 sites make the structure decentralised.
        let profile = try rules.profile(["sites": "1", "volume": "low", "complexity": "low"])
        let result = rules.whatIf(profile)
        let sites = result.single.filter {
            rules.criteria[$0.assignments[0].criterion].id == "sites"
        }
        #expect(sites.map { rules.describe($0.assignments[0]) } == ["sites >= 3"])
    }

    /// One decimal criterion with a minimum and one threshold: below it form A leads,
    /// from it form B.
    static let decimalSource = """
        criterion hours: decimal from 0
            label "Hours"
        form a
            label "A"
            description "A"
        form b
            label "B"
            description "B"
        rule short
            when hours < 8
            points a +1
            because "short"
        rule long
            when hours >= 8
            points b +1
            because "long"
        """

    @Test(
        "decimals: the nearest value below a threshold is one less (the lowest class), above it the threshold",
        arguments: [("10", 7.0, ComparisonOperator.lessOrEqual), ("3", 8.0, .greaterOrEqual)])
    func nearestDecimal(given: String, expected: Double, direction: ComparisonOperator) throws {
        let rules = try RuleBase(source: Self.decimalSource)
        let result = rules.whatIf(try rules.profile(["hours": given]))
        let change = try #require(result.single.first)
        #expect(result.single.count == 1)
        #expect(change.assignments.count == 1)
        #expect(change.assignments.first?.value == expected)
        #expect(change.assignments.first?.direction == direction)
    }
}
