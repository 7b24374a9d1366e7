import OrgAdvisor

/// Help texts, generated from the same option specs the parser uses and from the
/// rule base's criteria.
enum HelpText {
    /// The one-line usage of a command.
    static func usageLine(_ command: String) -> String {
        switch command {
        case "criteria":
            return "orgadvisor criteria [--format text|json] [--rules PATH] [--lang fr|en]"
        case "forms": return "orgadvisor forms [--format text|json] [--rules PATH] [--lang fr|en]"
        case "check": return "orgadvisor check [PATH...] [--deep] [--format text|json]"
        case "test": return "orgadvisor test [CASES...] [--rules PATH] [--lang fr|en]"
        case "whatif": return "orgadvisor whatif [--CRITERION VALUE]... [--format text|json]"
        case "sensitivity":
            return "orgadvisor sensitivity [--CRITERION VALUE]... [--format text|json]"
        case "map":
            return "orgadvisor map --x CRITERION --y CRITERION [--CRITERION VALUE]... [options]"
        case "report":
            return
                "orgadvisor report [--CRITERION VALUE]... [--format html|markdown] [--output FILE]"
        case "batch":
            return "orgadvisor batch [FILE|-] [--format jsonl|json|csv|markdown] [--output FILE]"
        default: return "orgadvisor [--CRITERION VALUE]... [--profile FILE] [options]"
        }
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
        for criterion in rules.criteria {
            let spec = OptionSpec(
                name: criterion.id, arity: .value(criterion.kind.isEnumerated ? "VALUE" : "N"),
                help: criterion.label.text(language))
            out += line(spec.synopsis, spec.help + " (weight \(criterion.weight))", width: 20)
            let indent = String(repeating: " ", count: 22)
            switch criterion.kind {
            case .integer, .decimal:
                let kind = criterion.kind == .integer ? "a whole number" : "a number"
                out += indent + kind + (criterion.rangeDescription.map { " in \($0)" } ?? "") + "\n"
            case .choice, .level, .yesNo:
                let values = criterion.values.map { value -> String in
                    let label = value.label.text(language)
                    return label == value.id ? value.id : "\(value.id) (\(label))"
                }
                out += wrap(values.joined(separator: ", "), indent: indent)
            }
        }
        out += "\nOptions:\n" + options(EvaluateCommand.options)
        out += "\nCommands:\n"
        for (name, summary) in OrgAdvisorCommand.commands {
            out += line(name, summary, width: 12)
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

    /// The help of another command.
    static func command(
        _ name: String, summary: String, specs: [OptionSpec], arguments: String? = nil
    ) -> String {
        var out = "orgadvisor \(name): \(summary)\n\nUsage: \(usageLine(name))\n"
        if let arguments { out += "\n" + arguments + "\n" }
        out += "\nOptions:\n" + options(specs)
        return out
    }

    private static func wrap(_ text: String, indent: String) -> String {
        TextReport(language: .english, width: 80).wrap(text, indent: indent.count)
    }
}
