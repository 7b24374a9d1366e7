import OrgAdvisor

/// `orgadvisor whatif [--CRITERION VALUE]...`: the smallest changes of the profile
/// that give another winner.
enum WhatIfCommand {
    static let options: [OptionSpec] = SensitivityCommand.options

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let rules = try context.loadRuleBase()
        let specs = options + EvaluateCommand.criterionOptions(rules, language: .english)
        if context.wantsHelp {
            return CommandOutput(
                stdout: HelpText.command(
                    "whatif",
                    summary: "the smallest changes of the profile that change the recommendation",
                    specs: options,
                    arguments:
                        "Criteria are given as for the default command (see 'orgadvisor --help')."))
        }
        let parsed = try ArgumentParser(specs: specs, command: "whatif").parse(context.arguments)
        let (weighted, profile) = try EvaluateCommand.scoringInput(
            parsed, rules: rules, context: context, command: "whatif")
        let language = context.language(parsed)
        let result = weighted.whatIf(profile)
        if parsed.value("format") == "json" {
            return CommandOutput(stdout: json(result, rules: weighted) + "\n")
        }
        return CommandOutput(stdout: text(result, rules: weighted, language: language))
    }

    private static func line(_ change: WhatIf.Change, rules: RuleBase, language: Language) -> String
    {
        let what = change.assignments.map(rules.describe).joined(
            separator: language == .french ? " et " : " and ")
        let leader = rules.forms[change.newWinner].label.text(language)
        return "  - \(what) → \(leader) (\(change.scores[change.newWinner].signedDescription))\n"
    }

    static func text(_ result: WhatIf, rules: RuleBase, language: Language) -> String {
        let french = language == .french
        let winner = rules.forms[result.winner].label.text(language)
        var out =
            (french
                ? "Ce qui changerait la recommandation (\(winner)) :\n"
                : "What would change the recommendation (\(winner)):\n")
        out += french ? "Un seul critère :\n" : "One criterion:\n"
        if result.single.isEmpty { out += french ? "  aucun\n" : "  none\n" }
        for change in result.single { out += line(change, rules: rules, language: language) }
        out +=
            french
            ? "Deux critères, aucun des deux ne suffisant seul :\n"
            : "Two criteria, where neither alone does:\n"
        if result.pairs.isEmpty { out += french ? "  aucun\n" : "  none\n" }
        for change in result.pairs { out += line(change, rules: rules, language: language) }
        return out
    }

    private static func json(_ result: WhatIf, rules: RuleBase) -> String {
        func change(_ change: WhatIf.Change) -> JSONValue {
            .object([
                (
                    "set",
                    .array(
                        change.assignments.map { assignment in
                            let criterion = rules.criteria[assignment.criterion]
                            return .object([
                                ("criterion", .string(criterion.id)),
                                ("comparison", .string(assignment.direction?.rawValue ?? "=")),
                                ("value", .string(rules.valueID(assignment.value, of: criterion))),
                            ])
                        })
                ),
                ("winner", .string(rules.forms[change.newWinner].id)),
                ("scores", .object(rules.forms.map { ($0.id, .score(change.scores[$0.index])) })),
            ])
        }
        return JSONValue.object([
            ("schema", .string("orgadvisor.whatif/1")), ("ruleBase", rules.jsonIdentity),
            ("winner", .string(rules.forms[result.winner].id)),
            ("single", .array(result.single.map(change))),
            ("pairs", .array(result.pairs.map(change))),
        ]).serialized(pretty: true)
    }
}
