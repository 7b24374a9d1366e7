import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("What the unknown criteria could change")
struct UnknownCriterionEffectTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let declaration: String
        let condition: String
        /// The ranges that make 'b' lead (the rule gives 'b' a point; 'a' wins ties).
        let expected: [String]
        var testDescription: String { "\(declaration) when \(condition)" }
    }

    static let cases: [Case] = [
        Case(declaration: "integer from 1", condition: "n >= 3", expected: [">= 3"]),
        Case(declaration: "integer from 1", condition: "n < 50", expected: ["<= 49"]),
        Case(declaration: "integer from 1", condition: "n = 2", expected: ["= 2"]),
        Case(
            declaration: "integer from 1", condition: "n >= 50 and n < 250",
            expected: ["50…249"]),
        Case(declaration: "decimal", condition: "n > 2.5", expected: ["> 2.5"]),
        Case(declaration: "decimal", condition: "n < 2.5", expected: ["< 2.5"]),
        Case(declaration: "decimal from 0 to 1", condition: "n >= 0.5", expected: [">= 0.5"]),
        Case(
            declaration: "decimal", condition: "n > 1 and n <= 2",
            expected: ["> 1 and <= 2"]),
        Case(declaration: "decimal", condition: "n = 1.5", expected: ["= 1.5"]),
    ]

    @Test(
        "numbers are described by the exact range of values that changes the winner",
        arguments: cases)
    func ranges(_ testCase: Case) throws {
        let rules = try RuleBase(
            source: """
                criterion n: \(testCase.declaration)
                    label "N"
                    weight 1
                form a
                    label "A"
                    description "A"
                form b
                    label "B"
                    description "B"
                rule r
                    when \(testCase.condition)
                    points b 1
                    because "r"
                """)
        let evaluation = rules.evaluate(Profile(for: rules))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        #expect(effects.map { $0.range?.conditionText ?? "" } == testCase.expected)
        #expect(effects.allSatisfy { $0.newWinner == 1 })
        // The value each effect names really makes 'b' lead.
        for effect in effects {
            var profile = Profile(for: rules)
            profile.setRawValue(effect.value, at: 0)
            #expect(rules.evaluate(profile).ranking[0] == 1)
        }
    }
}
