import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `orgadvisor report [--CRITERION VALUE]...`: a self-contained HTML page (or a
/// Markdown page) of the result for a course: profile, recommendation, ranking chart,
/// explanation, what the unknown criteria could change, what-if and advice.
enum ReportCommand {
    static let options: [OptionSpec] =
        Context.profileOptions + [
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format (default html)",
                allowed: ["html", "markdown"]),
            OptionSpec(
                name: "map", arity: .value("X,Y"),
                help:
                    "add a decision map of two criteria (e.g. 'sites,complexity'), the rest of the profile as given",
                expected: "two criteria separated by a comma"),
            OptionSpec(
                name: "output", arity: .value("FILE"),
                help: "write to FILE atomically instead of standard output"),
        ] + Context.ruleBaseOptions.filter { $0.name != "color" }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let rules = try context.loadRuleBase()
        let specs = options + EvaluateCommand.criterionOptions(rules, language: .english)
        if context.wantsHelp {
            return CommandOutput(
                stdout: HelpText.command(
                    "report",
                    summary: "a self-contained HTML or Markdown page of the result, for a course",
                    specs: options,
                    arguments: """
                        Criteria are given as for the default command (see 'orgadvisor --help').
                        The page has the profile, the recommendation, the ranking chart (inline
                        SVG), every rule that fired with the course text it quotes, what the
                        criteria not given could change, the what-if and the advice; with
                        '--map X,Y', a decision map of two criteria too. HTML needs no other
                        file: the style and the charts are inline, there is no script.
                        """))
        }
        let parsed = try ArgumentParser(specs: specs, command: "report").parse(context.arguments)
        let (weighted, profile) = try EvaluateCommand.scoringInput(
            parsed, rules: rules, context: context, command: "report")
        let language = context.language(parsed)
        let evaluation = weighted.evaluate(profile, trace: true)
        let whatIf = weighted.whatIf(profile)
        var sections: [ReportSection] = []
        if let axes = parsed.value("map") {
            sections.append(try mapSection(axes, profile: profile, rules: weighted, language))
        }
        let page: String
        if parsed.value("format") == "markdown" {
            page = MarkdownReport(language: language).renderCoursePage(
                evaluation, whatIf: whatIf, sections: sections)
        } else {
            page = HTMLReport(language: language, sections: sections).render(
                evaluation, whatIf: whatIf)
        }
        guard let path = parsed.value("output") else { return CommandOutput(stdout: page) }
        try AtomicOutputFile.write(page, to: path, command: "report")
        return CommandOutput(stderr: "report: wrote '\(path)' (\(page.utf8.count) bytes)\n")
    }

    /// The decision map section asked for by `--map X,Y`: the winner over the classes of
    /// the two criteria, the profile's other criteria as given (its own values of the
    /// two are the map's axes).
    private static func mapSection(
        _ text: String, profile: Profile, rules: RuleBase, _ language: Language
    ) throws(CLIError) -> ReportSection {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0.filter { $0 != " " })
        }
        guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
            throw .usage(
                "invalid value '\(text)' for '--map'; expected two criteria separated by a comma,"
                    + " e.g. 'sites,complexity'",
                command: "report")
        }
        let x = try MapCommand.criterion(names[0], option: "map", rules, command: "report")
        let y = try MapCommand.criterion(names[1], option: "map", rules, command: "report")
        if x.index == y.index {
            throw .usage(
                "'--map' names the same criterion '\(x.id)' twice; choose two different criteria",
                command: "report")
        }
        var base = profile
        base.setRawValue(nil, at: x.index)
        base.setRawValue(nil, at: y.index)
        var map = rules.decisionMap(x: x.index, y: y.index, base: base)
        map.shares = MapCommand.shares(rules)
        return .decisionMap(map, language: language)
    }
}
