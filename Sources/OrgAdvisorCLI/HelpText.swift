import OrgAdvisor

/// Help texts, generated from the same option specs the parser uses and from the
/// rule base's criteria.
enum HelpText {
    /// The one-line usage of the command named `name` (the default command's when
    /// there is none).
    static func usageLine(_ name: String) -> String {
        (OrgAdvisorCommand.command(named: name) ?? EvaluateCommand.command).usage
    }

    /// Lists options in two columns.
    static func options(_ specs: [OptionSpec]) -> String {
        let width = min(26, (specs.map(\.synopsis.count).max() ?? 0) + 2)
        var out = ""
        for spec in specs {
            var help = spec.help
            if let allowed = spec.allowed, !help.contains(allowed[0]) || spec.name == "format" {
                help += " (" + allowed.joined(separator: "|") + ")"
            }
            out += line(spec.synopsis, help, width: width)
        }
        return out
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

    /// The help of the default command, with the rule base's criteria and values.
    static func evaluate(_ rules: RuleBase, language: Language) -> String {
        var out = """
            orgadvisor \(OrgAdvisorCommand.version): advises which form of IT-support organisation fits a
            company

            Usage: \(usageLine("evaluate"))
                   orgadvisor <command> [options]

            Criteria of the rule base '\(rules.name)' \(rules.version) (a criterion not given
            stays unknown):

            """
        for (criterion, spec) in zip(rules.criteria, OptionSpec.criteria(of: rules, in: language)) {
            out += line(spec.synopsis, spec.help + " (weight \(criterion.weight))", width: 20)
            let indent = String(repeating: " ", count: 22)
            if criterion.kind.isEnumerated {
                let values = criterion.values.map { value -> String in
                    let label = value.label.text(language)
                    return label == value.id ? value.id : "\(value.id) (\(label))"
                }
                out += wrap(values.joined(separator: ", "), indent: indent)
            } else {
                // A numeric criterion's expected value: `a whole number in 1…`.
                out += indent + (spec.expected ?? "") + "\n"
            }
        }
        out += "\nOptions:\n" + options(EvaluateCommand.options)
        out += "\nCommands:\n"
        for command in OrgAdvisorCommand.commands {
            out += line(command.name, command.summary, width: 12)
        }
        out += """

            Values may be given as ids, French or English labels or aliases, in any case.
            Run 'orgadvisor criteria' for every label and alias.

            Exit codes: 0 success, 1 check or test failures, 2 usage error,
                        3 unreadable or invalid input (rules, profile, tests), or output
                        that cannot be written (standard output, --output FILE).

            Environment:
              \(InputLimits.ruleFileVariable)  the most bytes of a rule or test file (default 8M)
              \(InputLimits.profileVariable)    the most bytes of a profile (default 1M)

            """
        return out
    }

    /// The help of another command: summary, usage, details and options.
    static func command(_ command: Command) -> String {
        var out = "orgadvisor \(command.name): \(command.summary)\n\nUsage: \(command.usage)\n"
        if let details = command.details { out += "\n" + details + "\n" }
        out += "\nOptions:\n" + options(command.options)
        return out
    }

    private static func wrap(_ text: String, indent: String) -> String {
        TextReport(language: .english, width: 80).wrap(text, indent: indent.count)
    }
}
