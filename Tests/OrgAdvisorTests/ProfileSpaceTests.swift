import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("Profile space")
struct ProfileSpaceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let declaration: String
        let conditions: [String]
        let expected: [String]
        var testDescription: String { "\(declaration) with \(conditions)" }
    }

    static let cases: [Case] = [
        Case(declaration: "integer from 1", conditions: ["n >= 3"], expected: ["1…2", ">= 3"]),
        Case(
            declaration: "integer from 1", conditions: ["n >= 3", "n = 1"],
            expected: ["1", "2", ">= 3"]),
        Case(
            declaration: "integer from 1", conditions: ["n < 50", "n >= 50 and n < 250"],
            expected: ["1…49", "50…249", ">= 250"]),
        Case(declaration: "integer", conditions: ["n > 0"], expected: ["<= 0", ">= 1"]),
        Case(declaration: "integer from 0 to 10", conditions: [], expected: ["0…10"]),
        Case(declaration: "integer", conditions: [], expected: ["any"]),
        Case(
            declaration: "integer from 0 to 10", conditions: ["n != 10"], expected: ["0…9", "10"]),
        Case(
            declaration: "integer from 0 to 10", conditions: ["n in [2, 4]"],
            expected: ["0…1", "2", "3", "4", "5…10"]),
        Case(
            declaration: "decimal from 0 to 1", conditions: ["n >= 0.5"],
            expected: [">= 0 and < 0.5", "0.5…1"]),
        Case(
            declaration: "decimal", conditions: ["n > 2.5", "n != 2.5"],
            expected: ["< 2.5", "2.5", "> 2.5"]
        ),
        Case(declaration: "decimal", conditions: ["n <= 2.5"], expected: ["<= 2.5", "> 2.5"]),
        Case(
            declaration: "decimal from 0 to 1", conditions: ["n = 1"],
            expected: [">= 0 and < 1", "1"]),
    ]

    static func rules(_ testCase: Case) throws -> RuleBase {
        var source = """
            criterion n: \(testCase.declaration)
                label "N"
                weight 1
            form a
                label "A"
                description "A"

            """
        for (offset, condition) in testCase.conditions.enumerated() {
            source += """
                rule r\(offset)
                    when \(condition)
                    points a 1
                    because "r"

                """
        }
        return try RuleBase(source: source)
    }

    @Test("numbers split at the constants of the conditions, and no finer", arguments: cases)
    func partition(_ testCase: Case) throws {
        let rules = try Self.rules(testCase)
        let space = ProfileSpace(rules)
        #expect(space.classes[0].map(\.intervalText) == testCase.expected)
        for valueClass in space.classes[0] {
            #expect(valueClass.contains(valueClass.representative))
            #expect(
                space.classIndex(of: valueClass.representative, criterion: 0) == valueClass.index)
        }
    }

    @Test("every value scores like its class's representative", arguments: cases)
    func representativesAreFaithful(_ testCase: Case) throws {
        let rules = try Self.rules(testCase)
        let space = ProfileSpace(rules)
        var profile = Profile(for: rules)
        var scores: [Score] = []
        var expected: [Score] = []
        for tenth in -40...400 {
            let value = rules.criteria[0].kind == .integer ? Double(tenth / 10) : Double(tenth) / 20
            guard (try? rules.check(value, for: rules.criteria[0], text: "")) != nil else {
                continue
            }
            let index = try #require(space.classIndex(of: value, criterion: 0))
            profile.setRawValue(value, at: 0)
            rules.score(profile, into: &scores)
            profile.setRawValue(space.classes[0][index].representative, at: 0)
            rules.score(profile, into: &expected)
            #expect(scores == expected, "value \(value)")
        }
    }

    @Test("the built-in rules' space: classes and sizes")
    func builtIn() throws {
        let rules = RuleBase.builtIn
        let space = ProfileSpace(rules)
        let sites = try #require(rules.criterion("sites"))
        let employees = try #require(rules.criterion("employees"))
        #expect(space.classes[sites.index].map(\.intervalText) == ["1", "2", ">= 3"])
        #expect(space.classes[employees.index].map(\.intervalText) == ["1…49", "50…249", ">= 250"])
        let all = Array(rules.criteria.indices)
        let full = try #require(space.fullCount)
        let withUnknown = try #require(space.count(of: all, includingUnknown: true))
        #expect(full == all.reduce(1) { $0 * space.classes[$1].count })
        #expect(withUnknown > full)
    }

    @Test("enumeration in parts gives the whole sequence once, in order")
    func enumerationInParts() throws {
        let rules = RuleBase.builtIn
        let space = ProfileSpace(rules)
        let varying = [0, 1, 3]
        let base = Profile(for: rules)
        var whole: [Profile] = []
        space.forEach(varying: varying, of: base, includingUnknown: true) { _, profile in
            whole.append(profile)
        }
        #expect(whole.count == space.count(of: varying, includingUnknown: true))
        #expect(Set(whole).count == whole.count)
        var parts: [Profile] = []
        for start in stride(from: 0, to: whole.count, by: 7) {
            space.forEach(
                varying: varying, of: base, includingUnknown: true,
                in: start..<min(whole.count, start + 7)
            ) { index, profile in
                #expect(index == parts.count)
                parts.append(profile)
            }
        }
        #expect(parts == whole)
        // The last option of each criterion is "unknown".
        #expect(whole.last.map { p in varying.allSatisfy { !p.isGiven($0) } } == true)
    }
}
