import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The headline's list of the forms that could still win says when it is a safe
/// over-estimate (the analysis ran out of work), in every report and both languages, and
/// only then.
@Suite("Headline: estimated possible winners")
struct HeadlineEstimateTests {
    /// A provisional result of the built-in rules, as it is and as if its bounds had
    /// been estimated.
    static func evaluations() throws -> (exact: Evaluation, estimated: Evaluation) {
        let rules = RuleBase.builtIn
        let exact = rules.evaluate(try rules.profile(["sites": "5"]))
        try #require(exact.status == .provisional && exact.boundsAreExact)
        let estimated = Evaluation(
            ruleBase: rules, profile: exact.profile, facts: exact.facts,
            derivedBy: exact.derivedBy, scores: exact.scores, ranking: exact.ranking,
            unknownCriteria: exact.unknownCriteria, bounds: exact.bounds,
            possibleWinners: exact.possibleWinners, boundsAreExact: false, advice: exact.advice,
            trace: exact.trace)
        return (exact, estimated)
    }

    /// The headline's "could still win" line of each report of `evaluation`.
    static func lines(_ evaluation: Evaluation, _ language: Language) -> [String] {
        let strings = ReportStrings.of(language)
        let reports = [
            TextReport(language: language, explain: .summary, whatIfHint: "").renderSummary(
                evaluation),
            MarkdownReport(language: language).render(evaluation, effects: []),
            HTMLReport(language: language).render(
                evaluation, effects: [],
                whatIf: evaluation.ruleBase.whatIf(evaluation.profile, maximumPairs: 0)),
            InterviewText(language: language, width: 400).progress(evaluation),
        ]
        return reports.map { report in
            // The line (text reports wrap it) from the label on (lower case in the
            // interview's progress line).
            let flat = report.replacingEvery("\n  ", with: " ").lowercased()
            guard let start = flat.firstRange(ofText: strings.stillPossible.lowercased()) else {
                return ""
            }
            return String(flat[start.lowerBound...].prefix { $0 != "\n" })
        }
    }

    @Test(
        "the mark follows the list when estimated, in every report",
        arguments: [
            Language.english, .french,
        ])
    func marked(_ language: Language) throws {
        let (exact, estimated) = try Self.evaluations()
        let mark = BatchTableStrings.of(language).estimated.trimmingPrefix(" ")
        for line in Self.lines(estimated, language) {
            #expect(line.contains(mark), "\(line)")
        }
        for line in Self.lines(exact, language) {
            #expect(!line.isEmpty && !line.contains(mark), "\(line)")
        }
    }
}
