import OrgAdvisor

extension OptionSpec {
    /// One flag per criterion of the rule base (`--sites N`, `--volume VALUE`), its
    /// help the criterion's label in `language` and its expected value the criterion's
    /// values or range (``expected(in:)``).
    static func criteria(of rules: RuleBase, in language: Language) -> [OptionSpec] {
        rules.criteria.map { criterion in
            var spec = OptionSpec(
                name: criterion.id, arity: .value(criterion.kind.isEnumerated ? "VALUE" : "N"),
                help: criterion.label.text(language))
            spec.criterion = criterion
            return spec
        }
    }

    /// Whether a criterion's id is the name of one of `options` (a criterion `format` and
    /// `--format`, `x` and the map's `--x`): on the command line `--ID` is the option, so
    /// the criterion can be given only in a profile file.
    static func isClashing(_ criterion: Criterion, with options: [OptionSpec]) -> Bool {
        options.contains { $0.name == criterion.id }
    }

    /// The criterion flags a command parses besides its `options`: one per criterion of
    /// `rules` whose id is not the name of one of them.
    static func criterionFlags(of rules: RuleBase, besides options: [OptionSpec]) -> [OptionSpec] {
        criteria(of: rules, in: .english).filter { spec in
            spec.criterion.map { !isClashing($0, with: options) } ?? true
        }
    }

    /// ``criterionFlags(of:besides:)``, after checking that `arguments` do not use the
    /// name of a criterion that is also one of `options` (`--format`, `--format=json`),
    /// which could mean either: a command that does not use it runs, the criterion given
    /// only in a profile file.
    static func criterionFlags(
        of rules: RuleBase, besides options: [OptionSpec], arguments: [String], command: String?
    ) throws(CLIError) -> [OptionSpec] {
        let used = arguments.prefix { $0 != "--" }
        for criterion in rules.criteria where isClashing(criterion, with: options) {
            let flag = "--" + criterion.id
            if used.contains(where: { $0 == flag || $0.hasPrefix(flag + "=") }) {
                throw .invalidUsage(.criterionNamedAsOption(criterion.id), command: command)
            }
        }
        return criterionFlags(of: rules, besides: options)
    }

    /// A warning for each criterion of `rules` whose id is the name of an option of a
    /// command that takes the criteria as flags: on those commands' command lines, the
    /// name is the option, so the criterion can be given only in a profile file.
    static func clashWarnings(of rules: RuleBase) -> [Diagnostic] {
        rules.criteria.compactMap { criterion -> Diagnostic? in
            let commands = OrgAdvisorCommand.withCriterionFlags.filter {
                isClashing(criterion, with: $0.options)
            }
            guard !commands.isEmpty else { return nil }
            let names = commands.map { "'\($0.name)'" }.joined(separator: ", ")
            return Diagnostic(
                severity: .warning,
                message:
                    "criterion '\(criterion.id)' has the name of the option '--\(criterion.id)' of \(names): it can be given only in a profile file",
                location: criterion.location, length: criterion.id.count,
                help: "rename the criterion to give it as a flag")
        }
    }
}
