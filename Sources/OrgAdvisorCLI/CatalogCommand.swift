import OrgAdvisor

/// `orgadvisor criteria` and `orgadvisor forms`: what the loaded rule base knows.
enum CatalogCommand {
    enum Listing {
        case criteria, forms
    }

    static let options: [OptionSpec] =
        [
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format",
                allowed: ["text", "json"])
        ]
        + Context.ruleBaseOptions

    static func run(_ context: Context, listing: Listing) throws(CLIError) -> CommandOutput {
        let name = listing == .criteria ? "criteria" : "forms"
        let parser = ArgumentParser(specs: options, command: name)
        if context.wantsHelp {
            let summary =
                listing == .criteria
                ? "list the criteria of the rule base" : "list the organisation forms"
            return CommandOutput(stdout: HelpText.command(name, summary: summary, specs: options))
        }
        let parsed = try parser.parse(context.arguments)
        if let extra = parsed.positionals.first {
            throw .usage("unexpected argument '\(extra)'", command: name)
        }
        let rules = try context.loadRuleBase()
        let language = context.language(parsed)
        let json = parsed.value("format") == "json"
        let text = RuleBaseCatalogText(language: language)
        switch listing {
        case .criteria:
            return CommandOutput(
                stdout: json
                    ? rules.criteriaJSON.serialized(pretty: true) + "\n" : text.criteria(rules))
        case .forms:
            return CommandOutput(
                stdout: json ? rules.formsJSON.serialized(pretty: true) + "\n" : text.forms(rules))
        }
    }
}
