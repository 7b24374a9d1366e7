extension RuleBase {
    /// Compiles a rule base from the text of one file.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public convenience init(source: String, path: String = "rules.orgrules") throws(RuleBaseError) {
        try self.init(files: [SourceFile(path: path, text: source)])
    }

    /// Compiles a rule base from several files, read in the order given.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public convenience init(files: [SourceFile]) throws(RuleBaseError) {
        var compiler = RuleBaseCompiler(files: files)
        let compiled = try compiler.compile()
        self.init(copying: compiled)
    }

    private convenience init(copying other: RuleBase) {
        self.init(
            name: other.name, version: other.version, title: other.title, criteria: other.criteria,
            forms: other.forms, rules: other.rules, derivations: other.derivations,
            derivationOrder: other.derivationOrder, advice: other.advice,
            fingerprint: other.fingerprint,
            warnings: other.warnings, paths: other.paths)
    }
}
