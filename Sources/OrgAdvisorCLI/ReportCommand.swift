import OrgAdvisor

/// `orgadvisor report [--CRITERION VALUE]...`: a self-contained HTML page (or a
/// Markdown page) of the result for a course: profile, recommendation, ranking chart,
/// explanation, what the unknown criteria could change, what-if and advice.
enum ReportCommand {
    static let command = Command(
        name: "report",
        summary: "a self-contained HTML or Markdown page of the result, for a course",
        usage:
            "orgadvisor report [--CRITERION VALUE]... [--format \(Format.choices)] [--fragment] [--audience \(ReportAudience.choices)] [--output FILE]",
        details: """
            Criteria are given as for the default command (see 'orgadvisor --help').
            The page has the profile, the recommendation, the ranking chart (inline
            SVG), every rule that fired with the course text it quotes, what the
            criteria not given could change, the what-if and the advice; with
            '--map X,Y', a decision map of two criteria too. HTML needs no other
            file: the style and the charts are inline, there is no script. With
            '--fragment', the page's body alone, in one <div class="orgadvisor-report">
            whose style applies to nothing outside it, to paste into a course page or a
            learning platform. '--audience student' leaves out the rule ids, the rule
            files' paths and lines, and the rule base's fingerprint.
            """,
        options: OptionSpec.profileOptions + [
            .format(Format.self, help: "output format (default html)"),
            OptionSpec(
                name: "map", arity: .value("X,Y"),
                help:
                    "add a decision map of two criteria (e.g. 'sites,complexity'), the rest of the profile as given",
                expected: "two criteria separated by a comma"),
            OptionSpec(
                name: "fragment", arity: .flag,
                help:
                    "HTML to paste into another page: the body only, its style scoped under one class"
            ),
            OptionSpec(
                name: "audience", arity: .value("WHO"),
                help:
                    "who reads the page (default teacher): 'student' leaves out rule files and lines",
                allowed: ReportAudience.allCases.map { $0.rawValue }),
            .output,
        ] + OptionSpec.ruleBaseOptions.filter { $0.name != "color" },
        run: run)

    /// The output formats.
    enum Format: String, CaseIterable {
        case html, markdown
    }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let input = try context.scoringInput(for: command) else {
            return command.help(context)
        }
        let language = input.language
        let evaluation = input.rules.evaluate(input.profile, trace: true)
        let effects = input.rules.unknownCriterionEffects(of: evaluation)
        let whatIf = input.rules.whatIf(input.profile)
        var sections: [ReportSection] = []
        if let axes = input.parsed.value("map") {
            let map = try decisionMap(axes, profile: input.profile, rules: input.rules)
            sections.append(.decisionMap(map, language: language))
        }
        let audience = input.parsed.value("audience", default: ReportAudience.teacher)
        let fragment = input.parsed.has("fragment")
        let page: String
        switch input.parsed.value("format", default: Format.html) {
        case .markdown:
            if fragment { throw .invalidUsage(.fragmentNeedsHTML, command: command.name) }
            page = MarkdownReport(language: language, audience: audience).renderCoursePage(
                evaluation, effects: effects, whatIf: whatIf, sections: sections)
        case .html:
            let report = HTMLReport(language: language, sections: sections, audience: audience)
            page =
                fragment
                ? report.renderFragment(evaluation, effects: effects, whatIf: whatIf)
                : report.render(evaluation, effects: effects, whatIf: whatIf)
        }
        guard let path = input.parsed.outputFile else { return CommandOutput(stdout: page) }
        try AtomicOutputFile.write(page, to: path, command: command.name)
        return CommandOutput(stderr: "report: wrote '\(path)' (\(page.utf8.count) bytes)\n")
    }

    /// The decision map asked for by `--map X,Y`: the winner over the classes of the
    /// two criteria, the profile's other criteria as given (its own values of the two
    /// are the map's axes).
    private static func decisionMap(_ text: String, profile: Profile, rules: RuleBase)
        throws(CLIError) -> DecisionMap
    {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0.filter { $0 != " " })
        }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
            throw .invalidUsage(.mapSyntax(text), command: command.name)
        }
        let x = try MapCommand.criterion(names[0], option: "map", rules, command: command.name)
        let y = try MapCommand.criterion(names[1], option: "map", rules, command: command.name)
        if x.index == y.index {
            throw .invalidUsage(.sameMapCriterion(x.id), command: command.name)
        }
        var base = profile
        base.setRawValue(nil, at: x.index)
        base.setRawValue(nil, at: y.index)
        return MapCommand.map(rules, x: x.index, y: y.index, base: base)
    }
}
