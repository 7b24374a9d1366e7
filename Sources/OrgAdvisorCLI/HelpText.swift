import OrgAdvisor

/// Help texts, generated from the same option specs the parser uses and from the
/// rule base's criteria.
enum HelpText {
    /// The one-line usage of the command named `name` (the default command's when
    /// there is none).
    static func usageLine(_ name: String) -> String {
        (OrgAdvisorCommand.command(named: name) ?? EvaluateCommand.command).usage
    }

    /// A text of the help in `language`: English as the command declares it, French
    /// from ``HelpCatalog`` (English when it has none).
    static func translated(_ text: String, in language: Language) -> String {
        language == .french ? HelpCatalog.french[text] ?? text : text
    }

    /// Lists options in two columns, their help in `language`.
    static func options(_ specs: [OptionSpec], in language: Language) -> String {
        let width = min(26, (specs.map(\.synopsis.count).max() ?? 0) + 2)
        var out = ""
        for spec in specs {
            var help = translated(spec.help, in: language)
            if let allowed = spec.allowed, !names(allowed[0], in: help) || spec.name == "format" {
                help += " (" + allowed.joined(separator: "|") + ")"
            }
            out += line(spec.synopsis, help, width: width)
        }
        return out
    }

    /// Whether `text` has `word` as a whole word (a help that already lists the choices,
    /// as `--color`'s "auto (on a terminal), always or never" does), not inside another
    /// word ("fr" in "from").
    private static func names(_ word: String, in text: String) -> Bool {
        text.split { !($0.isLetter || $0.isNumber || $0 == "-") }.contains { $0 == word }
    }

    /// `  left    right`, the right column wrapped to 80 columns.
    private static func line(_ left: String, _ right: String, width: Int) -> String {
        let lead = "  " + left
        let column = width + 2
        let wrapped = wrap(right, indent: String(repeating: " ", count: column))
        if lead.count >= column {
            return lead + "\n" + wrapped
        }
        return lead + wrapped.dropFirst(lead.count)
    }

    /// How the help shows a criterion: its flag (`--sites N`), or when its id is the name
    /// of one of the default command's options, its key in a profile file (`"format": N`).
    static func criterionSynopsis(_ criterion: Criterion, _ spec: OptionSpec) -> String {
        guard OptionSpec.isClashing(criterion, with: EvaluateCommand.options) else {
            return spec.synopsis
        }
        return "\"\(criterion.id)\": " + (criterion.kind.isEnumerated ? "VALUE" : "N")
    }

    /// What the help says of a criterion after its label: its weight, and when its id is
    /// the name of one of the default command's options, that it can be given only in a
    /// profile file.
    static func criterionNote(_ criterion: Criterion, in language: Language) -> String {
        let strings = HelpStrings.of(language)
        let weight = HelpStrings.fill(strings.weight, "\(criterion.weight)")
        guard OptionSpec.isClashing(criterion, with: EvaluateCommand.options) else { return weight }
        return weight + language.semicolon + " "
            + HelpStrings.fill(strings.profileOnly, "--" + criterion.id)
    }

    /// The help of the default command, with the rule base's criteria and values.
    static func evaluate(_ rules: RuleBase, language: Language) -> String {
        let strings = HelpStrings.of(language)
        var out = """
            orgadvisor \(OrgAdvisorCommand.version): \(strings.about)

            \(strings.usage) \(usageLine("evaluate"))
            \(strings.usageIndent)orgadvisor <command> [options]

            \(HelpStrings.format(strings.criteria, rules.name, rules.version))

            """
        for (criterion, spec) in zip(rules.criteria, OptionSpec.criteria(of: rules, in: language)) {
            out += line(
                criterionSynopsis(criterion, spec),
                spec.help + " (\(criterionNote(criterion, in: language)))", width: 20)
            let indent = String(repeating: " ", count: 22)
            if criterion.kind.isEnumerated {
                let values = criterion.values.map { value -> String in
                    let label = value.label.text(language)
                    return label == value.id ? value.id : "\(value.id) (\(label))"
                }
                out += wrap(values.joined(separator: ", "), indent: indent)
            } else {
                // A numeric criterion's expected value: `a whole number in 1…`.
                out += indent + spec.expected(in: language) + "\n"
            }
        }
        out += "\n\(strings.options)\n" + options(EvaluateCommand.options, in: language)
        out += "\n\(strings.commands)\n"
        for command in OrgAdvisorCommand.commands {
            out += line(command.name, translated(command.summary, in: language), width: 12)
        }
        out += "\n" + strings.footer
        out += """
              \(InputLimits.ruleFileVariable)  \(strings.ruleFileLimit)
              \(InputLimits.profileVariable)    \(strings.profileLimit)

            """
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// The help of another command in `language`: summary, usage, details and options.
    static func command(_ command: Command, language: Language = .english) -> String {
        let strings = HelpStrings.of(language)
        var out =
            "orgadvisor \(command.name): \(translated(command.summary, in: language))\n\n"
            + "\(strings.usage) \(command.usage)\n"
        if let details = command.details { out += "\n" + translated(details, in: language) + "\n" }
        out += "\n\(strings.options)\n" + options(command.options, in: language)
        return FrenchTypography.typeset(out, french: language == .french)
    }

    private static func wrap(_ text: String, indent: String) -> String {
        TextReport(language: .english, width: 80).wrap(text, indent: indent.count)
    }
}
