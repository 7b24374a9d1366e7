import OrgAdvisorEngine
import OrgAdvisorRules

/// What checking rule files found: the files read (together one rule base), the
/// diagnostics of loading them, the rule base when it loaded, and with the deep check,
/// its report. ``CheckResultText`` and ``json()`` render it.
public struct CheckResult: Sendable {
    /// The rule files, in the order they were read.
    public let files: [SourceFile]
    /// The diagnostics of loading them: errors, or the warnings of a rule base that loaded.
    public let diagnostics: [Diagnostic]
    /// The rule base, when the files loaded without errors.
    public let ruleBase: RuleBase?
    /// Whether the deep check was asked for (`check --deep`).
    public let isDeep: Bool
    /// The deep check's report: nil without the deep check or without a rule base.
    public let audit: AuditReport?

    /// A result; `audit` is only kept when `isDeep` is true.
    public init(
        files: [SourceFile], diagnostics: [Diagnostic], ruleBase: RuleBase?, isDeep: Bool = false,
        audit: AuditReport? = nil
    ) {
        self.files = files
        self.diagnostics = diagnostics
        self.ruleBase = ruleBase
        self.isDeep = isDeep
        self.audit = isDeep ? audit : nil
    }

    /// The errors: those of loading, and the deep check's findings of severity error
    /// that no `accept` line explains.
    public var errorCount: Int {
        diagnostics.count { $0.severity == .error } + (audit?.count(.error) ?? 0)
    }

    /// The warnings, counted as ``errorCount`` counts errors.
    public var warningCount: Int {
        diagnostics.count { $0.severity == .warning } + (audit?.count(.warning) ?? 0)
    }
}
