import OrgAdvisor

/// What a command that scores one profile reads from its arguments: the rule base
/// with the `--weight` changes, the profile from `--profile` and the criterion flags,
/// and the output language.
struct ScoringInput {
    /// The parsed arguments, for the command's own options.
    let parsed: ParsedArguments
    /// The rule base, with the weights of `--weight`.
    let rules: RuleBase
    /// The profile.
    let profile: Profile
    /// The output language.
    let language: Language

    /// Reads the rule base with the `--weight` changes, and the profile from
    /// `--profile` and the criterion flags. Positional arguments are refused (criteria
    /// are options).
    init(
        _ parsed: ParsedArguments, rules: RuleBase, context: Context, command: String
    ) throws(CLIError) {
        if let extra = parsed.positionals.first {
            throw .invalidUsage(.unexpectedArgument(extra), command: command)
        }
        self.parsed = parsed
        self.rules = try Self.applyWeights(parsed, to: rules, command: command)
        profile = try Self.makeProfile(
            parsed, rules: self.rules, terminal: context.terminal, command: command)
        language = context.language(parsed)
    }

    static func applyWeights(
        _ parsed: ParsedArguments, to rules: RuleBase, command: String = "evaluate"
    ) throws(CLIError)
        -> RuleBase
    {
        guard let entries = parsed.options["weight"] else { return rules }
        var weights: [String: FixedDecimal] = [:]
        for entry in entries {
            guard let equal = entry.firstIndex(of: "=") else {
                throw .invalidUsage(.weightSyntax(entry), command: command)
            }
            let name = String(entry[..<equal])
            let text = String(entry[entry.index(after: equal)...])
            guard rules.criterion(name) != nil else {
                let suggestion = NameSuggestion.nearest(to: name, in: rules.criteria.map(\.id))
                throw .invalidUsage(
                    .unknownWeightCriterion(name, entry: entry, suggestion: suggestion),
                    command: command)
            }
            guard let weight = FixedDecimal(parsing: text), weight.thousandths >= 0 else {
                throw .invalidUsage(.invalidWeight(text, criterion: name), command: command)
            }
            weights[name] = weight
        }
        do {
            return try rules.withWeights(weights)
        } catch {
            throw .invalidUsage(.profile(error, rules: rules, asFlag: false), command: command)
        }
    }

    static func makeProfile(
        _ parsed: ParsedArguments, rules: RuleBase, terminal: Terminal,
        command: String = "evaluate"
    ) throws(CLIError) -> Profile {
        var profile = Profile(for: rules)
        if let path = parsed.value("profile") {
            profile = try ProfileFile.read(path, rules: rules, terminal: terminal)
        }
        for criterion in rules.criteria {
            guard let text = parsed.value(criterion.id) else { continue }
            do {
                profile.setRawValue(try rules.parse(text, for: criterion), at: criterion.index)
            } catch {
                throw .invalidUsage(.profile(error, rules: rules, asFlag: true), command: command)
            }
        }
        return profile
    }
}

extension Context {
    /// Loads the rule base, parses the arguments against `command`'s options and the
    /// criterion flags, runs `check` on them, and reads the profile; nil when help is
    /// asked for (after loading the rule base, so that its errors come first).
    func scoringInput(
        for command: Command,
        check: (ParsedArguments, RuleBase) throws(CLIError) -> Void = { _, _ in }
    ) throws(CLIError) -> ScoringInput? {
        let rules = try loadRuleBase()
        if wantsHelp { return nil }
        let specs =
            try command.options
            + OptionSpec.criterionFlags(
                of: rules, besides: command.options, arguments: arguments, command: command.name)
        let parsed = try ArgumentParser(specs: specs, command: command.name).parse(arguments)
        try check(parsed, rules)
        return try ScoringInput(parsed, rules: rules, context: self, command: command.name)
    }

    /// Runs a ``Command/profileAnalysis(_:summary:run:)`` command: reads its scoring
    /// input and prints what `render` makes of it in the chosen format; its help when
    /// asked for.
    func analyseProfile(
        for command: Command, _ render: (ScoringInput, AnalysisFormat) -> String
    ) throws(CLIError) -> CommandOutput {
        guard let input = try scoringInput(for: command) else { return command.help(self) }
        return CommandOutput(
            stdout: render(input, input.parsed.value("format", default: AnalysisFormat.text)))
    }
}

extension Command {
    /// A command that analyses one profile given as for the default command, printed
    /// as text, JSON or Markdown:
    /// `orgadvisor NAME [--CRITERION VALUE]... [--format text|json|markdown]`.
    static func profileAnalysis(
        _ name: String, summary: String,
        run: @escaping @Sendable (Context) throws(CLIError) -> CommandOutput
    ) -> Command {
        Command(
            name: name, summary: summary,
            usage: "orgadvisor \(name) [--CRITERION VALUE]... [--format \(AnalysisFormat.choices)]",
            details: "Criteria are given as for the default command (see 'orgadvisor --help').",
            options: OptionSpec.profileOptions + [.format(AnalysisFormat.self)]
                + OptionSpec.ruleBaseOptions,
            run: run)
    }
}
