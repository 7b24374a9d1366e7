import OrgAdvisorRules

/// The deep check of a rule base (`orgadvisor check --deep`): over the whole finite
/// profile space, rules that can never fire or never change a ranking, derivations
/// that never apply, forms that never win (and the best rank they reach), and ties at
/// the top. Every finding is exact: the space is enumerated, never sampled.
///
/// **The space.** A profile gives each criterion one of its value classes
/// (``ProfileSpace``) or leaves it unknown. Only criteria that a rule or a derivation
/// reads matter. Scores depend only on the facts after derivations, so the check
/// enumerates *fact profiles*: per ``AuditComponent`` (criteria tied by derivations,
/// or one criterion alone), the distinct facts its profiles give the rules, each with
/// the number of profiles that give it. The fact profiles are the product of the
/// components' options, numbered in mixed radix (last component fastest), so that any
/// range of positions can be checked on its own (``tally(_:)``) and the parts merged
/// in any order (``AuditTally/merge(_:)``) with identical results.
///
/// **Definitions.** A rule *fires* in a profile when its condition is true there. A
/// profile is *silent* when no rule fires (every form scores 0, all forms tie); silent
/// profiles count for no win, rank or tie. The *ranking* orders forms by score, ties
/// broken by declaration order; a form *wins* a profile when it is ranked first there.
/// - `never-true` (error): a rule that fires in no profile.
/// - `no-effect` (warning): a rule that fires, but in every profile where it fires,
///   removing its points leaves the whole ranking unchanged.
/// - `never-applies` (error): a derivation that sets its criterion in no profile,
///   because its condition is never true or because the criterion is then always
///   already given or derived.
/// - `never-wins` (warning): a form that wins no profile; the finding gives the best
///   rank it reaches and a profile where it does.
/// - `tie` (warning): a set of two or more forms that share the top score in some
///   non-silent profiles; reported once per set, at the form ranked first by
///   declaration order, with the number of profiles and the simplest one.
///
/// When the fact profiles are more than ``limit``, the check says so
/// (`space-too-large`) and falls back to an exact check of each rule over the
/// components it reads (`never-true`) and of each derivation over its component
/// (`never-applies`); the checks that need the whole space do not run.
///
/// ```swift
/// let audit = RuleBaseAudit(RuleBase.builtIn)
/// let report = audit.run()
/// for finding in report.findings where !finding.isExplained { print(finding.message) }
/// ```
public struct RuleBaseAudit: Sendable {
    /// The rule base checked.
    public let ruleBase: RuleBase
    /// Its value classes.
    public let space: ProfileSpace
    /// The components of the criteria that can change what rules read: the
    /// dimensions of the fact space.
    public let components: [AuditComponent]
    /// The components of every criterion that a derivation touches, with all their
    /// derivations: where each derivation is checked.
    public let derivationComponents: [AuditComponent]
    /// The number of fact profiles (the product of the components' options); nil when
    /// a component could not be enumerated or on overflow.
    public let factCount: Int?
    /// The number of profiles: one class or unknown for each criterion that a rule
    /// reads, directly or through derivations; nil on overflow.
    public let profileCount: Int?
    /// The largest number of fact profiles enumerated.
    public let limit: Int
    /// The largest number of raw profiles enumerated per component (and of option
    /// combinations per rule when the space is too large).
    public let componentLimit: Int

    /// The default limit: about a few seconds of work on one core.
    public static let defaultLimit = 1 << 23

