import OrgAdvisor

/// `orgadvisor criteria` and `orgadvisor forms`: what the loaded rule base knows.
enum CatalogCommand {
    enum Listing {
        case criteria, forms
    }

    static let criteria = Command(
        name: "criteria", summary: "list the criteria of the rule base, with their values",
        usage: usage("criteria"), options: options,
        run: { context throws(CLIError) in
            try run(context, listing: .criteria)
        })

    static let forms = Command(
        name: "forms", summary: "list the organisation forms of the rule base",
        usage: usage("forms"), options: options,
        run: { context throws(CLIError) in
            try run(context, listing: .forms)
        })

    static let options: [OptionSpec] = [.format(TextOrJSON.self)] + OptionSpec.ruleBaseOptions

    private static func usage(_ name: String) -> String {
        "orgadvisor \(name) [--format \(TextOrJSON.choices)] [--rules PATH] [--lang \(OptionSpec.lang.choices)]"
    }

    static func run(_ context: Context, listing: Listing) throws(CLIError) -> CommandOutput {
        let command = listing == .criteria ? criteria : forms
        if context.wantsHelp { return command.help(context) }
        let parsed = try command.parseOptions(context)
        let rules = try context.loadRuleBase()
        let language = context.language(parsed)
        let json = parsed.value("format", default: TextOrJSON.text) == .json
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
