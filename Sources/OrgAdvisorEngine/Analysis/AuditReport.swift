import OrgAdvisorRules

/// The result of the deep check of a rule base: its findings in a fixed order, and
/// how much of the space was covered.
public struct AuditReport: Sendable {
    /// The rule base checked.
    public let ruleBase: RuleBase
    /// The findings, ordered by location (file order, line, column), then kind; the
    /// findings about the whole rule base first.
    public let findings: [AuditFinding]
    /// The criteria that span the space (read by a rule or a derivation), by index.
    public let criteria: [Int]
    /// The fact profiles enumerated (0 when the space was too large).
    public let factProfiles: Int
    /// The profiles they stand for; nil on overflow.
    public let profiles: Int?
    /// The profiles where no rule fires.
    public let silentProfiles: Int
    /// True when the whole space was enumerated; false when only the per-rule and
    /// per-derivation checks ran.
    public let isComplete: Bool
    /// Per form: the profiles it wins (a rule firing), when the space was enumerated.
    public let wins: [Int]

    /// The findings with no `accept` line.
    public var unexplained: [AuditFinding] { findings.filter { !$0.isExplained } }

    /// The unexplained findings of a severity.
    public func count(_ severity: Diagnostic.Severity) -> Int {
        findings.count { !$0.isExplained && $0.severity == severity }
    }

    /// A profile as command-line flags, criteria in declaration order:
    /// `--structure centralised --volume high`, or `(nothing given)`.
    public func flags(_ profile: Profile) -> String {
        let parts = ruleBase.criteria.indices.compactMap { index -> String? in
            guard let value = profile.rawValue(index) else { return nil }
            let criterion = ruleBase.criteria[index]
            return "--\(criterion.id) \(ruleBase.valueID(value, of: criterion))"
        }
        return parts.isEmpty ? "(nothing given)" : parts.joined(separator: " ")
    }
}
