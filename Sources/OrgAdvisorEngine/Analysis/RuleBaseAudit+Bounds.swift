import OrgAdvisorRules

extension RuleBaseAudit {
    /// For every pair of forms `(a, b)`, the lowest value of `score(a) - score(b)` over
    /// every profile, exactly, without enumerating the whole space: rules are grouped
    /// by the components they read (linked when one rule reads several), the groups
    /// are independent, so the lowest difference is the sum of each group's lowest.
    /// Nil when a group has more option combinations than ``componentLimit``.
    ///
    /// The fallback uses it to prove that a form never wins when the space is too
    /// large to enumerate: if a form declared before it always scores at least as
    /// much, or one declared after it always scores more.
    func lowestDifferences() -> [[Int64]]? {
        guard components.allSatisfy({ $0.isEnumerated }) else { return nil }
        var componentOf: [Int: Int] = [:]
        for (index, component) in components.enumerated() {
            for criterion in component.read { componentOf[criterion] = index }
        }
        var sets = DisjointSets(count: components.count)
        for rule in ruleBase.rules {
            let read = rule.criteria.compactMap { componentOf[$0] }
            for other in read.dropFirst() { sets.union(read[0], other) }
        }
        let find = { sets.find($0) }
        let formCount = ruleBase.forms.count
        var lowest = [[Int64]](
            repeating: [Int64](repeating: 0, count: formCount), count: formCount)
        let program = ruleBase.program
        for root in components.indices where find(root) == root {
            let group = components.indices.filter { find($0) == root }
            let rules = ruleBase.rules.indices.filter { rule in
                ruleBase.rules[rule].criteria.contains { componentOf[$0].map(find) == root }
            }
            var counter = MixedRadixCounter(radices: group.map { components[$0].options.count })
            guard let total = MixedRadixCounter.count(counter.radices), total <= componentLimit
            else { return nil }
            var low = [[Int64]](
                repeating: [Int64](repeating: .max, count: formCount), count: formCount)
            var values = [Double](repeating: .nan, count: ruleBase.criteria.count)
            var scores = [Int64](repeating: 0, count: formCount)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) {
                stack in
                func load(_ position: Int, _ digit: Int) {
                    let component = components[group[position]]
                    for (offset, criterion) in component.read.enumerated() {
                        values[criterion] = component.options[digit].facts[offset]
                    }
                }
                for position in group.indices { load(position, 0) }
                repeat {
                    for form in 0..<formCount { scores[form] = 0 }
                    values.withUnsafeMutableBufferPointer { buffer in
                        program.addPoints(
                            of: rules, buffer, stack: stack.baseAddress!, to: &scores)
                    }
                    for a in 0..<formCount {
                        for b in 0..<formCount {
                            low[a][b] = min(low[a][b], scores[a] &- scores[b])
                        }
                    }
                } while counter.increment(load)
            }
            for a in 0..<formCount {
                for b in 0..<formCount { lowest[a][b] &+= low[a][b] }
            }
        }
        return lowest
    }
}
