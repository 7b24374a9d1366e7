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
        [
            OptionSpec(
                name: "profile", arity: .value("FILE"),
                help:
                    "read the profile from a JSON file ('-' for standard input); flags override its fields"
            ),
            OptionSpec(
                name: "weight", arity: .value("NAME=W"),
                help: "give criterion NAME the weight W instead of the rule base's (repeatable)",
                repeatable: true),
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format (default html)",
                allowed: ["html", "markdown"]),
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
                        criteria not given could change, the what-if and the advice. HTML needs
                        no other file: the style and the chart are inline, there is no script.
                        """))
        }
        let parsed = try ArgumentParser(specs: specs, command: "report").parse(context.arguments)
        if let extra = parsed.positionals.first {
            throw .usage(
                "unexpected argument '\(extra)'; criteria are given as options, e.g. '--sites 5'",
                command: "report")
        }
        let weighted = try EvaluateCommand.applyWeights(parsed, to: rules, command: "report")
        let profile = try EvaluateCommand.makeProfile(
            parsed, rules: weighted, terminal: context.terminal, command: "report")
        let language = context.language(parsed)
        let evaluation = weighted.evaluate(profile, trace: true)
        let whatIf = weighted.whatIf(profile)
        let page: String
        if parsed.value("format") == "markdown" {
            page = MarkdownReport(language: language).renderCoursePage(evaluation, whatIf: whatIf)
        } else {
            page = HTMLReport(language: language).render(evaluation, whatIf: whatIf)
        }
        guard let path = parsed.value("output") else { return CommandOutput(stdout: page) }
        let file = try AtomicOutputFile(path: path, command: "report")
        guard writeAll(page, to: file.descriptor) else {
            let reason = String(cString: strerror(errno))
            file.discard()
            throw .input("cannot write '\(path)': \(reason)")
        }
        try file.commit()
        return CommandOutput(stderr: "report: wrote '\(path)' (\(page.utf8.count) bytes)\n")
    }

    /// Writes every byte of `text`, retrying short writes and interruptions.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(
                    descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }
}
