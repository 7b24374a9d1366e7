import OrgAdvisorRules

/// The explanation of an evaluation: for every criterion where its value came from,
/// for every derivation and rule what it decided and why, and the points it gave.
public struct Trace: Sendable {
    /// The value of every criterion, by index.
    public let inputs: [InputTrace]
    /// Every derivation, in evaluation order.
    public let derivations: [DerivationTrace]
    /// Every rule, in declaration order.
    public let rules: [RuleTrace]
    /// Every advice item, in declaration order.
    public let advice: [AdviceTrace]
}

/// Where a criterion's value came from.
public enum InputSource: Sendable, Hashable {
    /// Given in the profile.
    case given
    /// Set by the derivation with this index.
    case derived(Int)
    /// Neither given nor derived.
    case unknown
}

/// The value of one criterion and where it came from.
public struct InputTrace: Sendable, Hashable {
    /// The criterion's index.
    public let criterion: Int
    /// The raw value (a number, or an enumerated value's index), nil when unknown.
    public let value: Double?
    /// Given, derived or unknown.
    public let source: InputSource
}

/// A value read by a condition.
public struct ReadTrace: Sendable, Hashable {
    /// The criterion's index.
    public let criterion: Int
    /// The raw value, nil when unknown.
    public let value: Double?
    /// Given, derived or unknown.
    public let source: InputSource
}

/// What a derivation did.
public struct DerivationTrace: Sendable {
    /// What happened.
    public enum Outcome: String, Sendable, Hashable {
        /// It set its criterion.
        case applied
        /// Its criterion was given in the profile, so it did not run.
        case given
        /// An earlier derivation already set its criterion.
        case alreadyDerived = "already-derived"
        /// Its condition was false.
        case notApplicable = "not-applicable"
        /// Its condition was unknown.
        case unknown
    }

    /// The derivation's index.
    public let derivation: Int
    /// What happened.
    public let outcome: Outcome
    /// The clause that decided its condition.
    public let decidingClause: ConditionSource
    /// The values its condition read.
    public let reads: [ReadTrace]
}

/// What a rule decided and the points it gave.
public struct RuleTrace: Sendable {
    /// The rule's index.
    public let rule: Int
    /// True: it fired; false: it did not; unknown: a criterion it needs is unknown.
    public let outcome: Truth
    /// The clause that decided the outcome: the whole condition when it fired, else
    /// the first part that was false (or unknown).
    public let decidingClause: ConditionSource
    /// The values its condition read.
    public let reads: [ReadTrace]
    /// The points it gave each form (all zero unless it fired).
    public let contributions: [Contribution]
}

/// Points given to one form by one rule: weight × points.
public struct Contribution: Sendable, Hashable {
    /// The form's index.
    public let form: Int
    /// The points as written in the rule.
    public let points: FixedDecimal
    /// The weight applied.
    public let weight: FixedDecimal
    /// weight × points when the rule fired, else zero.
    public let score: Score
}

/// Whether an advice item applies.
public struct AdviceTrace: Sendable {
    /// The advice's index.
    public let advice: Int
    /// Whether it applies.
    public let applies: Bool
    /// The truth of its condition (true when it has none).
    public let condition: Truth
    /// The clause that decided its condition, if it has one.
    public let decidingClause: ConditionSource?
    /// False when it is restricted to forms that did not win.
    public let matchesWinner: Bool
}
