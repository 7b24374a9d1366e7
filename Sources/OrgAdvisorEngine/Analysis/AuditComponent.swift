import OrgAdvisorRules

/// A group of criteria that derivations tie together (a derived criterion and the
/// criteria its derivations read, transitively), or a single criterion that no
/// derivation touches, with the distinct facts its profiles give the rules.
///
/// Scores depend only on the facts after derivations, so the deep check enumerates,
/// per component, every way of giving its criteria (one class each, or unknown),
/// applies its derivations, and keeps each distinct projection onto the criteria that
/// rules read once (an *option*), with how many raw profiles give it and the simplest
/// of them as an example. The whole space is then the product of the components'
/// options.
public struct AuditComponent: Sendable {
    /// One distinct outcome of a component for the rules.
    public struct Option: Sendable {
        /// The fact of each criterion of ``AuditComponent/read`` (a class
        /// representative, or NaN for unknown).
        public let facts: [Double]
        /// How many ways of giving the component's criteria lead to it.
        public let count: Int
        /// The simplest such way (fewest criteria given, then fewest given that no
        /// rule reads, then first in enumeration order): a raw value per criterion of
        /// ``AuditComponent/criteria``, NaN when not given.
        public let example: [Double]
        /// How many criteria the example gives.
        public let given: Int
        /// The rules of ``AuditComponent/localRules`` that fire with these facts.
        public let fired: [Int]
        /// What those rules give each form (weighted points, in millionths).
        public let scores: [Int64]
    }

    /// The criteria, by index, increasing.
    public let criteria: [Int]
    /// The criteria of the component that rules read.
    public let read: [Int]
    /// The derivations inside the component, in evaluation order.
    public let derivations: [Int]
    /// The rules that read only criteria of this component: their outcome is part of
    /// each option, so the enumeration of the whole space does not evaluate them again
    /// (empty when the component is not enumerated, or when keeping every option's
    /// fired rules would take more than ``firedBudget`` entries: the enumeration then
    /// evaluates them per profile, in memory linear in the options).
    public let localRules: [Int]
    /// The most fired-rule entries all options of a component keep (a few tens of MB):
    /// 20,000 rules on as many thresholds would otherwise keep 200 million.
    public static let firedBudget = 1 << 22
    /// The distinct outcomes, in order of first appearance; empty when the component
    /// has more raw profiles than the limit.
    public let options: [Option]
    /// The number of raw profiles of the component (classes + unknown per criterion),
    /// nil on overflow.
    public let rawCount: Int?
    /// Derivations whose condition is true in some profile of the component.
    public let conditionHolds: Set<Int>
    /// Derivations that set their criterion in some profile of the component.
    public let applies: Set<Int>

    /// True when its profiles were enumerated.
    public var isEnumerated: Bool { !options.isEmpty }

    /// Enumerates a component, unless it has more than `limit` raw profiles; keeps the
    /// outcomes of its local rules per option unless they take more than `firedBudget`
    /// entries.
    init(
        criteria: [Int], read: [Int], derivations: [Int], space: ProfileSpace, limit: Int,
        firedBudget: Int = AuditComponent.firedBudget
    ) {
        self.criteria = criteria
        self.read = read
        self.derivations = derivations
        let readSet = Set(read)
        let localRules = space.ruleBase.rules.filter { rule in
            !rule.criteria.isEmpty && rule.criteria.allSatisfy(readSet.contains)
        }.map { $0.index }
        let rawCount = space.count(of: criteria, includingUnknown: true)
        self.rawCount = rawCount
        guard let total = rawCount, total <= limit else {
            options = []
            self.localRules = []
            conditionHolds = []
            applies = []
            return
        }
        let ruleBase = space.ruleBase
        var holds = Set<Int>()
        var applied = Set<Int>()
        var index: [[Int]: Int] = [:]
        var facts: [[Double]] = []
        var counts: [Int] = []
        var examples: [[Double]] = []
        var givens: [Int] = []
        var indirect: [Int] = []
        space.forEach(
            varying: criteria, of: Profile(for: ruleBase), includingUnknown: true
        ) { _, profile in
            var values = profile.values
            ruleBase.replayDerivations(&values, only: derivations) { step, _ in
                if step.truth == .true { holds.insert(step.derivation) }
                if step.outcome == .applied { applied.insert(step.derivation) }
            }
            let key = read.map { space.classIndex(of: values[$0], criterion: $0) ?? -1 }
            let given = criteria.count { !profile.values[$0].isNaN }
            let unread = criteria.count { !profile.values[$0].isNaN && !readSet.contains($0) }
            if let position = index[key] {
                counts[position] += 1
                if (given, unread) < (givens[position], indirect[position]) {
                    givens[position] = given
                    indirect[position] = unread
                    examples[position] = criteria.map { profile.values[$0] }
                }
            } else {
                index[key] = facts.count
                facts.append(
                    zip(read, key).map { criterion, klass in
                        klass < 0 ? .nan : space.classes[criterion][klass].representative
                    })
                counts.append(1)
                examples.append(criteria.map { profile.values[$0] })
                givens.append(given)
                indirect.append(unread)
            }
        }
        let outcomes = AuditComponent.outcomes(
            of: localRules, facts: facts, read: read, ruleBase: ruleBase, budget: firedBudget)
        self.localRules = outcomes == nil ? [] : localRules
        options = facts.indices.map { option in
            Option(
                facts: facts[option], count: counts[option], example: examples[option],
                given: givens[option], fired: outcomes?.fired[option] ?? [],
                scores: outcomes?.scores[option]
                    ?? [Int64](repeating: 0, count: ruleBase.forms.count))
        }
        conditionHolds = holds
        applies = applied
    }

    /// The local rules that fire with each option's facts and what they give each
    /// form; nil when the fired lists would exceed `budget` entries.
    private static func outcomes(
        of localRules: [Int], facts: [[Double]], read: [Int], ruleBase: RuleBase, budget: Int
    ) -> (fired: [[Int]], scores: [[Int64]])? {
        let program = ruleBase.program
        var values = [Double](repeating: .nan, count: ruleBase.criteria.count)
        var fired: [[Int]] = []
        var scores: [[Int64]] = []
        var entries = 0
        for option in facts {
            for (offset, criterion) in read.enumerated() { values[criterion] = option[offset] }
            var optionFired: [Int] = []
            var optionScores = [Int64](repeating: 0, count: ruleBase.forms.count)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
                values.withUnsafeMutableBufferPointer { buffer in
                    program.addPoints(
                        of: localRules, buffer, stack: stack.baseAddress!, to: &optionScores
                    ) { optionFired.append($0) }
                }
            }
            entries += optionFired.count
            if entries > budget { return nil }
            fired.append(optionFired)
            scores.append(optionScores)
        }
        return (fired, scores)
    }
}
