import OrgAdvisor

/// `orgadvisor sensitivity [--CRITERION VALUE]...`: for each criterion weight, the
/// exact interval that keeps the winner and the ranking, and who takes over beyond it.
enum SensitivityCommand {
    static let command = Command.profileAnalysis(
        "sensitivity", summary: "how far each criterion weight may move before the answer changes",
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let input = try context.scoringInput(for: command) else { return command.help }
        let winner = input.rules.evaluate(input.profile, trace: false).winner
        let sensitivity = input.rules.weightSensitivity(input.profile)
        switch input.parsed.value("format", default: TextOrJSON.text) {
        case .json:
            let json = sensitivity.json(ruleBase: input.rules, winner: winner)
            return CommandOutput(stdout: json.serialized(pretty: true) + "\n")
        case .text:
            return CommandOutput(
                stdout: WeightSensitivityText(language: input.language).render(
                    sensitivity, rules: input.rules, winner: winner))
        }
    }
}
