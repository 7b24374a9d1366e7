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
        switch listing {
        case .criteria:
            return CommandOutput(
                stdout: json ? criteriaJSON(rules, language) : criteriaText(rules, language))
        case .forms:
            return CommandOutput(
                stdout: json ? formsJSON(rules, language) : formsText(rules, language))
        }
    }

    private static func kindText(_ criterion: Criterion) -> String {
        var text = criterion.kind.rawValue
        if let range = criterion.rangeDescription { text += " " + range }
        return text
    }

    static func criteriaText(_ rules: RuleBase, _ language: Language) -> String {
        var out = ""
        for criterion in rules.criteria {
            out +=
                "\(criterion.id)  \(kindText(criterion)), weight \(criterion.weight)  \(criterion.location.pathAndLine)\n"
            out += "    \(criterion.label.text(language))\n"
            if let question = criterion.question { out += "    \(question.text(language))\n" }
            for value in criterion.values {
                var line =
                    "    - \(value.id): \(value.label.text(.english)) / \(value.label.text(.french))"
                if !value.aliases.isEmpty {
                    line += " (also: \(value.aliases.joined(separator: ", ")))"
                }
                out += line + "\n"
            }
            out += "\n"
        }
        return out
    }

    static func formsText(_ rules: RuleBase, _ language: Language) -> String {
        var out = ""
        for form in rules.forms {
            out += "\(form.id)  \(form.label.text(language))  \(form.location.pathAndLine)\n"
            out +=
                TextReport(language: language).wrap(form.description.text(language), indent: 4)
                + "\n"
        }
        return out
    }

    private static func text(_ text: LocalizedText) -> JSONValue {
        .object([("en", .string(text.text(.english))), ("fr", .string(text.text(.french)))])
    }

    static func criteriaJSON(_ rules: RuleBase, _ language: Language) -> String {
        let criteria: [JSONValue] = rules.criteria.map { criterion in
            var members: [(String, JSONValue)] = [
                ("id", .string(criterion.id)),
                ("type", .string(criterion.kind.rawValue)),
                ("label", text(criterion.label)),
                ("weight", .number(criterion.weight.description)),
                ("location", .string(criterion.location.description)),
            ]
            if let question = criterion.question { members.append(("question", text(question))) }
            if let minimum = criterion.minimum { members.append(("min", .double(minimum))) }
            if let maximum = criterion.maximum { members.append(("max", .double(maximum))) }
            if criterion.kind.isEnumerated {
                members.append(
                    (
                        "values",
                        .array(
                            criterion.values.map { value in
                                .object([
                                    ("id", .string(value.id)), ("label", text(value.label)),
                                    ("aliases", .array(value.aliases.map { .string($0) })),
                                ])
                            })
                    ))
            }
            return .object(members)
        }
        return JSONValue.object([("ruleBase", rules.jsonIdentity), ("criteria", .array(criteria))])
            .serialized(pretty: true) + "\n"
    }

    static func formsJSON(_ rules: RuleBase, _ language: Language) -> String {
        let forms: [JSONValue] = rules.forms.map { form in
            var members: [(String, JSONValue)] = [
                ("id", .string(form.id)),
                ("label", text(form.label)),
                ("description", text(form.description)),
                ("location", .string(form.location.description)),
            ]
            if let card = form.card { members.append(("card", .string(card))) }
            return .object(members)
        }
        return JSONValue.object([("ruleBase", rules.jsonIdentity), ("forms", .array(forms))])
            .serialized(pretty: true) + "\n"
    }
}
