import OrgAdvisor

/// `orgadvisor sensitivity [--CRITERION VALUE]...`: for each criterion weight, the
/// exact interval that keeps the winner and the ranking, and who takes over beyond it.
enum SensitivityCommand {
    static let options: [OptionSpec] =
        Context.profileOptions + [
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format",
                allowed: ["text", "json"])
        ] + Context.ruleBaseOptions

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        let rules = try context.loadRuleBase()
        let specs = options + EvaluateCommand.criterionOptions(rules, language: .english)
        if context.wantsHelp {
            return CommandOutput(
                stdout: HelpText.command(
                    "sensitivity",
                    summary: "how far each criterion weight may move before the answer changes",
                    specs: options,
                    arguments:
                        "Criteria are given as for the default command (see 'orgadvisor --help')."))
        }
        let parsed = try ArgumentParser(specs: specs, command: "sensitivity").parse(
            context.arguments)
        let (weighted, profile) = try EvaluateCommand.scoringInput(
            parsed, rules: rules, context: context, command: "sensitivity")
        let language = context.language(parsed)
        let winner = weighted.evaluate(profile, trace: false).winner
        let sensitivity = weighted.weightSensitivity(profile)
        if parsed.value("format") == "json" {
            return CommandOutput(stdout: json(sensitivity, rules: weighted, winner: winner) + "\n")
        }
        return CommandOutput(
            stdout: text(sensitivity, rules: weighted, winner: winner, language: language))
    }

    private static func range(_ interval: WeightSensitivity.Interval) -> String {
        let low = (interval.lower.inclusive ? "[" : "(") + interval.lower.description
        let high = interval.upper.map { $0.description + ($0.inclusive ? "]" : ")") } ?? "∞)"
        return low + ", " + high
    }

    static func text(
        _ sensitivity: WeightSensitivity, rules: RuleBase, winner: Form, language: Language
    ) -> String {
        let french = language == .french
        var out =
            (french
                ? "Sensibilité aux poids de la recommandation : "
                : "Weight sensitivity of the recommendation: ")
            + winner.label.text(language) + "\n\n"
        let header =
            french
            ? ["critère", "poids", "garde la recommandation", "garde le classement", "au-delà"]
            : ["criterion", "weight", "keeps the winner", "keeps the ranking", "beyond it"]
        var rows: [[String]] = [header]
        for entry in sensitivity.entries {
            let criterion = rules.criteria[entry.criterion]
            guard entry.matters else {
                rows.append([
                    criterion.id, entry.weight.description, french ? "sans effet" : "no effect", "",
                    "",
                ])
                continue
            }
            var beyond: [String] = []
            if let below = entry.winner.belowLower {
                beyond.append(
                    (french ? "dessous : " : "below: ") + rules.forms[below].label.text(language))
            }
            if let above = entry.winner.aboveUpper {
                beyond.append(
                    (french ? "dessus : " : "above: ") + rules.forms[above].label.text(language))
            }
            rows.append([
                criterion.id, entry.weight.description, range(entry.winner), range(entry.ranking),
                beyond.joined(separator: ", "),
            ])
        }
        let widths = (0..<header.count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            out += "  " + cells.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        out += "\n"
        if let critical = sensitivity.mostCritical,
            let change = sensitivity.entries[critical].criticalChange
        {
            let percent = Int((change * 100).rounded())
            out +=
                french
                ? "Poids le plus critique : \(rules.criteria[critical].id) (une variation de \(percent) % change la recommandation).\n"
                : "Most critical weight: \(rules.criteria[critical].id) (a change of \(percent) % changes the winner).\n"
        } else {
            out +=
                french
                ? "Aucun poids ne peut changer la recommandation.\n"
                : "No weight can change the winner.\n"
        }
        out +=
            french
            ? "Intervalles exacts, les autres poids fixés ; « ≈ » signale un arrondi au millième.\n"
            : "Exact intervals, the other weights fixed; '≈' marks a value rounded to a thousandth.\n"
        return out
    }

    private static func json(_ sensitivity: WeightSensitivity, rules: RuleBase, winner: Form)
        -> String
    {
        func bound(_ bound: WeightSensitivity.Bound?) -> JSONValue {
            guard let bound else { return .null }
            return .object([
                ("value", .number(String(bound.value))),
                ("numerator", .number(String(bound.numerator))),
                ("denominator", .number(String(bound.denominator))),
                ("inclusive", .bool(bound.inclusive)),
            ])
        }
        func interval(_ interval: WeightSensitivity.Interval) -> JSONValue {
            .object([
                ("lower", bound(interval.lower)), ("upper", bound(interval.upper)),
                ("belowLower", interval.belowLower.map { .string(rules.forms[$0].id) } ?? .null),
                ("aboveUpper", interval.aboveUpper.map { .string(rules.forms[$0].id) } ?? .null),
            ])
        }
        let entries: [JSONValue] = sensitivity.entries.map { entry in
            .object([
                ("criterion", .string(rules.criteria[entry.criterion].id)),
                ("weight", .number(entry.weight.description)), ("matters", .bool(entry.matters)),
                ("winner", interval(entry.winner)), ("ranking", interval(entry.ranking)),
                ("criticalChange", entry.criticalChange.map { .number(String($0)) } ?? .null),
            ])
        }
        return JSONValue.object([
            ("schema", .string("orgadvisor.sensitivity/1")), ("ruleBase", rules.jsonIdentity),
            ("winner", .string(winner.id)),
            (
                "mostCritical",
                sensitivity.mostCritical.map { .string(rules.criteria[$0].id) } ?? .null
            ),
            ("weights", .array(entries)),
        ]).serialized(pretty: true)
    }
}

extension String {
    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
