import OrgAdvisor

extension OptionSpec {
    /// One flag per criterion of the rule base (`--sites N`, `--volume VALUE`), its
    /// help the criterion's label in `language` and its expected value the criterion's
    /// values or range.
    static func criteria(of rules: RuleBase, in language: Language) -> [OptionSpec] {
        rules.criteria.map { criterion in
            var spec = OptionSpec(
                name: criterion.id, arity: .value(criterion.kind.isEnumerated ? "VALUE" : "N"),
                help: criterion.label.text(language))
            switch criterion.kind {
            case .choice, .level, .yesNo:
                spec.expected = "one of " + QuotedList.alternatives(criterion.values.map(\.id))
            case .integer, .decimal:
                spec.expected =
                    (criterion.kind == .integer ? "a whole number" : "a number")
                    + (criterion.rangeDescription.map { " in \($0)" } ?? "")
            }
            return spec
        }
    }
}
