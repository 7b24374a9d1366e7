/// `orgadvisor help [COMMAND]`: the help of a command (`orgadvisor COMMAND --help`), of
/// the default command when none is named, or of itself for `help help`.
enum HelpCommand {
    static let command = Command(
        name: "help", summary: "show help for a command",
        usage: "orgadvisor help [COMMAND] | orgadvisor help --man [--lang LANG]",
        options: [ManPage.option, .rules, .lang], run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.arguments.contains("--man") {
            let parsed = try command.parseOptions(context)
            return CommandOutput(
                stdout: ManPage.render(
                    try context.loadRuleBase(), language: context.language(parsed)))
        }
        // The command is the first argument that is neither an option nor the value of
        // `--lang`; `--lang` goes on to the command's help.
        var name: String?
        var language: [String] = []
        var index = 0
        while index < context.arguments.count {
            let argument = context.arguments[index]
            if argument == "--lang", index + 1 < context.arguments.count {
                language = [argument, context.arguments[index + 1]]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                language = [argument]
            } else if name == nil, !argument.hasPrefix("-") {
                name = argument
            }
            index += 1
        }
        // `help help` and `help --help` describe this command; `help` alone, the default
        // command (which lists every command).
        let asksHelp = context.arguments.contains { $0 == "--help" || $0 == "-h" }
        if name == command.name || (name == nil && asksHelp) { return command.help(context) }
        return OrgAdvisorCommand.run(
            name ?? EvaluateCommand.command.name, ["--help"] + language,
            terminal: context.terminal)
    }
}
