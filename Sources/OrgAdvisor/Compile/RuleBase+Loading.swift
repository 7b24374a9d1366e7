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
        self.init(parts: try compiler.compile())
    }

    /// Builds the rule base's program from checked parts.
    convenience init(parts: RuleBaseCompiler.Parts) {
        self.init(
            name: parts.name, version: parts.version, title: parts.title, criteria: parts.criteria,
            forms: parts.forms, rules: parts.rules, derivations: parts.derivations,
            derivationOrder: parts.derivationOrder, advice: parts.advice,
            acceptances: parts.acceptances, fingerprint: parts.fingerprint,
            warnings: parts.warnings, paths: parts.paths)
    }
}
