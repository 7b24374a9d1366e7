import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Golden traces and reports of the default rule base, reviewed like code.
@Suite("Report snapshots")
struct ReportSnapshotTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let given: [String: String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "readme-example", given: ["sites": "5", "volume": "high"]),
        Case(
            name: "small-office",
            given: [
                "structure": "centralised", "employees": "12", "volume": "low", "complexity": "low",
                "channels": "phone",
            ]),
        Case(name: "empty-profile", given: [:]),
        // Every form scores 0: a tie, no recommendation.
        Case(name: "tie", given: ["sites": "2"]),
        // The course's Power-User-Organisation, every criterion given: decided.
        Case(
            name: "decided",
            given: [
                "sites": "7", "volume": "high", "employees": "30", "resources": "limited",
                "channels": "multichannel", "powerusers": "yes", "size": "small",
                "complexity": "low", "customers": "internal", "hours": "office",
            ]),
    ]

    private func check(_ text: String, _ path: String) {
        if let mismatch = TestFiles.snapshotMismatch(
            text, at: "Tests/OrgAdvisorTests/Snapshots/" + path)
        {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("text, JSON and Markdown reports", arguments: cases)
    func reports(_ test: Case) throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(test.given))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        let whatIf = rules.whatIf(evaluation.profile, maximumPairs: 0)
        let next = rules.nextQuestion(for: evaluation)
        let hint = "orgadvisor whatif"
        check(
            TextReport(language: .english, explain: .summary, whatIfHint: hint).render(
                evaluation, effects: effects, whatIf: whatIf, nextQuestion: next),
            "\(test.name).summary.en.txt")
        check(
            TextReport(language: .french, explain: .full, whatIfHint: hint).render(
                evaluation, effects: effects, whatIf: whatIf, nextQuestion: next),
            "\(test.name).full.fr.txt")
        check(
            TextReport(language: .english, explain: .fails, whatIfHint: hint).render(
                evaluation, effects: effects, whatIf: whatIf, nextQuestion: next),
            "\(test.name).fails.en.txt")
        check(
            evaluation.json(language: .english, nextQuestion: next).serialized(pretty: true)
                + "\n",
            "\(test.name).en.json")
        check(
            MarkdownReport(language: .french).render(
                evaluation, effects: effects, nextQuestion: next),
            "\(test.name).fr.md")
    }

    @Test("a report lists the unknown-criterion effects it is given and computes none")
    func effectsAreGiven() throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(["sites": "5"]))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        try #require(evaluation.winnerCouldChange && !effects.isEmpty)
        let text = TextReport(language: .english)
        #expect(text.render(evaluation, effects: effects).contains("would make"))
        #expect(!text.render(evaluation, effects: []).contains("would make"))
        let markdown = MarkdownReport(language: .english)
        #expect(markdown.render(evaluation, effects: effects).contains("would make"))
        #expect(!markdown.render(evaluation, effects: []).contains("would make"))
    }

    @Test("reports are byte-identical from run to run")
    func deterministic() throws {
        let rules = RuleBase.builtIn
        let profile = try rules.profile(["sites": "5", "volume": "high"])
        let first = rules.evaluate(profile).json(language: .french).serialized()
        for _ in 0..<20 {
            #expect(rules.evaluate(profile).json(language: .french).serialized() == first)
        }
    }

    @Test("text reports fit 80 columns")
    func width() throws {
        let rules = RuleBase.builtIn
        for test in Self.cases {
            let evaluation = rules.evaluate(try rules.profile(test.given))
            for language in Language.allCases {
                for level in ExplainLevel.allCases {
                    let text = TextReport(
                        language: language, explain: level, width: 80,
                        whatIfHint: "orgadvisor whatif"
                    ).render(
                        evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
                        whatIf: rules.whatIf(evaluation.profile, maximumPairs: 0))
                    for line in text.split(separator: "\n") {
                        #expect(line.count <= 80, "\(test.name) \(language) \(level): \(line)")
                    }
                }
            }
        }
    }
}
