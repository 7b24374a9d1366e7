/// Exact score bounds and possible winners over every way of giving the unknown
/// criteria a value.
///
/// Numeric criteria only matter through the thresholds the conditions compare them
/// with, so each criterion has finitely many representative values. Rules whose
/// conditions read no unknown criterion are fixed; the others are grouped into
/// components of unknown criteria that rules read together, each component is
/// enumerated on its own, and the components are combined exactly: by sums for the
/// bounds, and by Pareto fronts of score differences for the possible winners.
struct CompletionAnalysis {
    /// The result.
    struct Result {
        var bounds: [ClosedRange<Score>]
        var possibleWinners: [Int]
        var isExact: Bool
    }

    /// The largest number of value combinations enumerated for one component.
    static let enumerationLimit = 1 << 21

    let ruleBase: RuleBase
    let facts: [Double]
    let scores: [Score]

    func run() -> Result {
        let formCount = ruleBase.forms.count
        let unknown = Set(ruleBase.criteria.indices.filter { facts[$0].isNaN })
        let winner = ruleBase.forms.indices.min { lhs, rhs in
            scores[lhs] != scores[rhs] ? scores[lhs] > scores[rhs] : lhs < rhs
        }!
        if unknown.isEmpty {
            return Result(bounds: scores.map { $0...$0 }, possibleWinners: [winner], isExact: true)
        }
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
            winners = (0..<formCount).filter { canWin($0, base: base, options: options) }
        } else {
            // Safe over-estimate: a form can win unless another form's lowest score
            // beats its highest.
            winners = (0..<formCount).filter { form in
                !(0..<formCount).contains { other in
                    other != form
                        && (other < form
                            ? bounds[other].lowerBound >= bounds[form].upperBound
                            : bounds[other].lowerBound > bounds[form].upperBound)
                }
            }
        }
        return Result(bounds: bounds, possibleWinners: winners, isExact: exact)
    }

    /// A group of unknown criteria read together, and the rules that read them.
    struct Component {
        var criteria: [Int]
        var rules: [Int]
    }

    private func groups(of rules: [Int], unknown: Set<Int>) -> [Component] {
        var parent: [Int: Int] = [:]
        func find(_ x: Int) -> Int {
            var x = x
            while let p = parent[x], p != x { x = p }
            return x
        }
        for rule in rules {
            let read = ruleBase.rules[rule].criteria.filter(unknown.contains)
            for criterion in read where parent[criterion] == nil { parent[criterion] = criterion }
            for criterion in read.dropFirst() {
                let a = find(read[0])
                let b = find(criterion)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: Component] = [:]
        for criterion in parent.keys.sorted() {
            byRoot[find(criterion), default: Component(criteria: [], rules: [])].criteria.append(
                criterion)
        }
        for rule in rules {
            let first = ruleBase.rules[rule].criteria.first(where: unknown.contains)!
            byRoot[find(first)]!.rules.append(rule)
        }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    /// Every distinct score vector the component's rules can give, or nil when the
    /// component has too many value combinations.
    private func enumerate(_ component: Component) -> [[Int64]]? {
        var total = 1
        for criterion in component.criteria {
            total =
                total.multipliedReportingOverflow(by: ruleBase.representatives[criterion].count)
                .partialValue
            if total > CompletionAnalysis.enumerationLimit || total <= 0 { return nil }
        }
        let formCount = ruleBase.forms.count
        var seen: Set<[Int64]> = []
        var vectors: [[Int64]] = []
        var values = facts
        var digits = [Int](repeating: 0, count: component.criteria.count)
        let program = ruleBase.program
        var vector = [Int64](repeating: 0, count: formCount)
        values.withUnsafeMutableBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
                while true {
                    for (position, criterion) in component.criteria.enumerated() {
                        buffer[criterion] = ruleBase.representatives[criterion][digits[position]]
                    }
                    for form in 0..<formCount { vector[form] = 0 }
                    for rule in component.rules
                    where program.ruleTruth(rule, buffer, stack: stack.baseAddress!) == 1 {
                        for index in program.ruleContributions[rule] {
                            vector[program.contributionForm[index]] &+=
                                program.contributionScore[index]
                        }
                    }
                    if seen.insert(vector).inserted { vectors.append(vector) }
                    var position = 0
                    while position < digits.count {
                        digits[position] += 1
                        if digits[position]
                            < ruleBase.representatives[component.criteria[position]].count
                        {
                            break
                        }
                        digits[position] = 0
                        position += 1
                    }
                    if position == digits.count { break }
                }
            }
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

    /// Whether some choice of one vector per component makes `form` rank first
    /// (strictly above the forms declared before it, at least equal to the others).
    private func canWin(_ form: Int, base: [Int64], options: [[[Int64]]]) -> Bool {
        let others = (0..<ruleBase.forms.count).filter { $0 != form }
        // need[k]: the smallest difference score(form) - score(others[k]) that wins.
        let need = others.map { $0 < form ? Int64(1) : Int64(0) }
        func difference(_ vector: [Int64]) -> [Int64] {
            others.map { vector[form] &- vector[$0] }
        }
        // The most each later component can still add to each difference.
        var remaining = [[Int64]](
            repeating: [Int64](repeating: 0, count: others.count), count: options.count + 1)
        for index in stride(from: options.count - 1, through: 0, by: -1) {
            let best = options[index].map(difference).reduce(
                into: [Int64](repeating: .min, count: others.count)
            ) {
                for k in $0.indices { $0[k] = max($0[k], $1[k]) }
            }
            remaining[index] = zip(remaining[index + 1], best).map { $0 &+ $1 }
        }
        var front: [[Int64]] = [difference(base)]
        for (index, vectors) in options.enumerated() {
            var next: [[Int64]] = []
            for partial in front {
                for vector in vectors {
                    let sum = zip(partial, difference(vector)).map { $0 &+ $1 }
                    // Drop what cannot reach the need even with the best of the rest.
                    if zip(zip(sum, remaining[index + 1]), need).contains(where: {
                        $0.0 &+ $0.1 < $1
                    }) {
                        continue
                    }
                    next.append(sum)
                }
            }
            front = CompletionAnalysis.paretoMaximal(next)
            if front.isEmpty { return false }
        }
        return front.contains { zip($0, need).allSatisfy { $0 >= $1 } }
    }

    /// The vectors that no other vector dominates (greater or equal everywhere).
    static func paretoMaximal(_ vectors: [[Int64]]) -> [[Int64]] {
        let unique = Array(Set(vectors)).sorted { $0.lexicographicallyPrecedes($1) }
        var kept: [[Int64]] = []
        for (index, vector) in unique.enumerated() {
            let dominated = unique.indices.contains { other in
                other != index && zip(unique[other], vector).allSatisfy { $0 >= $1 }
            }
            if !dominated { kept.append(vector) }
        }
        return kept
    }
}