    /// Prepares the check: partitions the space and enumerates each component.
    ///
    /// `firedBudget` bounds the memory that caches the outcome of rules local to a
    /// component (``AuditComponent/firedBudget``); the findings do not depend on it.
    public init(
        _ ruleBase: RuleBase, limit: Int = RuleBaseAudit.defaultLimit,
        componentLimit: Int = 1 << 20, firedBudget: Int = AuditComponent.firedBudget
    ) {
        self.ruleBase = ruleBase
        self.limit = limit
        self.componentLimit = componentLimit
        let space = ProfileSpace(ruleBase)
        self.space = space
        var ruleRead = Set<Int>()
        for rule in ruleBase.rules { ruleRead.formUnion(rule.criteria) }
        // What can change what rules read: their criteria, and what derivations of
        // those criteria read, transitively.
        var relevant = ruleRead
        var changed = true
        while changed {
            changed = false
            for derivation in ruleBase.derivations where relevant.contains(derivation.target) {
                for criterion in derivation.condition.criteria where !relevant.contains(criterion) {
                    relevant.insert(criterion)
                    changed = true
                }
            }
        }
        func group(_ criteria: Set<Int>, derivations: [Int]) -> [AuditComponent] {
            var parent = Array(ruleBase.criteria.indices)
            func find(_ x: Int) -> Int {
                var x = x
                while parent[x] != x { x = parent[x] }
                return x
            }
            for index in derivations {
                let derivation = ruleBase.derivations[index]
                for criterion in derivation.condition.criteria {
                    let (a, b) = (find(derivation.target), find(criterion))
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
            var groups: [Int: [Int]] = [:]
            for criterion in criteria.sorted() {
                groups[find(criterion), default: []].append(criterion)
            }
            return groups.keys.sorted().map { root in
                let members = Set(groups[root]!)
                return AuditComponent(
                    criteria: groups[root]!, read: groups[root]!.filter(ruleRead.contains),
                    derivations: ruleBase.derivationOrder.filter {
                        derivations.contains($0)
                            && members.contains(ruleBase.derivations[$0].target)
                    }, space: space, limit: componentLimit, firedBudget: firedBudget)
            }
        }
        components = group(
            relevant,
            derivations: ruleBase.derivations.indices.filter {
                relevant.contains(ruleBase.derivations[$0].target)
            })
        var touched = Set<Int>()
        for derivation in ruleBase.derivations {
            touched.insert(derivation.target)
            touched.formUnion(derivation.condition.criteria)
        }
        derivationComponents = group(
            touched, derivations: Array(ruleBase.derivations.indices))
        var facts: Int? = 1
        var profiles: Int? = 1
        for component in components {
            if let count = facts {
                let (product, overflow) = count.multipliedReportingOverflow(
                    by: component.options.count)
                facts = component.isEnumerated && !overflow ? product : nil
            }
            if let count = profiles, let raw = component.rawCount {
                let (product, overflow) = count.multipliedReportingOverflow(by: raw)
                profiles = overflow ? nil : product
            } else {
                profiles = nil
            }
        }
        factCount = facts
        profileCount = profiles
    }

    /// True when the whole fact space is enumerated (else only per-rule checks run).
    public var isComplete: Bool {
        guard let factCount else { return false }
        return factCount <= limit
    }

    /// The positions of the enumeration split into `parts` contiguous ranges (some
    /// may be empty); empty when the space is not enumerated.
    public func ranges(_ parts: Int) -> [Range<Int>] {
        let total = isComplete ? factCount ?? 0 : 0
        let parts = max(1, parts)
        return (0..<parts).map { part in
            (total * part / parts)..<(total * (part + 1) / parts)
        }
    }

    /// Checks the fact profiles at the positions in `range`.
    public func tally(_ range: Range<Int>) -> AuditTally {
        let program = ruleBase.program
        let formCount = ruleBase.forms.count
        var tally = AuditTally(rules: ruleBase.rules.count, forms: formCount)
        guard isComplete, !range.isEmpty else { return tally }
        let radix = components.map { $0.options.count }
        var digits = [Int](repeating: 0, count: components.count)
        var rest = range.lowerBound
        for position in components.indices.reversed() {
            digits[position] = rest % radix[position]
            rest /= radix[position]
        }
        var values = [Double](repeating: .nan, count: ruleBase.criteria.count)
        func load(_ position: Int) {
            let option = components[position].options[digits[position]]
            for (offset, criterion) in components[position].read.enumerated() {
                values[criterion] = option.facts[offset]
            }
        }
        for position in components.indices { load(position) }
        var scores = [Int64](repeating: 0, count: formCount)
        var without = scores
        var ranking = Array(0..<formCount)
        var other = ranking
        var fired: [Int] = []
        // The options of every component, flat: option `digit` of component `c` is
        // number `first[c] + digit`.
        var first: [Int] = []
        var optionCount: [Int] = []
        var optionGiven: [Int] = []
        var optionScores: [Int64] = []
        var firedStart: [Int] = [0]
        var firedRules: [Int] = []
        for component in components {
            first.append(optionCount.count)
            for option in component.options {
                optionCount.append(option.count)
                optionGiven.append(option.given)
                optionScores += option.scores
                firedRules += option.fired
                firedStart.append(firedRules.count)
            }
        }
        // Rules that read several components: evaluated per fact profile.
        var local = Set<Int>()
        for component in components { local.formUnion(component.localRules) }
        let crossRules = ruleBase.rules.indices.filter { !local.contains($0) }
        let neutral = ruleBase.rules.map { rule in
            rule.points.allSatisfy { $0.points.thousandths == 0 }
        }
        // Ties by bit mask of the tied forms (when there are at most 64 forms).
        var tiesByMask: [UInt64: AuditTally.Tie] = [:]
        func rank(_ scores: [Int64], into order: inout [Int]) {
            for index in order.indices { order[index] = index }
            // Insertion sort: score descending, declaration order on ties.
            for index in 1..<max(1, order.count) {
                let form = order[index]
                var slot = index
                while slot > 0 && scores[order[slot - 1]] < scores[form] {
                    order[slot] = order[slot - 1]
                    slot -= 1
                }
                order[slot] = form
            }
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
            for position in range {
                var count = 1
                var given = 0
                for form in 0..<formCount { scores[form] = 0 }
                fired.removeAll(keepingCapacity: true)
                for index in 0..<digits.count {
                    let option = first[index] + digits[index]
                    count &*= optionCount[option]
                    given += optionGiven[option]
                    for slot in firedStart[option]..<firedStart[option + 1] {
                        fired.append(firedRules[slot])
                    }
                    let base = option * formCount
                    for form in 0..<formCount { scores[form] &+= optionScores[base + form] }
                }
                let example = AuditTally.Example(given: given, position: position)
                tally.factProfiles += 1
                tally.profiles &+= count
                if !crossRules.isEmpty {
                    values.withUnsafeMutableBufferPointer { buffer in
                        for rule in crossRules
                        where program.ruleTruth(rule, buffer, stack: stack.baseAddress!) == 1 {
                            fired.append(rule)
                            for index in program.ruleContributions[rule] {
                                scores[program.contributionForm[index]] &+=
                                    program.contributionScore[index]
                            }
                        }
                    }
                }
                if fired.isEmpty {
                    tally.silentProfiles &+= count
                } else {
                    rank(scores, into: &ranking)
                    for (offset, form) in ranking.enumerated() {
                        let place = offset + 1
                        if place < tally.bestRank[form] {
                            tally.bestRank[form] = place
                            tally.bestRankExample[form] = example
                        } else if place == tally.bestRank[form] {
                            tally.bestRankExample[form] = AuditTally.simplest(
                                tally.bestRankExample[form], example)
                        }
                    }
                    tally.wins[ranking[0]] &+= count
                    let top = scores[ranking[0]]
                    if formCount > 1 && scores[ranking[1]] == top {
                        if formCount <= 64 {
                            var mask: UInt64 = 0
                            for form in ranking where scores[form] == top { mask |= 1 << form }
                            if var tie = tiesByMask[mask] {
                                tie.count &+= count
                                tie.example = min(tie.example, example)
                                tiesByMask[mask] = tie
                            } else {
                                tiesByMask[mask] = AuditTally.Tie(count: count, example: example)
                            }
                        } else {
                            let tied = ranking.prefix { scores[$0] == top }.sorted()
                            if var tie = tally.ties[tied] {
                                tie.count &+= count
                                tie.example = min(tie.example, example)
                                tally.ties[tied] = tie
                            } else {
                                tally.ties[tied] = AuditTally.Tie(count: count, example: example)
                            }
                        }
                    }
                    for rule in fired {
                        tally.ruleFires[rule] &+= count
                        tally.ruleExample[rule] = AuditTally.simplest(
                            tally.ruleExample[rule], example)
                        guard !tally.ruleChangesRanking[rule], !neutral[rule] else { continue }
                        without = scores
                        for index in program.ruleContributions[rule] {
                            without[program.contributionForm[index]] &-=
                                program.contributionScore[index]
                        }
                        rank(without, into: &other)
                        if other != ranking { tally.ruleChangesRanking[rule] = true }
                    }
                }
                // Advance the odometer, last component fastest.
                var index = components.count - 1
                while index >= 0 {
                    digits[index] += 1
                    if digits[index] < radix[index] {
                        if !crossRules.isEmpty { load(index) }
                        break
                    }
                    digits[index] = 0
                    if !crossRules.isEmpty { load(index) }
                    index -= 1
                }
            }
        }
        for (mask, tie) in tiesByMask {
            tally.ties[(0..<formCount).filter { mask & (1 << $0) != 0 }] = tie
        }
        return tally
    }

    /// Checks the whole space in `parts` parts, one after the other, and reports.
    public func run(parts: Int = 1) -> AuditReport {
        var total = AuditTally(rules: ruleBase.rules.count, forms: ruleBase.forms.count)
        for range in ranges(parts) { total.merge(tally(range)) }
        return report(total)
    }

    /// The profile at a position of the enumeration: the example of each component's
    /// option (criteria not given are unknown).
    public func profile(at position: Int) -> Profile {
        var profile = Profile(for: ruleBase)
        var rest = position
        for component in components.reversed() {
            let option = component.options[rest % component.options.count]
            rest /= component.options.count
            for (offset, criterion) in component.criteria.enumerated() {
                profile.values[criterion] = option.example[offset]
            }
        }
        return profile
    }
}
