import OrgAdvisorRules

/// What the deep check found in one part of the profile space (a range of positions
/// of ``RuleBaseAudit``'s enumeration). Parts are merged in any order with the same
/// result: counts add up, flags combine, and each example is the simplest one seen
/// (fewest criteria given, then first position).
public struct AuditTally: Sendable {
    /// A position in the enumeration, with how many criteria its example gives.
    public struct Example: Sendable, Hashable, Comparable {
        /// Criteria given in the example profile.
        public let given: Int
        /// Position in the enumeration.
        public let position: Int

        /// Fewer criteria first, then the earlier position.
        public static func < (lhs: Example, rhs: Example) -> Bool {
            (lhs.given, lhs.position) < (rhs.given, rhs.position)
        }
    }

    /// Profiles that share one set of forms at the top.
    public struct Tie: Sendable {
        /// How many profiles.
        public var count: Int
        /// The simplest of them.
        public var example: Example
    }

    /// Fact profiles visited.
    public var factProfiles = 0
    /// Profiles visited (each fact profile counts the raw profiles that give it).
    public var profiles = 0
    /// Profiles in which no rule fires (every form scores 0).
    public var silentProfiles = 0
    /// Per rule: the profiles in which it fires.
    public var ruleFires: [Int]
    /// Per rule: the simplest profile in which it fires.
    public var ruleExample: [Example?]
    /// Per rule: whether removing its points changes the ranking in some profile.
    public var ruleChangesRanking: [Bool]
    /// Per form: the best (lowest) 1-based rank in a profile where a rule fires.
    public var bestRank: [Int]
    /// Per form: the simplest profile where it has its best rank.
    public var bestRankExample: [Example?]
    /// Per form: the profiles it wins (ranked first, a rule firing).
    public var wins: [Int]
    /// The ties at the top, by the sorted indices of the tied forms.
    public var ties: [[Int]: Tie] = [:]

    /// An empty tally for a rule base with this many rules and forms.
    public init(rules: Int, forms: Int) {
        ruleFires = [Int](repeating: 0, count: rules)
        ruleExample = [Example?](repeating: nil, count: rules)
        ruleChangesRanking = [Bool](repeating: false, count: rules)
        bestRank = [Int](repeating: .max, count: forms)
        bestRankExample = [Example?](repeating: nil, count: forms)
        wins = [Int](repeating: 0, count: forms)
    }

    /// Adds another part's tally (commutative and associative).
    public mutating func merge(_ other: AuditTally) {
        factProfiles += other.factProfiles
        profiles &+= other.profiles
        silentProfiles &+= other.silentProfiles
        for rule in ruleFires.indices {
            ruleFires[rule] &+= other.ruleFires[rule]
            ruleExample[rule] = AuditTally.simplest(ruleExample[rule], other.ruleExample[rule])
            ruleChangesRanking[rule] = ruleChangesRanking[rule] || other.ruleChangesRanking[rule]
        }
        for form in bestRank.indices {
            wins[form] &+= other.wins[form]
            if other.bestRank[form] < bestRank[form] {
                bestRank[form] = other.bestRank[form]
                bestRankExample[form] = other.bestRankExample[form]
            } else if other.bestRank[form] == bestRank[form] {
                bestRankExample[form] = AuditTally.simplest(
                    bestRankExample[form], other.bestRankExample[form])
            }
        }
        for (forms, tie) in other.ties {
            if var mine = ties[forms] {
                mine.count &+= tie.count
                mine.example = min(mine.example, tie.example)
                ties[forms] = mine
            } else {
                ties[forms] = tie
            }
        }
    }

    static func simplest(_ lhs: Example?, _ rhs: Example?) -> Example? {
        guard let lhs else { return rhs }
        guard let rhs else { return lhs }
        return min(lhs, rhs)
    }
}
