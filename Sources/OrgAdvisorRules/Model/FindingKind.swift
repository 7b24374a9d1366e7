/// The kinds of finding of the deep check. The first five can be explained in a rule file
/// with an `accept KIND TEXT` line (``Acceptance``), so the rule language declares them.
public enum FindingKind: String, Sendable, Hashable, CaseIterable {
    /// A rule whose condition is true in no profile.
    case neverTrue = "never-true"
    /// A rule that fires, but in no profile where it fires does removing its points
    /// change the ranking.
    case noEffect = "no-effect"
    /// A derivation that sets its criterion in no profile.
    case neverApplies = "never-applies"
    /// A form that is ranked first in no profile.
    case neverWins = "never-wins"
    /// A set of forms that share the top score in some profiles where a rule fires.
    case tie
    /// An `accept` line that explains no finding.
    case unusedAccept = "unused-accept"
    /// The space is too large to enumerate: some checks ran per rule instead, and
    /// the others did not run.
    case spaceTooLarge = "space-too-large"

    /// The kinds an `accept` line may name.
    public static let acceptable: [FindingKind] = [
        .neverTrue, .noEffect, .neverApplies, .neverWins, .tie,
    ]

    /// The declarations (by keyword) on which an `accept` line may name this kind.
    public var acceptedOn: [String] {
        switch self {
        case .neverTrue, .noEffect: return ["rule"]
        case .neverApplies: return ["derive"]
        case .neverWins: return ["form"]
        case .tie: return ["form", "rulebase"]
        case .unusedAccept, .spaceTooLarge: return []
        }
    }

    /// How serious this kind is: errors for what cannot happen, warnings for what
    /// is probably unintended, notes for limits of the check itself.
    public var severity: Diagnostic.Severity {
        switch self {
        case .neverTrue, .neverApplies: return .error
        case .noEffect, .neverWins, .tie, .unusedAccept: return .warning
        case .spaceTooLarge: return .note
        }
    }
}
