import OrgAdvisorRules

/// One finding of the deep check of a rule base (``RuleBaseAudit``): what, how serious,
/// where, and an example profile where one helps.
public struct AuditFinding: Sendable, Hashable {
    /// The kinds of finding (declared with the rule language, whose `accept` lines name them).
    public typealias Kind = FindingKind

    /// What was found.
    public var kind: Kind
    /// What is wrong, lower case, names in single quotes.
    public var message: String
    /// The declaration concerned: a rule, a derivation, a form (the first of a tie),
    /// or the rule base (for `space-too-large`, and `unused-accept` on the rule base).
    public var subject: Acceptance.Subject
    /// Where the declaration (or the `accept` line) is; nil for the whole space.
    public var location: SourceLocation?
    /// How many columns of the location to underline.
    public var length: Int
    /// Other places that matter (e.g. the other forms of a tie).
    public var related: [SourceLocation]
    /// An example profile, by criterion index (NaN = not given), when one helps.
    public var example: Profile?
    /// How many profiles have it (ties, rule firing), when counted.
    public var count: Int?
    /// The forms concerned (a tie's forms, the form that never wins), by index.
    public var forms: [Int]
    /// For never-wins: the best rank the form reaches (1-based).
    public var bestRank: Int?
    /// The `accept` line that explains it, if any.
    public var acceptance: Acceptance?

    /// The severity of its kind.
    public var severity: Diagnostic.Severity { kind.severity }

    /// True when an `accept` line explains it.
    public var isExplained: Bool { acceptance != nil }

    /// Creates a finding.
    public init(
        kind: Kind, subject: Acceptance.Subject, message: String, location: SourceLocation?,
        length: Int = 1,
        related: [SourceLocation] = [], example: Profile? = nil, count: Int? = nil,
        forms: [Int] = [], bestRank: Int? = nil, acceptance: Acceptance? = nil
    ) {
        self.kind = kind
        self.subject = subject
        self.message = message
        self.location = location
        self.length = length
        self.related = related
        self.example = example
        self.count = count
        self.forms = forms
        self.bestRank = bestRank
        self.acceptance = acceptance
    }
}
