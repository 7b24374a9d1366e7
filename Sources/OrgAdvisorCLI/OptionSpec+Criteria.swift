import OrgAdvisor

extension OptionSpec {
    /// One flag per criterion of the rule base (`--sites N`, `--volume VALUE`), its
    /// help the criterion's label in `language` and its expected value the criterion's
    /// values or range (``expected(in:)``).
    static func criteria(of rules: RuleBase, in language: Language) -> [OptionSpec] {
        rules.criteria.map { criterion in
            var spec = OptionSpec(
                name: criterion.id, arity: .value(criterion.kind.isEnumerated ? "VALUE" : "N"),
                help: criterion.label.text(language))
            spec.criterion = criterion
            return spec
        }
    }

    /// Fails when a criterion of `rules` has the name of one of a command's `options`:
    /// its flag `--ID` could not be told from the option (a criterion `x` and the map's
    /// `--x`, a criterion `format` and `--format`).
    static func checkCriterionNames(of rules: RuleBase, against options: [OptionSpec])
        throws(CLIError)
    {
        guard
            let clash = rules.criteria.first(where: { criterion in
                options.contains { $0.name == criterion.id }
            })
        else { return }
        throw .input(
            "criterion '\(clash.id)' has the name of the option '--\(clash.id)'; rename the criterion in the rule files"
        )
    }
}
