/// `orgadvisor help [COMMAND]`: the help of a command (`orgadvisor COMMAND --help`), or
/// of the default command when none or `help` is named.
enum HelpCommand {
    static let command = Command(
        name: "help", summary: "show help for a command", usage: "orgadvisor help [COMMAND]",
        run: run)

    static func run(_ context: Context) -> CommandOutput {
        let name = context.arguments.first ?? EvaluateCommand.command.name
        return OrgAdvisorCommand.run(
            name == command.name ? EvaluateCommand.command.name : name, ["--help"],
            terminal: context.terminal)
    }
}
