/// Whole rule base checks: derivation order and cycles, score overflow, and warnings.
extension RuleBaseCompiler {
    // MARK: Derivation order

    /// Orders derivations so that every criterion is derived before any derivation
    /// reads it; reports cycles. Depth first with a stack of its own, so that a chain of
    /// any length is ordered without recursion, in memory linear in its length.
    mutating func orderDerivations(_ derivations: [Derivation]) -> [Int] {
        var byTarget: [Int: [Int]] = [:]
        for derivation in derivations {
            byTarget[derivation.target, default: []].append(derivation.index)
        }
        var state: [Int: Int] = [:]  // 1 visiting, 2 done
        var order: [Int] = []
        var reported = false
        /// The derived criteria that the derivations of `target` read.
        func reads(_ target: Int) -> [Int] {
            (byTarget[target] ?? []).flatMap { index in
                derivations[index].condition.criteria.filter { byTarget[$0] != nil }
            }
        }
        /// Orders `root` and what it reads; returns a cycle met on the way.
        func visit(_ root: Int) -> [Int]? {
            if state[root] == 2 { return nil }
            if state[root] == 1 { return [root] }
            state[root] = 1
            var stack: [(target: Int, reads: [Int], next: Int)] = [(root, reads(root), 0)]
            while let top = stack.last {
                guard top.next < top.reads.count else {
                    state[top.target] = 2
                    order += byTarget[top.target] ?? []
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let read = top.reads[top.next]
                if state[read] == 2 { continue }
                if state[read] == 1 {
                    let path = stack.map { $0.target }
                    return path[(path.firstIndex(of: read) ?? 0)...] + [read]
                }
                state[read] = 1
                stack.append((read, reads(read), 0))
            }
            return nil
        }
        for derivation in derivations where state[derivation.target] != 2 {
            if let cycle = visit(derivation.target), !reported {
                reported = true
                let names = cycle.map { "'\(criteria[$0].id)'" }.joined(separator: " → ")
                let culprit = derivations.first { $0.target == cycle[0] } ?? derivation
                diagnostics.append(
                    Diagnostic(
                        severity: .error,
                        message:
                            "derivations form a cycle: \(names); a derived criterion cannot depend on itself",
                        location: culprit.location,
                        lineText: files.first { $0.path == culprit.location.path }?.lineText(
                            culprit.location.line),
                        length: culprit.id.count))
            }
        }
        return order
    }

    // MARK: Overflow and warnings

    mutating func checkOverflow(_ rules: [Rule]) {
        guard let excess = ScoreLimit.firstExcess(rules) else { return }
        diagnostics.append(
            Diagnostic(
                severity: .error,
                message:
                    "the scores of form '\(forms[excess.form].id)' could exceed the largest score orgadvisor can compute; lower the weights or points",
                location: rules[excess.rule].location))
    }

    func warnings(rules: [Rule], derivations: [Derivation], advice: [Advice])
        -> [Diagnostic]
    {
        // By criterion index: whether a rule or derivation reads it, and which of its
        // values one mentions (all of them for an order comparison).
        var read = [Bool](repeating: false, count: criteria.count)
        var mentioned = criteria.map { [Bool](repeating: false, count: $0.values.count) }
        func mention(_ value: Double, of criterion: Int) {
            // A number criterion's values are numbers, not value indexes: none to mark.
            if let index = Int(exactly: value), mentioned[criterion].indices.contains(index) {
                mentioned[criterion][index] = true
            }
        }
        func note(_ condition: Condition) {
            switch condition {
            case .compare(let criterion, let op, let value, _):
                read[criterion] = true
                if op.needsOrder {
                    for index in mentioned[criterion].indices { mentioned[criterion][index] = true }
                } else {
                    mention(value, of: criterion)
                }
            case .member(let criterion, let values, _, _):
                read[criterion] = true
                for value in values { mention(value, of: criterion) }
            case .and(let parts, _), .or(let parts, _):
                parts.forEach(note)
            case .not(let part, _):
                note(part)
            }
        }
        for rule in rules { note(rule.condition) }
        for derivation in derivations { note(derivation.condition) }
        var result: [Diagnostic] = []
        for criterion in criteria {
            let line = files.first { $0.path == criterion.location.path }?.lineText(
                criterion.location.line)
            if !read[criterion.index] {
                if derivations.contains(where: { $0.target == criterion.index }) { continue }
                result.append(
                    Diagnostic(
                        severity: .warning,
                        message: "criterion '\(criterion.id)' is read by no rule or derivation",
                        location: criterion.location, lineText: line, length: criterion.id.count))
                continue
            }
            guard criterion.kind == .choice else { continue }
            for (index, value) in criterion.values.enumerated()
            where !mentioned[criterion.index][index] {
                result.append(
                    Diagnostic(
                        severity: .warning,
                        message:
                            "value '\(value.id)' of criterion '\(criterion.id)' is mentioned by no rule",
                        location: criterion.location, lineText: line, length: criterion.id.count))
            }
        }
        return result
    }
}
