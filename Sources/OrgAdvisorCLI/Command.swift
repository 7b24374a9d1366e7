/// One subcommand of `orgadvisor`, declared once: the command list in `--help`, the
/// usage line of its errors, its own help and the dispatch all come from this value
/// (see ``OrgAdvisorCommand/commands``).
struct Command: Sendable {
    /// The name typed after `orgadvisor`, e.g. `whatif`; `evaluate` is the default.
    let name: String
    /// One line: what it does, in the command list and at the top of its help.
    let summary: String
    /// The one-line usage shown in its help and after a usage error.
    let usage: String
    /// Paragraphs of its help between the usage and the options (arguments, exit
    /// codes), nil for none.
    var details: String? = nil
    /// The options its help lists (criterion flags, when it takes them, are listed by
    /// `orgadvisor --help` only).
    var options: [OptionSpec] = []
    /// Runs it; a thrown error becomes a message and an exit code.
    let run: @Sendable (Context) throws(CLIError) -> CommandOutput

    /// Its help in English: summary, usage, details and options.
    var help: CommandOutput {
        CommandOutput(stdout: HelpText.command(self))
    }

    /// Its help in the language of `context`'s messages (``Context/messageLanguage``:
    /// `--lang`, else the locale).
    func help(_ context: Context) -> CommandOutput {
        CommandOutput(stdout: HelpText.command(self, language: context.messageLanguage))
    }

    /// Its options in `context`'s arguments, for a command that takes no other argument:
    /// a usage error names the first one.
    func parseOptions(_ context: Context) throws(CLIError) -> ParsedArguments {
        let parsed = try ArgumentParser(specs: options, command: name).parse(context.arguments)
        if let extra = parsed.positionals.first {
            throw .invalidUsage(.unexpectedPositional(extra), command: name)
        }
        return parsed
    }
}
