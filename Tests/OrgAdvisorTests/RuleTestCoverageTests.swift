import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The coverage of rule test cases (`orgadvisor test --coverage`): what fires, what is
/// reached and what wins, counted per case, on a small rule base whose gaps are known and
/// on the course scenarios.
@Suite("Rule test coverage")
struct RuleTestCoverageTests {
    static let rules = """
        criterion volume: level
            label "Volume"
            value low
            value medium
            value high
        criterion sites: integer from 1
            label "Sites"
        form hotline
            label "Hotline"
            description "H"
        form call-center
            label "Call-center"
            description "C"
        form power-user-organisation
            label "PUO"
            description "P"
        rule few
            when volume = low
            points hotline +2
            because "few"
        rule many
            when volume = high
            points call-center +2
            because "many"
        rule many-sites
            when sites >= 3
            points power-user-organisation +3
            because "sites"
        advice spoc
            title "SPOC"
            text "one contact"
            when volume = high
        advice sla
            title "SLA"
            text "agreements"
            when sites >= 10
        """

    /// Three cases: volume low, volume high with 2 sites, and nothing given (which fires
    /// no rule, so that its first-ranked form does not count as a win).
    static let cases = """
        case low
            given volume = low
            expect winner hotline
        case high
            given volume = high, sites = 2
            expect winner call-center
        case nothing
            expect status nothing-given
        """

    static func coverage() throws -> RuleTestCoverage {
        let ruleBase = try RuleBase(source: rules)
        let suite = try RuleTestSuite(
            files: [SourceFile(path: "cases.orgtests", text: cases)], ruleBase: ruleBase)
        return RuleTestCoverage(suite.run(), ruleBase: ruleBase)
    }

    @Test("counts per rule, value, advice item and form")
    func counts() throws {
        let coverage = try Self.coverage()
        #expect(coverage.caseCount == 3)
        #expect(coverage.failedCases == [])
        #expect(coverage.ruleFirings == [1, 1, 0])
        #expect(coverage.unfiredRules == [2])
        // volume: low, medium, high; sites: < 3, 3…9, >= 10 (the rules' thresholds).
        #expect(coverage.classCounts == [[1, 0, 1], [1, 0, 0]])
        #expect(coverage.unknownCounts == [1, 2])
        #expect(coverage.adviceCounts == [1, 0])
        #expect(coverage.unreachedAdvice == [1])
        // The case where nothing fires wins nothing: hotline and call-center once each.
        #expect(coverage.wins == [1, 1, 0])
        #expect(coverage.formsNeverWinning == [2])
        #expect(coverage.valueOptions == (reached: 5, total: 8))
    }

    @Test("the text lists what no case reaches")
    func text() throws {
        let text = TestCoverageText().render(try Self.coverage())
        #expect(
            text == """
                Coverage of 3 cases (rule base 'rules' unversioned):
                  rules fired     2 of 3   66.7 %
                  values reached  5 of 8   62.5 %
                  advice applied  1 of 2   50.0 %
                  forms winning   2 of 3   66.7 %
                Rules that never fire:
                  many-sites  rules.orgrules:25
                Values no case reaches (given or derived):
                  volume = medium
                  sites 3…9
                  sites >= 10
                Advice that never applies:
                  sla
                Forms that win no case:
                  power-user-organisation

                """)
    }

    @Test("the JSON names its schema, the totals and what no case reaches")
    func json() throws {
        let json = try Self.coverage().json(language: .english)
        guard case .object(let members) = json else {
            Issue.record("not an object")
            return
        }
        let keys = members.map(\.0)
        #expect(
            keys == [
                "schema", "ruleBase", "cases", "failed", "summary", "rules", "criteria", "advice",
                "forms", "uncovered",
            ])
        let text = json.serialized(pretty: false)
        #expect(text.hasPrefix(#"{"schema":"orgadvisor.coverage/1","ruleBase":{"name":"rules""#))
        #expect(
            text.hasSuffix(
                #""uncovered":{"rules":["many-sites"],"values":[{"criterion":"volume","value":"medium","label":"medium"},{"criterion":"sites","value":{"min":3,"minInclusive":true,"max":9,"maxInclusive":true},"label":"3…9"},{"criterion":"sites","value":{"min":10,"minInclusive":true,"max":null,"maxInclusive":null},"label":">= 10"}],"advice":["sla"],"forms":["power-user-organisation"]}}"#
            ))
    }

    @Test("the course scenarios fire every rule, apply every advice item and make every form win")
    func courseScenarios() throws {
        let path = "Examples/course-scenarios.orgtests"
        let suite = try RuleTestSuite(
            files: [SourceFile(path: path, text: try TestFiles.text(path))], ruleBase: .builtIn)
        let coverage = RuleTestCoverage(suite.run(), ruleBase: .builtIn)
        #expect(coverage.failedCases == [])
        #expect(coverage.unfiredRules == [])
        #expect(coverage.unreachedAdvice == [])
        #expect(coverage.formsNeverWinning == [])
        // The one value no scenario reaches: support hours "extended" (no rule reads it).
        #expect(
            coverage.unreachedClasses.map { $0.description(in: .builtIn) } == ["extended hours"])
        #expect(coverage.criteriaNeverUnknown == [])
    }
}
