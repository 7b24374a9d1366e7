import OrgAdvisorRules

/// The result of scoring one profile: the scores, the ranking, what the unknown
/// criteria could still change, the advice that applies and (when asked) the trace.
public struct Evaluation: Sendable {
    /// The rule base that scored the profile.
    public let ruleBase: RuleBase
    /// The profile as given.
    public let profile: Profile
    /// The value of every criterion after derivations (NaN when unknown), by index.
    let facts: [Double]
    /// For each criterion set by a derivation, the derivation's index.
    public let derivedBy: [Int: Int]
    /// The score of each form, by form index.
    public let scores: [Score]
    /// Form indices from first to last: by score, ties by declaration order.
    public let ranking: [Int]
    /// Criteria neither given nor derived, by index.
    public let unknownCriteria: [Int]
    /// For each form, the lowest and highest score it could reach if every unknown
    /// criterion were given.
    public let bounds: [ClosedRange<Score>]
    /// The forms that could still win: those at the top, alone or tied, for some values
    /// of the unknown criteria (with none unknown, the forms at the top now), in
    /// declaration order.
    public let possibleWinners: [Int]
    /// False when the space of unknown values was too large to enumerate and
    /// ``bounds`` are safe over-estimates instead of exact, and so are
    /// ``possibleWinners`` unless ``possibleWinnersAreExact``.
    public let boundsAreExact: Bool
    /// The advice that applies, by index.
    public let advice: [Int]
    /// The explanation, when asked for.
    public let trace: Trace?
    /// Set when the bounds are estimates but the search for the possible winners alone
    /// (the one batch runs) found them exactly.
    var winnersSearched = false

    /// Whether ``possibleWinners`` are exact: whenever ``boundsAreExact``, and when the
    /// bounds are estimates, when the search for the possible winners alone settled them
    /// (as batch reports them); else a safe over-estimate.
    public var possibleWinnersAreExact: Bool { boundsAreExact || winnersSearched }

    /// The form ranked first.
    public var winner: Form { ruleBase.forms[ranking[0]] }

    /// The forms sharing the top score (just the winner when there is no tie).
    public var tiedAtTop: [Int] {
        ranking.filter { scores[$0] == scores[ranking[0]] }
    }

    /// The 1-based position of a form in the ranking.
    public func position(of form: Int) -> Int {
        (ranking.firstIndex(of: form) ?? 0) + 1
    }

    /// True when the unknown criteria could still give another winner.
    public var winnerCouldChange: Bool {
        possibleWinners != [ranking[0]]
    }

    /// The value of a criterion after derivations, or nil when unknown.
    public func fact(_ criterion: Int) -> Double? {
        facts[criterion].isNaN ? nil : facts[criterion]
    }
}
