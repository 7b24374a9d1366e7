import OrgAdvisorEngine
import OrgAdvisorRules

/// How much of the trace a report shows.
public enum ExplainLevel: String, Sendable, Hashable, CaseIterable {
    /// Why the winner leads: the rules that gave it points.
    case summary
    /// Every rule with its outcome, deciding clause and points.
    case full
    /// The rules that did not fire and the clause that stopped each.
    case fails
}
