import OrgAdvisor

/// `orgadvisor sensitivity [--CRITERION VALUE]...`: for each criterion weight, the
/// exact interval that keeps the winner and the ranking, and who takes over beyond it.
enum SensitivityCommand {
    static let command = Command.profileAnalysis(
        "sensitivity", summary: "how far each criterion weight may move before the answer changes",
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        try context.analyseProfile(for: command) { input, format in
            let evaluation = input.rules.evaluate(input.profile, trace: false)
            let winner = evaluation.winner
            let sensitivity = input.rules.weightSensitivity(input.profile)
            switch format {
            case .json:
                let json = sensitivity.json(ruleBase: input.rules, winner: winner)
                return json.serialized(pretty: true) + "\n"
            case .text:
                return WeightSensitivityText(language: input.language).render(
                    sensitivity, rules: input.rules, winner: winner,
                    tiedAtTop: evaluation.tiedAtTop)
            case .markdown:
                return WeightSensitivityMarkdown(language: input.language).render(
                    sensitivity, rules: input.rules, winner: winner,
                    tiedAtTop: evaluation.tiedAtTop)
            }
        }
    }
}
