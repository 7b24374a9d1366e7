import OrgAdvisor

/// The `orgadvisor` command: dispatches to a subcommand (evaluation by default) and
/// turns failures into messages and exit codes.
enum OrgAdvisorCommand {
    /// The tool's version.
    static let version = "0.1.0"

    /// The subcommands, with one line of help each.
    static let commands: [(name: String, summary: String)] = [
        ("evaluate", "score a company profile (the default command)"),
        ("criteria", "list the criteria of the rule base, with their values"),
        ("forms", "list the organisation forms of the rule base"),
        ("check", "validate rule files and report every problem"),
        ("test", "run rule test cases against the rule base"),
        ("batch", "score many profiles from JSON or JSON Lines"),
        ("whatif", "the smallest changes of the profile that change the recommendation"),
        ("sensitivity", "how far each criterion weight may move before the answer changes"),
        ("map", "the winner over a grid of two criteria, and each form's share"),
        ("report", "a self-contained HTML or Markdown page of the result, for a course"),
        ("help", "show help for a command"),
    ]

    /// Runs the command line and returns its output.
    static func run(_ arguments: [String], terminal: Terminal) -> CommandOutput {
        var arguments = arguments
        var command = "evaluate"
        if let first = arguments.first, !first.hasPrefix("-") {
            command = first
            arguments.removeFirst()
            if command == "help" {
                command = arguments.first ?? "evaluate"
                arguments = ["--help"]
            }
            guard commands.contains(where: { $0.name == command }) else {
                return Context(terminal: terminal, arguments: []).failure(unknownCommand(command))
            }
        }
        let context = Context(terminal: terminal, arguments: arguments)
        do {
            switch command {
            case "criteria": return try CatalogCommand.run(context, listing: .criteria)
            case "forms": return try CatalogCommand.run(context, listing: .forms)
            case "check": return try CheckCommand.run(context)
            case "test": return try TestCommand.run(context)
            case "batch": return try BatchCommand.run(context)
            case "sensitivity": return try SensitivityCommand.run(context)
            case "whatif": return try WhatIfCommand.run(context)
            case "map": return try MapCommand.run(context)
            case "report": return try ReportCommand.run(context)
            default: return try EvaluateCommand.run(context)
            }
        } catch {
            return context.failure(error)
        }
    }

    private static func unknownCommand(_ name: String) -> CLIError {
        let hint =
            NameSuggestion.nearest(to: name, in: commands.map(\.name)).map {
                "; did you mean '\($0)'?"
            }
            ?? "; to evaluate a profile, give criteria as options, e.g. 'orgadvisor --sites 5'"
        return .usage("unknown command '\(name)'" + hint, command: nil)
    }
}
