import OrgAdvisor

/// `orgadvisor whatif [--CRITERION VALUE]...`: the smallest changes of the profile
/// that give another winner.
enum WhatIfCommand {
    static let command = Command.profileAnalysis(
        "whatif", summary: "the smallest changes of the profile that change the recommendation",
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        try context.analyseProfile(for: command) { input, format in
            let whatIf = input.rules.whatIf(input.profile)
            switch format {
            case .json:
                return whatIf.json(ruleBase: input.rules).serialized(pretty: true) + "\n"
            case .text:
                return WhatIfText(language: input.language).render(whatIf, rules: input.rules)
            case .markdown:
                return WhatIfMarkdown(language: input.language).render(whatIf, rules: input.rules)
            }
        }
    }
}
