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
}
