/// The checked contents of rule files: every declaration compiled, cross-checked and in
/// evaluation order, with the warnings found. This is what the rule language hands to the
/// engine (``RuleBase`` builds its program from it); it can also be read back from the
/// compact archive the built-in rule base ships as.
///
/// ```swift
/// let checked = try CheckedRuleBase(source: "…", path: "course.orgrules")
/// print(checked.forms.map { $0.id })
/// ```
public struct CheckedRuleBase: Sendable {
    /// The rule base's name, from its `rulebase` declaration (or its first file's name).
    public var name: String
    /// The rule base's version, from its `rulebase` declaration.
    public var version: String
    /// The title, if declared.
    public var title: LocalizedText?
    /// The criteria, in declaration order.
    public var criteria: [Criterion]
    /// The forms, in declaration order (the tie-break order).
    public var forms: [Form]
    /// The scoring rules, in declaration order.
    public var rules: [Rule]
    /// The derived facts, in declaration order.
    public var derivations: [Derivation]
    /// Derivation indices in evaluation order (each after those it reads).
    public var derivationOrder: [Int]
    /// The advice items, in declaration order.
    public var advice: [Advice]
    /// The `accept` lines, in file order.
    public var acceptances: [Acceptance] = []
    /// A fingerprint of the rule files' names and contents (16 hex digits).
    public var fingerprint: String
    /// Warnings found at load time.
    public var warnings: [Diagnostic]
    /// The paths of the files it was compiled from.
    public var paths: [String]
}

extension CheckedRuleBase {
    /// Compiles the text of one rule file.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public init(source: String, path: String = "rules.orgrules") throws(RuleBaseError) {
        try self.init(files: [SourceFile(path: path, text: source)])
    }

    /// Compiles several rule files, read in the order given; a large rule base in parts
    /// on `runner`'s threads (see ``PartRunner``), with the same result as in one piece.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic when any is an error.
    public init(files: [SourceFile], runner: PartRunner = .serial) throws(RuleBaseError) {
        var compiler = RuleBaseCompiler(files: files)
        self = try compiler.compile(runner: runner)
    }
}
