import OrgAdvisor

/// The options several commands share, each declared once.
extension OptionSpec {
    /// `--profile FILE`, with the help of the command that reads it.
    static func profile(
        help: String =
            "read the profile from a JSON file ('-' for standard input); flags override its fields"
    ) -> OptionSpec {
        OptionSpec(name: "profile", arity: .value("FILE"), help: help)
    }

    /// `--weight NAME=W` (repeatable).
    static func weight(
        help: String = "give criterion NAME the weight W instead of the rule base's (repeatable)"
    ) -> OptionSpec {
        OptionSpec(name: "weight", arity: .value("NAME=W"), help: help, repeatable: true)
    }

    /// `--format FORMAT`: the values are the raw values of `Format`, in declaration order.
    static func format<Format: CaseIterable & RawRepresentable<String>>(
        _: Format.Type, help: String = "output format"
    ) -> OptionSpec {
        OptionSpec(
            name: "format", arity: .value("FORMAT"), help: help,
            allowed: Format.allCases.map(\.rawValue))
    }

    /// `--output FILE`, written atomically.
    static let output = OptionSpec(
        name: "output", arity: .value("FILE"),
        help: "write to FILE atomically ('-', the default: standard output)")

    /// `--jobs N`.
    static func jobs(help: String) -> OptionSpec {
        OptionSpec(name: "jobs", arity: .value("N"), help: help)
    }

    /// `--rules PATH`.
    static let rules = OptionSpec(
        name: "rules", arity: .value("PATH"),
        help:
            "use the rule file, directory or compiled archive at PATH instead of the built-in rules"
    )

    /// `--lang LANG`: French first, the course's language.
    static let lang = OptionSpec(
        name: "lang", arity: .value("LANG"),
        help: "language of the output (default: from LC_ALL, LC_MESSAGES or LANG)",
        allowed: [Language.french, .english].map(\.rawValue))

    /// `--color WHEN`.
    static let color = OptionSpec(
        name: "color", arity: .value("WHEN"),
        help: "colour the output: auto (on a terminal), always or never",
        allowed: ColorChoice.allCases.map(\.rawValue))

    /// `-h, --help`.
    static let help = OptionSpec(name: "help", short: "h", arity: .flag, help: "show this help")

    /// The allowed values joined by `|`, as usage lines show them: `fr|en`.
    var choices: String {
        (allowed ?? []).joined(separator: "|")
    }

    /// The options that give a profile besides its criterion flags: `--profile` and
    /// `--weight`, shared by every command that scores one profile.
    static let profileOptions: [OptionSpec] = [profile(), weight()]

    /// The options every command that reads a rule base accepts.
    static let ruleBaseOptions: [OptionSpec] = [rules, lang, color, help]
}

extension CaseIterable where Self: RawRepresentable<String> {
    /// The raw values joined by `|`, as usage lines show an option's values: `text|json`.
    static var choices: String {
        allCases.map(\.rawValue).joined(separator: "|")
    }
}
