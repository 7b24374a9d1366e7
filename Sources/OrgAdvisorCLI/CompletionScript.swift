import OrgAdvisor

/// What the shell completion scripts complete, taken from the command definitions
/// (``OrgAdvisorCommand/commands``) and the loaded rule base: subcommands, each one's
/// options, the values of options that take a fixed list, and where a file is expected.
/// One script per shell is written from this value (`CompletionScript+Bash.swift`…).
struct CompletionScript {
    /// What an option's value, or a command's arguments, complete to.
    enum Values: Equatable {
        /// Nothing (a flag, or a value that is neither a file nor a listed word).
        case none
        /// File names.
        case files
        /// These words.
        case words([String])
    }

    /// One option of a subcommand.
    struct Option {
        /// `--name`, and `-s` when it has a short form.
        var names: [String]
        /// Its one-line help.
        var help: String
        /// Whether it takes a value (`--name VALUE`), and what the value completes to.
        var takesValue: Bool
        /// What its value completes to (also after `--name=`).
        var values: Values
    }

    /// One subcommand with its options and what its other arguments complete to.
    struct Subcommand {
        var name: String
        var summary: String
        var options: [Option]
        var arguments: Values
    }

    /// The commands that take the criterion flags of the rule base (`--sites`,
    /// `--volume`…): those that score one profile.
    static let scoringCommands = Set(OrgAdvisorCommand.withCriterionFlags.map(\.name))

    /// The shells a script is written for.
    enum Shell: String, CaseIterable {
        case bash, zsh, fish
    }

    /// The rule base's name and version, named in the script's header.
    let source: String
    /// Every subcommand, in the order of ``OrgAdvisorCommand/commands``.
    let commands: [Subcommand]

    /// The completions of `commands`, with the criterion flags of `rules` for the
    /// scoring commands.
    init(commands: [Command], rules: RuleBase) {
        source = "'\(rules.name)' \(rules.version)"
        let names = commands.map(\.name)
        self.commands = commands.map { command in
            var options = command.options.map(Self.option(for:))
            if Self.scoringCommands.contains(command.name) {
                // A criterion named as one of the command's options is not a flag there.
                options += rules.criteria.filter {
                    !OptionSpec.isClashing($0, with: command.options)
                }.map(Self.option(for:))
            }
            let arguments: Values
            switch command.name {
            case "help": arguments = .words(names)
            case "completion": arguments = .words(Shell.allCases.map(\.rawValue))
            default: arguments = .files
            }
            return Subcommand(
                name: command.name, summary: command.summary, options: options,
                arguments: arguments)
        }
    }

    /// The script for `shell`.
    func script(for shell: Shell) -> String {
        switch shell {
        case .bash: return bash
        case .zsh: return zsh
        case .fish: return fish
        }
    }

    /// The names of the subcommands.
    var commandNames: [String] { commands.map(\.name) }

    private static func option(for spec: OptionSpec) -> Option {
        var names = ["--" + spec.name]
        if let short = spec.short { names.append("-" + short) }
        switch spec.arity {
        case .flag:
            return Option(names: names, help: spec.help, takesValue: false, values: .none)
        case .value(let name), .optionalValue(let name):
            var takesValue = true
            if case .optionalValue = spec.arity { takesValue = false }
            let values: Values
            if let allowed = spec.allowed {
                values = .words(allowed)
            } else if name.contains("FILE") || name.contains("PATH") || name.contains("DIR") {
                values = .files
            } else {
                values = .none
            }
            return Option(names: names, help: spec.help, takesValue: takesValue, values: values)
        }
    }

    /// A criterion flag: its values' ids, then their labels in both languages and their
    /// aliases (every spelling the flag accepts, each once).
    private static func option(for criterion: Criterion) -> Option {
        var spellings: [String] = []
        var seen = Set<String>()
        for value in criterion.values {
            for text in [value.id, value.label.english, value.label.french].compactMap({ $0 })
            where seen.insert(text).inserted {
                spellings.append(text)
            }
        }
        for value in criterion.values {
            for alias in value.aliases where seen.insert(alias).inserted {
                spellings.append(alias)
            }
        }
        return Option(
            names: ["--" + criterion.id], help: criterion.label.text(.english), takesValue: true,
            values: criterion.kind.isEnumerated ? .words(spellings) : .none)
    }
}
