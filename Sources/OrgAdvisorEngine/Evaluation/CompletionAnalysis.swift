import OrgAdvisorRules

/// Exact score bounds and possible winners over every way of giving the unknown
/// criteria a value.
///
/// Numeric criteria only matter through the thresholds the conditions compare them
/// with, so each criterion has finitely many representative values. Rules whose
/// conditions read no unknown criterion are fixed; the others are grouped into
/// components of unknown criteria that rules read together, each component is
/// enumerated on its own, and the components are combined exactly: by sums for the
/// bounds, and by Pareto fronts of score differences for the possible winners.
package struct CompletionAnalysis {
    /// The result.
    package struct Result {
        var bounds: [ClosedRange<Score>]
        package var possibleWinners: [Int]
        /// Whether the bounds and possible winners are exact (false: a safe over-estimate).
        package var isExact: Bool
    }

    /// The largest number of value combinations enumerated for one component.
    static let enumerationLimit = 1 << 21

    let ruleBase: RuleBase
    let facts: [Double]
    let scores: [Score]
    /// The most value combinations enumerated for one component (``enumerationLimit``;
    /// tests lower it to reach the over-estimate).
    let limit: Int

    /// An analysis of the profile with these facts (NaN for unknown) and form scores.
    package init(
        ruleBase: RuleBase, facts: [Double], scores: [Score], limit: Int = enumerationLimit
    ) {
        self.ruleBase = ruleBase
        self.facts = facts
        self.scores = scores
        self.limit = limit
    }

    package func run() -> Result {
        let formCount = ruleBase.forms.count
        let unknown = Set(ruleBase.criteria.indices.filter { facts[$0].isNaN })
        if unknown.isEmpty {
            return Result(
                bounds: scores.map { $0...$0 }, possibleWinners: Ranking.top(scores), isExact: true)
        }
        if let small = enumerateAll(unknown.sorted()) { return small }
        // Fixed part: rules that read no unknown criterion.
        var base = [Int64](repeating: 0, count: formCount)
        var pending: [Int] = []
        for rule in ruleBase.rules {
            if rule.criteria.contains(where: unknown.contains) {
                pending.append(rule.index)
            } else if Tracer.truth(rule.condition, facts: facts) == .true {
                for entry in rule.points { base[entry.form] &+= (rule.weight * entry.points).micro }
            }
        }
        let components = groups(of: pending, unknown: unknown)
        var options: [[[Int64]]] = []
        var exact = true
        for component in components {
            if let vectors = enumerate(component) {
                options.append(vectors)
            } else {
                exact = false
                options.append(independentBounds(component.rules))
            }
        }
        var bounds: [ClosedRange<Score>] = []
        for form in 0..<formCount {
            var low = base[form]
            var high = base[form]
            for vectors in options {
                low &+= vectors.map { $0[form] }.min() ?? 0
                high &+= vectors.map { $0[form] }.max() ?? 0
            }
            bounds.append(Score(micro: low)...Score(micro: high))
        }
        let winners: [Int]
        if exact {
            winners = (0..<formCount).filter {
                CompletionAnalysis.canWin($0, formCount: formCount, base: base, options: options)
            }
        } else {
            // Safe over-estimate: a form can reach the top unless another form's lowest
            // score beats its highest.
            winners = (0..<formCount).filter { form in
                !(0..<formCount).contains { other in
                    other != form && bounds[other].lowerBound > bounds[form].upperBound
                }
            }
        }
        return Result(bounds: bounds, possibleWinners: winners, isExact: exact)
    }

    /// The number of completions below which every completion is simply scored.
    static let directLimit = 256

    /// Scores every completion of the unknown criteria that rules read, when there are
    /// few: the common case of a profile that misses one or two criteria. Only the rules
    /// that read an unknown criterion are evaluated per completion. Nil when there are
    /// too many completions.
    private func enumerateAll(_ unknown: [Int]) -> Result? {
        let program = ruleBase.program
        let formCount = ruleBase.forms.count
        var isUnknown = [Bool](repeating: false, count: ruleBase.criteria.count)
        for criterion in unknown { isUnknown[criterion] = true }
        var pending: [Int] = []
        var read = [Bool](repeating: false, count: ruleBase.criteria.count)
        var base = [Int64](repeating: 0, count: formCount)
        for rule in ruleBase.rules {
            if rule.criteria.contains(where: { isUnknown[$0] }) {
                pending.append(rule.index)
                for criterion in rule.criteria where isUnknown[criterion] { read[criterion] = true }
            }
        }
        let relevant = unknown.filter { read[$0] }
        var counter = MixedRadixCounter(
            radices: relevant.map { ruleBase.representatives[$0].count })
        guard let total = MixedRadixCounter.count(counter.radices),
            total <= min(CompletionAnalysis.directLimit, limit)
        else { return nil }
        var low = [Int64](repeating: .max, count: formCount)
        var high = [Int64](repeating: .min, count: formCount)
        var canWin = [Bool](repeating: false, count: formCount)
        var values = facts
        var scores = [Int64](repeating: 0, count: formCount)
        values.withUnsafeMutableBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
                var next = 0
                for rule in 0..<ruleBase.rules.count {
                    if next < pending.count && pending[next] == rule {
                        next += 1
                        continue
                    }
                    if program.ruleTruth(rule, buffer, stack: stack.baseAddress!)
                        == Program.trueValue
                    {
                        program.forEachPoint(ofRule: rule) { form, points in
                            base[form] &+= points
                        }
                    }
                }
                func load(_ position: Int, _ digit: Int) {
                    buffer[relevant[position]] = ruleBase.representatives[relevant[position]][digit]
                }
                for position in relevant.indices { load(position, 0) }
                repeat {
                    for form in 0..<formCount { scores[form] = base[form] }
                    for rule in pending
                    where program.ruleTruth(rule, buffer, stack: stack.baseAddress!)
                        == Program.trueValue
                    {
                        program.forEachPoint(ofRule: rule) { form, points in
                            scores[form] &+= points
                        }
                    }
                    for form in 0..<formCount {
                        low[form] = min(low[form], scores[form])
                        high[form] = max(high[form], scores[form])
                    }
                    for form in Ranking.top(scores) { canWin[form] = true }
                } while counter.increment(load)
            }
        }
        return Result(
            bounds: (0..<formCount).map { Score(micro: low[$0])...Score(micro: high[$0]) },
            possibleWinners: (0..<formCount).filter { canWin[$0] }, isExact: true)
    }

    /// A group of unknown criteria read together, and the rules that read them.
    struct Component {
        var criteria: [Int]
        var rules: [Int]
    }

    private func groups(of rules: [Int], unknown: Set<Int>) -> [Component] {
        var sets = DisjointSets(count: ruleBase.criteria.count)
        var read = Set<Int>()
        for rule in rules {
            let unknownRead = ruleBase.rules[rule].criteria.filter { unknown.contains($0) }
            read.formUnion(unknownRead)
            for criterion in unknownRead.dropFirst() { sets.union(unknownRead[0], criterion) }
        }
        var byRoot: [Int: Component] = [:]
        for criterion in read.sorted() {
            byRoot[sets.find(criterion), default: Component(criteria: [], rules: [])].criteria
                .append(criterion)
        }
        for rule in rules {
            let first = ruleBase.rules[rule].criteria.first { unknown.contains($0) }!
            byRoot[sets.find(first)]!.rules.append(rule)
        }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    /// Every distinct score vector the component's rules can give, or nil when the
    /// component has too many value combinations.
    private func enumerate(_ component: Component) -> [[Int64]]? {
        let criteria = component.criteria
        var counter = MixedRadixCounter(
            radices: criteria.map { ruleBase.representatives[$0].count })
        guard let total = MixedRadixCounter.count(counter.radices),
            total <= limit
        else { return nil }
        let formCount = ruleBase.forms.count
        var flat: [Int64] = []
        flat.reserveCapacity(min(total, 4096) * formCount)
        var values = facts
        let program = ruleBase.program
        values.withUnsafeMutableBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
                func load(_ position: Int, _ digit: Int) {
                    buffer[criteria[position]] = ruleBase.representatives[criteria[position]][digit]
                }
                for position in criteria.indices { load(position, 0) }
                repeat {
                    let base = flat.count
                    flat.append(contentsOf: repeatElement(0, count: formCount))
                    for rule in component.rules
                    where program.ruleTruth(rule, buffer, stack: stack.baseAddress!)
                        == Program.trueValue
                    {
                        program.forEachPoint(ofRule: rule) { form, points in
                            flat[base + form] &+= points
                        }
                    }
                } while counter.increment(load)
            }
        }
        var vectors: [[Int64]] = []
        for start in stride(from: 0, to: flat.count, by: formCount) {
            let vector = Array(flat[start..<start + formCount])
            if !vectors.contains(vector) { vectors.append(vector) }
        }
        return vectors
    }

    /// For a component too large to enumerate: two vectors holding, per form, the
    /// lowest and highest sums the rules could give if each fired independently.
    private func independentBounds(_ rules: [Int]) -> [[Int64]] {
        let formCount = ruleBase.forms.count
        var low = [Int64](repeating: 0, count: formCount)
        var high = [Int64](repeating: 0, count: formCount)
        for rule in rules {
            for entry in ruleBase.rules[rule].points {
                let points = (ruleBase.rules[rule].weight * entry.points).micro
                if points < 0 { low[entry.form] &+= points } else { high[entry.form] &+= points }
            }
        }
        return [low, high]
    }

    /// Whether some choice of one vector per component puts `form` at the top, alone or
    /// tied (at least equal to every other form).
    ///
    /// Works on score differences `score(form) - score(other)`, one dimension per other
    /// form, keeping after each component only the Pareto-maximal partial sums that
    /// can still reach what winning needs.
    static func canWin(_ form: Int, formCount: Int, base: [Int64], options: [[[Int64]]]) -> Bool {
        let others = (0..<formCount).filter { $0 != form }
        let dimension = others.count
        if dimension == 0 { return true }
        let need = [Int64](repeating: 0, count: others.count)
        // Per component, the distinct difference vectors, flat.
        let differences: [[Int64]] = options.map { vectors in
            var flat: [Int64] = []
            for vector in vectors {
                for other in others { flat.append(vector[form] &- vector[other]) }
            }
            return flat
        }
        // The most and the least each remaining suffix of components can add.
        var most = [Int64](repeating: 0, count: (options.count + 1) * dimension)
        var least = most
        for index in stride(from: options.count - 1, through: 0, by: -1) {
            for k in 0..<dimension {
                var high = Int64.min
                var low = Int64.max
                for start in stride(from: 0, to: differences[index].count, by: dimension) {
                    high = max(high, differences[index][start + k])
                    low = min(low, differences[index][start + k])
                }
                most[index * dimension + k] = most[(index + 1) * dimension + k] &+ high
                least[index * dimension + k] = least[(index + 1) * dimension + k] &+ low
            }
        }
        var front = others.map { base[form] &- base[$0] }
        for index in 0...options.count {
            // Accept at once when even the worst of the rest still wins; give up when
            // even the best of the rest cannot.
            var next: [Int64] = []
            var count = 0
            for start in stride(from: 0, to: front.count, by: dimension) {
                var sure = true
                var possible = true
                for k in 0..<dimension {
                    let value = front[start + k]
                    if value &+ least[index * dimension + k] < need[k] { sure = false }
                    if value &+ most[index * dimension + k] < need[k] { possible = false }
                }
                if sure { return true }
                guard possible, index < options.count else { continue }
                for option in stride(from: 0, to: differences[index].count, by: dimension) {
                    for k in 0..<dimension {
                        next.append(front[start + k] &+ differences[index][option + k])
                    }
                    count += 1
                }
            }
            if index == options.count || count == 0 { return false }
            front = CompletionAnalysis.paretoMaximal(next, dimension: dimension)
        }
        return false
    }

    /// The vectors (flat, `dimension` values each) that no other vector dominates
    /// (greater or equal everywhere), without duplicates.
    static func paretoMaximal(_ flat: [Int64], dimension: Int) -> [Int64] {
        let count = flat.count / dimension
        let order = (0..<count).sorted { lhs, rhs in
            for k in 0..<dimension where flat[lhs * dimension + k] != flat[rhs * dimension + k] {
                return flat[lhs * dimension + k] > flat[rhs * dimension + k]
            }
            return false
        }
        // In decreasing lexicographic order, a vector can only be dominated by one before it.
        var kept: [Int64] = []
        for index in order {
            let start = index * dimension
            var dominated = false
            for other in stride(from: 0, to: kept.count, by: dimension) {
                var covers = true
                for k in 0..<dimension where kept[other + k] < flat[start + k] {
                    covers = false
                    break
                }
                if covers {
                    dominated = true
                    break
                }
            }
            if !dominated { kept.append(contentsOf: flat[start..<start + dimension]) }
        }
        return kept
    }
}
