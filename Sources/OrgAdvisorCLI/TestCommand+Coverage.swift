import OrgAdvisor

/// `orgadvisor test --coverage [--format text|json]`: after the cases, what they
/// exercise of the rule base (``RuleTestCoverage``).
extension TestCommand {
    /// The options of the coverage report.
    static let coverageOptions: [OptionSpec] = [
        OptionSpec(
            name: "coverage", arity: .flag,
            help:
                "after the cases, list the rules that never fire, the values and advice no case"
                + " reaches and the forms that win no case"),
        .format(
            TextOrJSON.self,
            help: "with --coverage: the coverage as text after the results, or as JSON"
                + " (orgadvisor.coverage/1) alone"),
    ]

    /// The output with the coverage: the results' text followed by the coverage as text,
    /// or the coverage alone as JSON; `output` is the output without it.
    static func withCoverage(
        _ output: CommandOutput, results: [RuleTestResult], rules: RuleBase,
        parsed: ParsedArguments, language: Language
    ) throws(CLIError) -> CommandOutput {
        let format = parsed.value("format", default: TextOrJSON.text)
        guard parsed.has("coverage") else {
            if parsed.has("format") {
                throw .usage(
                    "'--format' applies to the coverage; add '--coverage'", command: "test")
            }
            return output
        }
        let coverage = RuleTestCoverage(results, ruleBase: rules)
        var result = output
        if format == .json {
            result.stdout = coverage.json(language: language).serialized(pretty: true) + "\n"
        } else {
            result.stdout += "\n" + TestCoverageText().render(coverage)
        }
        return result
    }
}
