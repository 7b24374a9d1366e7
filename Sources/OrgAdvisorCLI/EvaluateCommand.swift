import OrgAdvisor

/// `orgadvisor [--CRITERION VALUE]... [options]`: scores one profile and explains it.
enum EvaluateCommand {
    static let command = Command(
        name: "evaluate", summary: "score a company profile (the default command)",
        usage: "orgadvisor [--CRITERION VALUE]... [--profile FILE] [options]",
        options: options, run: run)

    /// The output formats.
    enum Format: String, CaseIterable {
        case text, json, markdown
    }

    /// The options besides the criterion flags.
    static let options: [OptionSpec] =
        OptionSpec.profileOptions + [
            .format(Format.self),
            OptionSpec(
                name: "explain", arity: .optionalValue("LEVEL"),
                help:
                    "how much to explain: summary (default), full (every rule) or fails (rules that did not fire)",
                allowed: ExplainLevel.allCases.map(\.rawValue)),
            OptionSpec(
                name: "require-decided", arity: .flag,
                help:
                    "exit with status 4 unless the recommendation is decided (not provisional, a tie, or nothing given)"
            ),
        ] + OptionSpec.ruleBaseOptions + [
            OptionSpec(
                name: "version", short: "V", arity: .flag,
                help: "print the version of orgadvisor and of its built-in rules")
        ]

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        // `--version` alone needs no rule base (any `--rules` is read, and must load).
        if context.arguments.contains(where: { $0 == "--version" || $0 == "-V" })
            && !context.arguments.contains("--rules")
            && !context.arguments.contains(where: { $0.hasPrefix("--rules=") })
        {
            return version()
        }
        let rules = try context.loadRuleBase()
        if context.wantsHelp {
            let parser = ArgumentParser(
                specs: options + OptionSpec.criterionFlags(of: rules, besides: options),
                command: command.name)
            let parsed = (try? parser.parse(context.arguments)) ?? ParsedArguments()
            // `orgadvisor --help batch` is `orgadvisor help batch`.
            if let name = parsed.positionals.first, name != command.name,
                OrgAdvisorCommand.command(named: name) != nil
            {
                return try HelpCommand.run(
                    Context(terminal: context.terminal, arguments: [name] + context.arguments))
            }
            return CommandOutput(
                stdout: HelpText.evaluate(rules, language: context.language(parsed)))
        }
        let flags = try OptionSpec.criterionFlags(
            of: rules, besides: options, arguments: context.arguments, command: command.name)
        let parsed = try ArgumentParser(specs: options + flags, command: command.name).parse(
            context.arguments)
        if parsed.has("version") { return version() }
        let input = try ScoringInput(parsed, rules: rules, context: context, command: command.name)
        let evaluation = input.rules.evaluate(input.profile, trace: true)
        context.hold(evaluation)
        let next = QuestionParts.nextQuestion(input.rules, evaluation)
        var output = report(evaluation, next: next, input: input, parsed: parsed, context: context)
        if parsed.has("require-decided") && !evaluation.status.isDecided {
            output.code = ExitCode.notDecided
        }
        return output
    }

    /// The evaluation in the chosen format.
    private static func report(
        _ evaluation: Evaluation, next: QuestionChoice?, input: ScoringInput,
        parsed: ParsedArguments, context: Context
    ) -> CommandOutput {
        let explain = parsed.value("explain", default: ExplainLevel.summary)
        let effects = { input.rules.unknownCriterionEffects(of: evaluation) }
        switch parsed.value("format", default: Format.text) {
        case .json:
            // The JSON trace lists every rule unless `--explain` asks for fewer.
            let rules = parsed.has("explain") ? explain : .full
            return CommandOutput(
                stdout: evaluation.json(
                    language: input.language, nextQuestion: next, explain: rules
                ).serialized(pretty: true) + "\n")
        case .markdown:
            return CommandOutput(
                stdout: MarkdownReport(language: input.language, explain: explain).render(
                    evaluation, effects: effects(), nextQuestion: next))
        case .text:
            return CommandOutput(
                stdout: TextReport(
                    language: input.language, explain: explain, width: context.width,
                    color: context.color(parsed), whatIfHint: "orgadvisor whatif"
                ).render(
                    evaluation, effects: effects(),
                    whatIf: input.rules.whatIf(input.profile, maximumPairs: 0), nextQuestion: next))
        }
    }

    static func version() -> CommandOutput {
        let rules = RuleBase.builtIn
        return CommandOutput(
            stdout: "orgadvisor \(OrgAdvisorCommand.version)\n"
                + "built-in rules: \(rules.name) \(rules.version) (fingerprint \(rules.fingerprint))\n"
        )
    }
}
