import TestSupport
import Testing

@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Batch results whose possible winners are a safe over-estimate (past the analysis's
/// limit of work) say so, in every format; exact ones are unchanged.
@Suite("Batch: estimated possible winners")
struct BatchEstimateTests {
    /// A profile with every criterion given (exact whatever the limit), then one with
    /// most criteria unknown.
    static let input = """
        {"shape":"round","tone":"low","open":"yes","region":"north","speed":"fast","count":3}
        {"shape":"round"}
        """

    /// The results of ``input`` with the rule base of ties, one per line (the header row
    /// left out), with no work allowed to the analysis when `estimating`.
    static func results(
        _ format: BatchFormat, language: Language = .english, estimating: Bool
    ) throws -> (rules: RuleBase, lines: [String]) {
        let rules = try RuleBase(source: ProgramAnalyseTests.tiesSource)
        var processor = BatchProcessor(ruleBase: rules, format: format, language: language)
        if estimating { processor.effort = AnalysisEffort(limit: 0) }
        let output = processor.output(of: Array(input.utf8))
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(
            String.init)
        return (rules, lines)
    }

    @Test("JSON Lines: possibleWinnersExact is false, and only, when they are estimated")
    func jsonLines() throws {
        let (rules, estimated) = try Self.results(.jsonl, estimating: true)
        let (_, exact) = try Self.results(.jsonl, estimating: false)
        try #require(estimated.count == 2 && exact.count == 2)
        #expect(estimated[0] == exact[0])
        #expect(!exact[1].contains("possibleWinnersExact"))
        let result = try JSONParser.parse(Array(estimated[1].utf8))
        #expect(result["possibleWinnersExact"] == .bool(false))
        // A safe over-estimate: every form that can win is there.
        var profile = Profile(for: rules)
        profile.setRawValue(0, at: 0)
        let winners = rules.evaluate(profile, trace: false).possibleWinners.map {
            JSONValue.string(rules.forms[$0].id)
        }
        guard case .array(let listed) = result["possibleWinners"] else {
            Issue.record("no possible winners in \(estimated[1])")
            return
        }
        #expect(winners.allSatisfy { listed.contains($0) })
    }

    struct TextCase: Sendable, CustomTestStringConvertible {
        let format: BatchFormat
        let language: Language
        let mark: String
        var testDescription: String { "\(format) \(language)" }
    }

    @Test(
        "CSV and Markdown: the possible winners end with the mark when estimated",
        arguments: [
            TextCase(format: .csv, language: .english, mark: " (estimated)"),
            TextCase(format: .csv, language: .french, mark: " (estimated)"),
            TextCase(format: .markdown, language: .english, mark: " (estimated)"),
            TextCase(format: .markdown, language: .french, mark: " (estimé)"),
        ])
    func textFormats(_ testCase: TextCase) throws {
        let (_, estimated) = try Self.results(
            testCase.format, language: testCase.language, estimating: true)
        let (_, exact) = try Self.results(
            testCase.format, language: testCase.language, estimating: false)
        try #require(estimated.count == 2 && exact.count == 2)
        #expect(estimated[0] == exact[0])
        #expect(!estimated[0].contains(testCase.mark))
        #expect(!exact[1].contains(testCase.mark))
        let separator: Character = testCase.format == .csv ? "," : "|"
        let cells = estimated[1].split(separator: separator, omittingEmptySubsequences: false)
        // The possible winners' cell: after record, line, id, name, status, recommended,
        // winner and tie in CSV; after record, id, name, status, recommended and winner
        // (and the leading border) in Markdown.
        let cell = String(cells[testCase.format == .csv ? 8 : 7])
        #expect(
            cell.trimmingSuffixSpaces.hasSuffix(testCase.mark.trimmingSuffixSpaces),
            "\(estimated[1])")
    }
}

extension String {
    /// The text without its trailing spaces.
    fileprivate var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
