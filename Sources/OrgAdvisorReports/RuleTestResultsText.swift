import OrgAdvisorEngine
import OrgAdvisorRules

/// The results of rule test cases as text: `PASS id` for each case that passed; for each
/// failure, `FAIL id location`, each expectation that failed with what was expected and
/// what came, and the failing profile's full explanation (indented); then the count of
/// passed and failed cases.
///
/// ```swift
/// let results = try RuleTestSuite(files: files, ruleBase: rules).run()
/// let analyses = results.indices.filter { !results[$0].passed }.map { index in
///     let evaluation = results[index].evaluation
///     return (index, RuleTestResultsText.Analyses(
///         effects: evaluation.ruleBase.unknownCriterionEffects(of: evaluation),
///         whatIf: evaluation.ruleBase.whatIf(evaluation.profile, maximumPairs: 0)))
/// }
/// print(RuleTestResultsText(report: TextReport(language: .english, explain: .full))
///     .render(results, analyses: Dictionary(keepingFirst: analyses)))
/// ```
public struct RuleTestResultsText: Sendable {
    /// The analyses a failure's explanation shows (the renderer computes none).
    public struct Analyses: Sendable {
        /// What each unknown criterion could change.
        public var effects: [UnknownCriterionEffect]
        /// The smallest changes with another winner.
        public var whatIf: WhatIf

        /// Creates the analyses of one failure's profile.
        public init(effects: [UnknownCriterionEffect], whatIf: WhatIf) {
            self.effects = effects
            self.whatIf = whatIf
        }
    }

    /// The renderer of each failure's explanation.
    public var report: TextReport

    /// Creates a renderer whose failures are explained by `report`.
    /// Whether a failing case shows the whole explained report (else its recommendation
    /// and ranking only).
    public var verbose: Bool

    /// Creates a renderer; `verbose` shows each failing case's whole report.
    public init(report: TextReport, verbose: Bool = false) {
        self.report = report
        self.verbose = verbose
    }

    /// The text for `results`; `analyses` holds, by index in `results`, those of each
    /// failure (a failure without them is explained without them).
    public func render(_ results: [RuleTestResult], analyses: [Int: Analyses]) -> String {
        let strings = RuleTestStrings.of(report.language)
        var out = ""
        for (index, result) in results.enumerated() {
            if result.passed {
                out += "\(strings.passed) \(result.testCase.id)\n"
                continue
            }
            out += "\(strings.failed) \(result.testCase.id)  \(result.testCase.location)\n"
            for failure in result.failures {
                let (expected, actual) = strings.texts(failure, result.evaluation)
                out += "  \(failure.location): \(strings.expected) \(expected)\n"
                out +=
                    "  \(String(repeating: " ", count: failure.location.description.count))  \(strings.actual) \(actual)\n"
            }
            let explanation =
                verbose
                ? report.render(
                    result.evaluation, effects: analyses[index]?.effects ?? [],
                    whatIf: analyses[index]?.whatIf) : report.renderSummary(result.evaluation)
            out += explanation.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : "    " + $0
            }
            .joined(separator: "\n")
        }
        let failed = results.count { !$0.passed }
        out +=
            FrenchTypography.typeset(
                RuleTestStrings.format(strings.summary, "\(results.count - failed)", "\(failed)"),
                french: report.language == .french) + "\n"
        return out
    }
}
