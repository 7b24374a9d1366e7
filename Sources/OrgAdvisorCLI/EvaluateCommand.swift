import OrgAdvisor

/// `orgadvisor [--CRITERION VALUE]... [options]`: scores one profile and explains it.
enum EvaluateCommand {
    /// The options besides the criterion flags.
    static let options: [OptionSpec] =
        Context.profileOptions + [
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format",
                allowed: ["text", "json", "markdown"]),
            OptionSpec(
                name: "explain", arity: .optionalValue("LEVEL"),
                help:
                    "how much to explain: summary (default), full (every rule) or fails (rules that did not fire)",
                allowed: ["summary", "full", "fails"]),
        ] + Context.ruleBaseOptions + [
            OptionSpec(
                name: "version", arity: .flag,
                help: "print the version of orgadvisor and of its built-in rules")
        ]

    /// One flag per criterion of the rule base.
    static func criterionOptions(_ rules: RuleBase, language: Language) -> [OptionSpec] {
        rules.criteria.map { criterion in
            var spec = OptionSpec(
                name: criterion.id, arity: .value(criterion.kind.isEnumerated ? "VALUE" : "N"),
                help: criterion.label.text(language))
            switch criterion.kind {
            case .choice, .level, .yesNo:
                spec.expected = "one of " + QuotedList.alternatives(criterion.values.map(\.id))
            case .integer, .decimal:
                spec.expected =
                    (criterion.kind == .integer ? "a whole number" : "a number")
                    + (criterion.rangeDescription.map { " in \($0)" } ?? "")
            }
            return spec
        }
    }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.arguments.contains("--version") && !context.arguments.contains("--rules")
            && !context.arguments.contains(where: { $0.hasPrefix("--rules=") })
        {
            return version()
        }
        let rules = try context.loadRuleBase()
        let clashes = rules.criteria.filter { criterion in
            options.contains { $0.name == criterion.id }
        }
        if let clash = clashes.first {
            throw .input(
                "criterion '\(clash.id)' has the name of the option '--\(clash.id)'; rename the criterion in the rule files"
            )
        }
        let specs = options + criterionOptions(rules, language: .english)
        if context.wantsHelp {
            let parsed =
                (try? ArgumentParser(specs: specs, command: "evaluate").parse(context.arguments))
                ?? ParsedArguments()
            return CommandOutput(
                stdout: HelpText.evaluate(rules, language: context.language(parsed)))
        }
        let parsed = try ArgumentParser(specs: specs, command: "evaluate").parse(context.arguments)
        if parsed.has("version") { return version() }
        let language = context.language(parsed)
        let (weighted, profile) = try scoringInput(
            parsed, rules: rules, context: context, command: "evaluate")
        let explain =
            ExplainLevel(
                rawValue: parsed.value("explain").flatMap { $0.isEmpty ? nil : $0 } ?? "summary")
            ?? .summary
        let evaluation = weighted.evaluate(profile, trace: true)
        var output = CommandOutput()
        switch parsed.value("format") ?? "text" {
        case "json":
            output.stdout = evaluation.json(language: language).serialized(pretty: true) + "\n"
        case "markdown":
            output.stdout = MarkdownReport(language: language, explain: explain).render(evaluation)
        default:
            output.stdout = TextReport(
                language: language, explain: explain, width: context.width,
                color: context.color(parsed), whatIfHint: "orgadvisor whatif"
            ).render(evaluation, whatIf: weighted.whatIf(profile, maximumPairs: 0))
        }
        return output
    }

    static func version() -> CommandOutput {
        let rules = RuleBase.builtIn
        return CommandOutput(
            stdout: "orgadvisor \(OrgAdvisorCommand.version)\n"
                + "built-in rules: \(rules.name) \(rules.version) (fingerprint \(rules.fingerprint))\n"
        )
    }

    /// What every command that scores one profile reads from its options: the rule
    /// base with the `--weight` changes, and the profile from `--profile` and the
    /// criterion flags. Positional arguments are refused (criteria are options).
    static func scoringInput(
        _ parsed: ParsedArguments, rules: RuleBase, context: Context, command: String
    ) throws(CLIError) -> (rules: RuleBase, profile: Profile) {
        if let extra = parsed.positionals.first {
            throw .usage(
                "unexpected argument '\(extra)'; criteria are given as options, e.g. '--sites 5'",
                command: command)
        }
        let weighted = try applyWeights(parsed, to: rules, command: command)
        let profile = try makeProfile(
            parsed, rules: weighted, terminal: context.terminal, command: command)
        return (weighted, profile)
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
