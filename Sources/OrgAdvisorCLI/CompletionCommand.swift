import OrgAdvisor

/// `orgadvisor completion bash|zsh|fish`: prints a shell completion script written
/// from the command definitions and the rule base (its criterion flags and values).
enum CompletionCommand {
    static let command = Command(
        name: "completion", summary: "print a completion script for bash, zsh or fish",
        usage: "orgadvisor completion bash|zsh|fish [--rules PATH]",
        details: """
            Completes the commands, each command's options, the values of options that
            take a list (criterion values as ids, French and English labels and
            aliases) and file names. With --rules, the criteria of that rule base.

              bash: source <(orgadvisor completion bash) in ~/.bashrc
              zsh:  orgadvisor completion zsh > ~/.zfunc/_orgadvisor, with ~/.zfunc in fpath
              fish: orgadvisor completion fish > ~/.config/fish/completions/orgadvisor.fish
            """,
        options: [.rules, .help], run: run)

    /// The French of the help texts above, by English text (for the help catalog).
    static let french: [String: String] = [
        command.summary: "afficher un script de complétion pour bash, zsh ou fish",
        command.details ?? "": """
        Complète les commandes, les options de chaque commande, les valeurs des options
        qui prennent une liste (les valeurs des critères par identifiant, libellé
        français ou anglais et alias) et les noms de fichiers. Avec --rules, les
        critères de cette base de règles.

          bash : source <(orgadvisor completion bash) dans ~/.bashrc
          zsh :  orgadvisor completion zsh > ~/.zfunc/_orgadvisor, ~/.zfunc dans fpath
          fish : orgadvisor completion fish > ~/.config/fish/completions/orgadvisor.fish
        """,
    ]

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        let shells = CompletionScript.Shell.allCases.map(\.rawValue)
        if parsed.positionals.count > 1 {
            throw .invalidUsage(.unexpectedPositional(parsed.positionals[1]), command: command.name)
        }
        let name = parsed.positionals.first ?? ""
        guard let shell = CompletionScript.Shell(rawValue: name) else {
            throw .invalidUsage(
                .invalidOptionValue(
                    name, option: "SHELL", allowed: shells,
                    suggestion: NameSuggestion.nearest(to: name, in: shells)),
                command: command.name)
        }
        let rules = try context.loadRuleBase()
        let script = CompletionScript(commands: OrgAdvisorCommand.commands, rules: rules)
        return CommandOutput(stdout: script.script(for: shell))
    }
}
