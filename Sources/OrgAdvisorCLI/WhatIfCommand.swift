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
            return CommandOutput(
                stdout: result.json(ruleBase: weighted).serialized(pretty: true) + "\n")
        }
        return CommandOutput(stdout: WhatIfText(language: language).render(result, rules: weighted))
    }
}
