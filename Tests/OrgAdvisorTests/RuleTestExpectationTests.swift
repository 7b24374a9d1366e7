import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// `expect status` and `expect lead >= N` in test files: what they check, what a failure
/// says, and how a mistake in them is reported.
@Suite("Rule test files: status and lead")
struct RuleTestExpectationTests {
    /// Volume high and telephone: help-desk 3, hotline -1 (decided, lead 4). Volume low
    /// and e-mail: 6 each (a tie). Telephone alone: hotline 2, help-desk 0, and a high
    /// volume would turn it (provisional).
    static let rules = """
        criterion volume: level
            label "Taux de demande de support"
            weight 3
            value low
            value high

        criterion channels: choice
            label "Moyens de contact"
            weight 2
            value phone
            value multichannel

        form hotline
            label "Hotline"
            description "C’est la forme la plus simple d’une unité de support centralisée."

        form help-desk
            label "Help-Desk"
            description "C’est une unité de support capable de résoudre des problèmes plus complexes."

        rule few-calls
            when volume = low
            points hotline +2
            because "« peut traiter immédiatement tous les appels des clients »"

        rule many-calls
            when volume = high
            points hotline -1, help-desk +1
            because "Avec beaucoup de demandes, une Hotline est débordée."

        rule email-chat
            when channels = multichannel
            points help-desk +3
            because "« atteinte par e-mail ou chat »"

        rule telephone
            when channels = phone
            points hotline +1
            because "« un point de contact téléphonique »"
        """

    /// A case and the failures it must give (as "expected | actual"), none when it passes.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        var failures: [String]
        var testDescription: String { name }
    }

    static let allCases: [Case] = [
        Case(
            name: "decided, with the lead it has",
            source: """
                case c
                    given volume = high, channels = phone
                    expect status decided
                    expect lead >= 4
                """, failures: []),
        Case(
            name: "a lead one point short",
            source: """
                case c
                    given volume = high, channels = phone
                    expect lead >= 4.5
                """,
            failures: [
                "lead >= 4.5 ('help-desk' over the second) | lead 4 ('help-desk' over 'hotline')"
            ]),
        Case(
            name: "provisional, not decided",
            source: """
                case c
                    given channels = phone
                    expect status decided
                    expect status provisional
                """, failures: ["status decided | status provisional"]),
        Case(
            name: "a tie leads by nothing",
            source: """
                case c
                    given volume = low, channels = multichannel
                    expect status tie
                    expect lead >= 0
                    expect lead >= 1
                """,
            failures: [
                "lead >= 1 ('hotline' over the second) | lead 0 ('hotline' over 'help-desk')"
            ]),
        Case(
            name: "nothing given",
            source: """
                case c
                    expect status nothing-given
                """, failures: []),
    ]

    @Test("status and lead expectations hold or fail with what happened", arguments: allCases)
    func expectations(_ testCase: Case) throws {
        let rules = try RuleBase(source: Self.rules, path: "example.orgrules")
        let suite = try RuleTestSuite(
            files: [SourceFile(path: "example.orgtests", text: testCase.source)], ruleBase: rules)
        let failures = try #require(suite.run().first).failures
        #expect(failures.map { "\($0.expected) | \($0.actual)" } == testCase.failures)
    }

    /// A mistake and the message (and help) it gives.
    struct Mistake: Sendable, CustomTestStringConvertible {
        var line: String
        var message: String
        var help: String?
        var testDescription: String { line }
    }

    static let allMistakes: [Mistake] = [
        Mistake(
            line: "expect status decide",
            message:
                "unknown status 'decide'; expected 'decided', 'provisional', 'tie' or 'nothing-given'",
            help: "did you mean 'decided'?"),
        Mistake(
            line: "expect lead 3",
            message: "expected '>=' (expect lead >= N), found '3'"),
        Mistake(
            line: "expect lead >= -1",
            message:
                "invalid lead '-1'; expected a number of points, 0 or more, with at most 3 decimals"
        ),
        Mistake(
            line: "expect lead >= 0.0001",
            message:
                "invalid lead '0.0001'; expected a number of points, 0 or more, with at most 3 decimals"
        ),
    ]

    @Test(
        "a mistake in a status or lead expectation is reported where it is",
        arguments: allMistakes)
    func mistakes(_ mistake: Mistake) throws {
        let rules = try RuleBase(source: Self.rules, path: "example.orgrules")
        let source = "case c\n    given volume = high\n    \(mistake.line)\n"
        let error = #expect(throws: RuleBaseError.self) {
            try RuleTestSuite(
                files: [SourceFile(path: "example.orgtests", text: source)], ruleBase: rules)
        }
        let diagnostic = try #require(error?.diagnostics.first)
        #expect(diagnostic.message == mistake.message)
        #expect(diagnostic.help == mistake.help)
        #expect(diagnostic.location?.line == 3)
    }
}
