import OrgAdvisor

/// `orgadvisor interview [--CRITERION VALUE]...`: a guided consultation that asks the
/// rules' questions, the one that best narrows the possible winners first, reading one
/// answer per line from standard input (a terminal, or scripted answers in a pipe).
enum InterviewCommand {
    static let command = Command(
        name: "interview",
        summary:
            "a guided consultation: asks the question that best narrows the choice, until decided",
        usage: "orgadvisor interview [--CRITERION VALUE]... [--format text|json]",
        details: """
            Answers are read one per line from standard input: a value's id, label or alias \
            in either language (or its number in the list), a number for numeric criteria, \
            '?' for don't know, 'back' to take back the last answer, 'quit' to stop. \
            Criteria given as options count as answered. The interview stops when the \
            recommendation is decided, when every question that matters was asked, or at \
            the end of the input, and prints the explained result. With '--format json', the \
            questions go to standard error and the transcript (every step and the result, in \
            the evaluation schema) to standard output.
            """,
        options: OptionSpec.profileOptions + [.format(TextOrJSON.self)]
            + OptionSpec.ruleBaseOptions,
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let input = try context.scoringInput(for: command) { parsed, _ throws(CLIError) in
            if parsed.options["profile"]?.contains("-") == true {
                throw .invalidUsage(.profileFromStdin, command: command.name)
            }
        }
        guard let input else { return command.help(context) }
        let format = input.parsed.value("format", default: TextOrJSON.text)
        var session = InterviewSession(
            rules: input.rules, profile: input.profile, language: input.language,
            width: context.width, prompts: format == .json ? 2 : 1)
        let stop = session.run()
        let evaluation = session.interview.evaluation(trace: true)
        switch format {
        case .json:
            let json = session.transcript.json(
                given: session.given, stop: stop, result: evaluation, language: input.language)
            return CommandOutput(stdout: json.serialized(pretty: true) + "\n")
        case .text:
            let report = TextReport(
                language: input.language, width: context.width, color: context.color(input.parsed)
            ).render(
                evaluation, effects: input.rules.unknownCriterionEffects(of: evaluation),
                nextQuestion: session.nextQuestion())
            return CommandOutput(stdout: "\n" + report)
        }
    }
}
