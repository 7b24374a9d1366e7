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
            throw .usage(
                "unexpected argument '\(extra)'; criteria are given as options, e.g. '--sites 5'",
                command: command)
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
                throw .usage(
                    "invalid value '\(entry)' for '--weight'; expected NAME=W, e.g. 'volume=2'",
                    command: command)
            }
            let name = String(entry[..<equal])
            let text = String(entry[entry.index(after: equal)...])
            guard rules.criterion(name) != nil else {
                let suggestion = NameSuggestion.nearest(to: name, in: rules.criteria.map(\.id))
                throw .usage(
                    "unknown criterion '\(name)' in '--weight \(entry)'"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: command)
            }
            guard let weight = FixedDecimal(parsing: text), weight.thousandths >= 0 else {
                throw .usage(
                    "invalid weight '\(text)' for '\(name)' in '--weight'; expected a number >= 0 with at most 3 decimals",
                    command: command)
            }
            weights[name] = weight
        }
        do {
            return try rules.withWeights(weights)
        } catch {
            throw .usage(error.description, command: command)
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
                throw .usage(flagMessage(error, criterion: criterion), command: command)
            }
        }
        return profile
    }

    /// A value error phrased for a flag: names `--criterion` and lists what is allowed.
    static func flagMessage(_ error: ProfileError, criterion: Criterion) -> String {
        let flag = "'--\(criterion.id)'"
        switch error {
        case .invalidValue(_, let text, let allowed, let suggestion):
            return
                "invalid value '\(text)' for \(flag); expected \(QuotedList.alternatives(allowed))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .notANumber(_, let text):
            return "invalid value '\(text)' for \(flag); expected a number"
        case .notAWholeNumber(_, let text):
            return "invalid value '\(text)' for \(flag); expected a whole number"
        case .outOfRange(_, let text, let range):
            return "value \(text) for \(flag) is out of range; expected \(range)"
        default:
            return error.description
        }
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
        let specs = command.options + OptionSpec.criteria(of: rules, in: .english)
        let parsed = try ArgumentParser(specs: specs, command: command.name).parse(arguments)
        try check(parsed, rules)
        return try ScoringInput(parsed, rules: rules, context: self, command: command.name)
    }

    /// Runs a ``Command/profileAnalysis(_:summary:run:)`` command: reads its scoring
    /// input and prints what `render` makes of it in the chosen format; its help when
    /// asked for.
    func analyseProfile(
        for command: Command, _ render: (ScoringInput, TextOrJSON) -> String
    ) throws(CLIError) -> CommandOutput {
        guard let input = try scoringInput(for: command) else { return command.help }
        return CommandOutput(
            stdout: render(input, input.parsed.value("format", default: TextOrJSON.text)))
    }
}

extension Command {
    /// A command that analyses one profile given as for the default command, printed
    /// as text or JSON: `orgadvisor NAME [--CRITERION VALUE]... [--format text|json]`.
    static func profileAnalysis(
        _ name: String, summary: String,
        run: @escaping @Sendable (Context) throws(CLIError) -> CommandOutput
    ) -> Command {
        Command(
            name: name, summary: summary,
            usage: "orgadvisor \(name) [--CRITERION VALUE]... [--format \(TextOrJSON.choices)]",
            details: "Criteria are given as for the default command (see 'orgadvisor --help').",
            options: OptionSpec.profileOptions + [.format(TextOrJSON.self)]
                + OptionSpec.ruleBaseOptions,
            run: run)
    }
}
