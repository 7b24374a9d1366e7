import OrgAdvisorRules

extension RuleBase {
    /// Compiles a rule base from the text of one file.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public convenience init(source: String, path: String = "rules.orgrules") throws(RuleBaseError) {
        self.init(try CheckedRuleBase(source: source, path: path))
    }

    /// Compiles a rule base from several files, read in the order given; a large one in
    /// parts on `runner`'s threads (see ``PartRunner``), with the same result as in one
    /// piece.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public convenience init(files: [SourceFile], runner: PartRunner = .serial)
        throws(RuleBaseError)
    {
        self.init(try CheckedRuleBase(files: files, runner: runner))
    }
}
