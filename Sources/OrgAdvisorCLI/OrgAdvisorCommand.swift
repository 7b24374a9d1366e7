import OrgAdvisor

/// The `orgadvisor` command: dispatches to a subcommand (evaluation by default) and
/// turns failures into messages and exit codes.
enum OrgAdvisorCommand {
    /// The tool's version.
    static let version = "0.1.0"

    /// Every subcommand, in the order `--help` lists them; adding a command is adding
    /// its file and one entry here.
    static let commands: [Command] = [
        EvaluateCommand.command, CatalogCommand.criteria, CatalogCommand.forms,
        CheckCommand.command, FmtCommand.command, TestCommand.command, BatchCommand.command,
        WhatIfCommand.command,
        SensitivityCommand.command, MapCommand.command, ReportCommand.command,
        InterviewCommand.command, CompileCommand.command, PageCommand.command,
        LSPCommand.command, CompletionCommand.command,
        HelpCommand.command,
    ]

    /// The commands that take the criteria as flags (`--sites 5`).
    static let withCriterionFlags: [Command] = [
        EvaluateCommand.command, WhatIfCommand.command, SensitivityCommand.command,
        MapCommand.command, ReportCommand.command, InterviewCommand.command,
    ]

    /// The command named `name`, if there is one.
    static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    /// Runs the command line and returns its output: the command named by the first
    /// argument, or evaluation when the first argument is an option or there is none.
    static func run(_ arguments: [String], terminal: Terminal) -> CommandOutput {
        guard let first = arguments.first, !first.hasPrefix("-") else {
            return run(EvaluateCommand.command.name, arguments, terminal: terminal)
        }
        return run(first, Array(arguments.dropFirst()), terminal: terminal)
    }

    /// Runs the command named `name` with its arguments.
    static func run(_ name: String, _ arguments: [String], terminal: Terminal) -> CommandOutput {
        guard let command = command(named: name) else {
            return Context(terminal: terminal, arguments: arguments).failure(unknownCommand(name))
        }
        let context = Context(terminal: terminal, arguments: arguments)
        do {
            return try command.run(context)
        } catch {
            return context.failure(error)
        }
    }

    private static func unknownCommand(_ name: String) -> CLIError {
        .invalidUsage(
            .unknownCommand(
                name, suggestion: NameSuggestion.nearest(to: name, in: commands.map(\.name))),
            command: nil)
    }
}
