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
}
