import OrgAdvisor

/// `orgadvisor whatif [--CRITERION VALUE]...`: the smallest changes of the profile
/// that give another winner.
enum WhatIfCommand {
    static let command = Command.profileAnalysis(
        "whatif", summary: "the smallest changes of the profile that change the recommendation",
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        guard let input = try context.scoringInput(for: command) else { return command.help }
        let whatIf = input.rules.whatIf(input.profile)
        switch input.parsed.value("format", default: TextOrJSON.text) {
        case .json:
            return CommandOutput(
                stdout: whatIf.json(ruleBase: input.rules).serialized(pretty: true) + "\n")
        case .text:
            return CommandOutput(
                stdout: WhatIfText(language: input.language).render(whatIf, rules: input.rules))
        }
    }
}
