import OrgAdvisorRules

/// For each form, how many fully given profiles it wins: every criterion given, one
/// value class per criterion (see ``ProfileSpace``), each combination counted once.
///
/// Exact: the profile space is enumerated, never sampled. The enumeration splits into
/// index ranges that can run on several threads, and parts merge into the same counts
/// in any order:
///
/// ```swift
/// let space = ProfileSpace(rules)
/// let parts = WinShares.ranges(of: space.fullCount!, parts: 4)
/// let counted = parts.map { rules.winShares(in: space, range: $0) }   // one per thread
/// let shares = WinShares.merged(counted, space: space)
/// ```
public struct WinShares: Sendable, Hashable {
    /// The number of fully given profiles in the whole space, nil when it does not fit
    /// in an `Int`.
    public let spaceSize: Int?
    /// False when the space was larger than the enumeration limit and nothing was
    /// counted (``wins`` and ``tieWins`` are then zero).
    public let isEnumerated: Bool
    /// The profiles counted (the whole space once merged, or one part's range).
    public let counted: Int
    /// For each form (by index), the profiles in which it ranks first, ties broken by
    /// declaration order as in every ranking.
    public let wins: [Int]
    /// For each form, the part of ``wins`` it won by the tie-break: several forms shared
    /// the top score and it was declared first.
    public let tieWins: [Int]

    /// The largest space enumerated (2^24 profiles): about a second on one core of the
    /// project's benchmark machine with 300 mixed rules (each profile adds again the rows
    /// of the tables that read a criterion whose class changed), less on several.
    public static let enumerationLimit = 1 << 24

    /// The profiles in which several forms share the top score.
    public var ties: Int { tieWins.reduce(0, +) }

    /// A form's share of the counted profiles, from 0 to 1 (0 when nothing was counted).
    public func share(of form: Int) -> Double {
        counted == 0 ? 0 : Double(wins[form]) / Double(counted)
    }

    /// The share of the counted profiles with a tie at the top.
    public var tieShare: Double {
        counted == 0 ? 0 : Double(ties) / Double(counted)
    }

    /// The result for a space too large to enumerate: its size, nothing counted.
    public static func notEnumerated(_ space: ProfileSpace) -> WinShares {
        let forms = space.ruleBase.forms.count
        return WinShares(
            spaceSize: space.fullCount, isEnumerated: false, counted: 0,
            wins: [Int](repeating: 0, count: forms), tieWins: [Int](repeating: 0, count: forms))
    }

    /// Whether a space is small enough to enumerate (at most ``enumerationLimit``).
    public static func canEnumerate(_ space: ProfileSpace) -> Bool {
        space.fullCount.map { $0 <= enumerationLimit } ?? false
    }

    /// `0..<total` cut into at most `parts` consecutive ranges of nearly equal size.
    public static func ranges(of total: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, total))
        guard total > 0 else { return [0..<0] }
        return (0..<parts).map { part in
            (total * part / parts)..<(total * (part + 1) / parts)
        }
    }

    /// The sum of counted parts (in any order: the result is the same).
    public static func merged(_ parts: [WinShares], space: ProfileSpace) -> WinShares {
        let forms = space.ruleBase.forms.count
        var wins = [Int](repeating: 0, count: forms)
        var tieWins = [Int](repeating: 0, count: forms)
        var counted = 0
        for part in parts {
            counted += part.counted
            for form in 0..<forms {
                wins[form] += part.wins[form]
                tieWins[form] += part.tieWins[form]
            }
        }
        return WinShares(
            spaceSize: space.fullCount, isEnumerated: parts.allSatisfy { $0.isEnumerated },
            counted: counted, wins: wins, tieWins: tieWins)
    }
}

extension RuleBase {
    /// Counts the winners of the fully given profiles of `space` whose positions (in
    /// the order of ``ProfileSpace/forEach(varying:of:includingUnknown:in:_:)`` over
    /// every criterion) fall in `range`, or of the whole space when `range` is nil and
    /// the space is at most ``WinShares/enumerationLimit`` (else nothing is counted and
    /// ``WinShares/isEnumerated`` is false). `space` must partition this rule base.
    public func winShares(in space: ProfileSpace, range: Range<Int>? = nil) -> WinShares {
        if range == nil, !WinShares.canEnumerate(space) { return .notEnumerated(space) }
        if let range = range ?? space.fullCount.map({ 0..<$0 }),
            let counted = winSharesFromTables(in: space, range: range)
        {
            return counted
        }
        return winSharesByScoring(in: space, range: range)
    }

    /// ``winShares(in:range:)`` by scoring every profile whole: the plain form that the
    /// tables' stepping (``winSharesFromTables(in:range:)``) is checked against, and the
    /// path for rules the tables cannot tell alone.
    package func winSharesByScoring(in space: ProfileSpace, range: Range<Int>?) -> WinShares {
        var wins = [Int](repeating: 0, count: forms.count)
        var tieWins = [Int](repeating: 0, count: forms.count)
        var scores = [Score](repeating: .zero, count: forms.count)
        var counted = 0
        space.forEach(
            varying: Array(criteria.indices), of: Profile(for: self), includingUnknown: false,
            in: range
        ) { _, profile in
            score(profile, into: &scores)
            let (best, tied) = Ranking.top(count: scores.count) { scores[$0] }
            wins[best] += 1
            if tied { tieWins[best] += 1 }
            counted += 1
        }
        return WinShares(
            spaceSize: space.fullCount, isEnumerated: true, counted: counted, wins: wins,
            tieWins: tieWins)
    }
}
