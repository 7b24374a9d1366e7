import OrgAdvisorRules

/// How far an evaluation decides the recommendation.
///
/// ```swift
/// let evaluation = rules.evaluate(profile)
/// if evaluation.status == .decided { print("Recommended:", evaluation.winner.id) }
/// ```
public enum RecommendationStatus: String, Sendable, Hashable, CaseIterable {
    /// One form leads, and no values of the unknown criteria change that: it is
    /// recommended.
    case decided
    /// One form leads now, but some values of the unknown criteria would put another
    /// form at the top, alone or tied (``Evaluation/possibleWinners``): no form is
    /// recommended yet.
    case provisional
    /// Several forms share the top score (``Evaluation/tiedAtTop``): no single form is
    /// recommended.
    case tie
    /// No criterion was given: there is nothing to recommend from.
    case nothingGiven = "nothing-given"

    /// The position of the status in ``allCases``.
    @inline(__always)
    package var ordinal: Int {
        switch self {
        case .decided: 0
        case .provisional: 1
        case .tie: 2
        case .nothingGiven: 3
        }
    }

    /// Whether a single form is recommended.
    public var isDecided: Bool { self == .decided }

    /// The status of a result: nothing given when no criterion is given, else a tie when
    /// several forms share the top score, else decided when the leader is the only form
    /// that could still win (alone or tied at the top), else provisional.
    @inline(__always)
    package init(anyGiven: Bool, tied: Bool, onlyLeaderCanWin: Bool) {
        if !anyGiven {
            self = .nothingGiven
        } else if tied {
            self = .tie
        } else {
            self = onlyLeaderCanWin ? .decided : .provisional
        }
    }
}

extension Evaluation {
    /// How far this evaluation decides the recommendation: nothing given, a tie at the
    /// top, a provisional leader (unknown criteria could still change it), or decided.
    public var status: RecommendationStatus {
        RecommendationStatus(
            anyGiven: ruleBase.criteria.indices.contains(where: profile.isGiven),
            tied: tiedAtTop.count > 1, onlyLeaderCanWin: possibleWinners == [ranking[0]])
    }

    /// The forms that could still win besides the one shown as leading: every possible
    /// winner but the leader when one form leads, all of them for a tie or when nothing
    /// is given.
    public var otherPossibleWinners: [Int] {
        switch status {
        case .decided, .provisional: possibleWinners.filter { $0 != ranking[0] }
        case .tie, .nothingGiven: possibleWinners
        }
    }

    /// Whether a rule that fired gave points to a form at the top (from the trace; false
    /// without one).
    public var topFormsHaveReasons: Bool {
        let top = tiedAtTop
        return trace?.rules.contains { entry in
            entry.outcome == .true
                && entry.contributions.contains { top.contains($0.form) && $0.score != .zero }
        } ?? false
    }

    /// The recommended form when the result is decided, else nil.
    public var recommended: Form? { status == .decided ? winner : nil }
}
