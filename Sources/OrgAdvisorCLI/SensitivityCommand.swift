import OrgAdvisor

/// `orgadvisor sensitivity [--CRITERION VALUE]...`: for each criterion weight, the
/// exact interval that keeps the winner and the ranking, and who takes over beyond it.
enum SensitivityCommand {
    static let options: [OptionSpec] =
        Context.profileOptions + [
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format",
                allowed: ["text", "json"])
        ] + Context.ruleBaseOptions

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let rules = try context.loadRuleBase()
        let specs = options + EvaluateCommand.criterionOptions(rules, language: .english)
        if context.wantsHelp {
            return CommandOutput(
                stdout: HelpText.command(
                    "sensitivity",
                    summary: "how far each criterion weight may move before the answer changes",
                    specs: options,
                    arguments:
                        "Criteria are given as for the default command (see 'orgadvisor --help')."))
        }
        let parsed = try ArgumentParser(specs: specs, command: "sensitivity").parse(
            context.arguments)
        let (weighted, profile) = try EvaluateCommand.scoringInput(
            parsed, rules: rules, context: context, command: "sensitivity")
        let language = context.language(parsed)
        let winner = weighted.evaluate(profile, trace: false).winner
        let sensitivity = weighted.weightSensitivity(profile)
        if parsed.value("format") == "json" {
            return CommandOutput(
                stdout: sensitivity.json(ruleBase: weighted, winner: winner).serialized(
                    pretty: true)
                    + "\n")
        }
        return CommandOutput(
            stdout: WeightSensitivityText(language: language).render(
                sensitivity, rules: weighted, winner: winner))
    }
}
