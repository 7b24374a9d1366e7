/// An `accept` line: the rule author's explanation of a finding of the deep check
/// (``RuleBaseAudit``) that is intended, so that the check reports it as explained
/// instead of as a problem.
///
/// ```
/// form hotline
///     ...
///     accept tie "Hotline and Help-Desk tie when only the channels are known: the course"
///                "does not rank them"
/// ```
public struct Acceptance: Sendable, Hashable {
    /// The declaration an `accept` line belongs to.
    public enum Subject: Sendable, Hashable {
        /// The `rulebase` declaration: the whole rule base.
        case ruleBase
        /// A rule, by index.
        case rule(Int)
        /// A derivation, by index.
        case derivation(Int)
        /// A form, by index.
        case form(Int)
    }

    /// The kind of finding it explains.
    public let kind: FindingKind
    /// Where it is written.
    public let subject: Subject
    /// Why the finding is intended.
    public let reason: LocalizedText
    /// Where the `accept` line is.
    public let location: SourceLocation

    /// Creates an acceptance.
    public init(
        kind: FindingKind, subject: Subject, reason: LocalizedText, location: SourceLocation
    ) {
        self.kind = kind
        self.subject = subject
        self.reason = reason
        self.location = location
    }
}
