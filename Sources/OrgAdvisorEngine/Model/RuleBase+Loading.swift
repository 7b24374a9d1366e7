import OrgAdvisorRules

extension RuleBase {
    /// Compiles a rule base from the text of one file.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public convenience init(source: String, path: String = "rules.orgrules") throws(RuleBaseError) {
        self.init(try CheckedRuleBase(source: source, path: path))
    }

    /// Compiles a rule base from several files, read in the order given.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public convenience init(files: [SourceFile]) throws(RuleBaseError) {
        self.init(try CheckedRuleBase(files: files))
    }

    /// Builds the rule base's program from a checked rule base.
    public convenience init(_ checked: CheckedRuleBase) {
        self.init(
            name: checked.name, version: checked.version, title: checked.title,
            criteria: checked.criteria, forms: checked.forms, rules: checked.rules,
            derivations: checked.derivations, derivationOrder: checked.derivationOrder,
            advice: checked.advice, acceptances: checked.acceptances,
            fingerprint: checked.fingerprint, warnings: checked.warnings, paths: checked.paths)
    }
}
