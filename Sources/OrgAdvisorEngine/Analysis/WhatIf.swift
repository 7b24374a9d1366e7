import OrgAdvisorRules

/// The smallest changes of a profile that give another winner.
public struct WhatIf: Sendable {
    /// One criterion set to one value.
    public struct Assignment: Sendable, Hashable {
        /// The criterion's index.
        public let criterion: Int
        /// The raw value (an enumerated value's index, or a number).
        public let value: Double
        /// For numbers: `>=` or `<=` when every value from this one to the end of the
        /// range has the same effect, `=` when this nearest value does; nil for listed values.
        public let direction: ComparisonOperator?
    }

    /// A change of one or two criteria and what it gives.
    public struct Change: Sendable, Hashable {
        /// The criteria changed, with their new values.
        public let assignments: [Assignment]
        /// The form that then ranks first.
        public let newWinner: Int
        /// The scores then, by form.
        public let scores: [Score]
    }

    /// The current winner.
    public let winner: Int
    /// Every single-criterion change that gives another winner (numbers: the nearest
    /// value on each side), in criterion order.
    public let single: [Change]
    /// Two-criterion changes that give another winner where neither part alone does,
    /// in criterion order.
    public let pairs: [Change]
}

extension RuleBase {
    /// The smallest changes of `profile` that give another winner: every single
    /// change of one criterion (given, derived or unknown), then the pairs of changes
    /// that work together where neither works alone (at most `maximumPairs`; 0 for
    /// none). Exact: every class of values the rules can tell apart is tried.
    public func whatIf(_ profile: Profile, maximumPairs: Int = 50) -> WhatIf {
        var scores = [Score](repeating: .zero, count: forms.count)
        func winner(of profile: Profile) -> Int {
            score(profile, into: &scores)
            return Ranking.winner(scores)
        }
        let current = winner(of: profile)
        // Candidate values per criterion: every representative but the current one.
        var candidates: [[Double]] = []
        for criterion in criteria {
            let value = profile.rawValue(criterion.index)
            candidates.append(representatives[criterion.index].filter { $0 != value })
        }
        var single: [WhatIf.Change] = []
        var works = Set<[Double]>()  // (criterion, value) pairs that change the winner alone
        for criterion in criteria {
            var changing: [(Double, Int, [Score])] = []
            for value in candidates[criterion.index] {
                var changed = profile
                changed.setRawValue(value, at: criterion.index)
                let newWinner = winner(of: changed)
                if newWinner != current {
                    changing.append((value, newWinner, scores))
                    works.insert([Double(criterion.index), value])
                }
            }
            if criterion.kind.isEnumerated {
                for (value, newWinner, newScores) in changing {
                    single.append(
                        WhatIf.Change(
                            assignments: [
                                WhatIf.Assignment(
                                    criterion: criterion.index, value: value, direction: nil)
                            ],
                            newWinner: newWinner, scores: newScores))
                }
            } else {
                // Runs of neighbouring representative values with the same new winner;
                // a run that reaches the end of the range is "at least" / "at most".
                let all = representatives[criterion.index]
                var runs: [[(Double, Int, [Score])]] = []
                for entry in changing {
                    let position = all.firstIndex(of: entry.0)!
                    if let last = runs.last?.last, all.firstIndex(of: last.0)! == position - 1,
                        last.1 == entry.1
                    {
                        runs[runs.count - 1].append(entry)
                    } else {
                        runs.append([entry])
                    }
                }
                let now = profile.rawValue(criterion.index)
                // With a known value, only the nearest run on each side is a smallest change.
                let kept: [[(Double, Int, [Score])]]
                if let now {
                    let below = runs.last { $0.last!.0 < now }
                    let above = runs.first { $0.first!.0 > now }
                    kept = [below, above].compactMap { $0 }
                } else {
                    kept = runs
                }
                for run in kept {
                    let toTop = run.last!.0 == all.last!
                    let fromBottom = run.first!.0 == all.first!
                    let entry: (Double, Int, [Score])
                    let direction: ComparisonOperator
                    if let now, run.last!.0 < now {
                        entry = run.last!
                        direction = fromBottom ? .lessOrEqual : .equal
                    } else if toTop {
                        entry = run.first!
                        direction = .greaterOrEqual
                    } else if fromBottom {
                        entry = run.last!
                        direction = .lessOrEqual
                    } else {
                        entry = run.first!
                        direction = .equal
                    }
                    single.append(
                        WhatIf.Change(
                            assignments: [
                                WhatIf.Assignment(
                                    criterion: criterion.index, value: entry.0, direction: direction
                                )
                            ],
                            newWinner: entry.1, scores: entry.2))
                }
            }
        }
        var pairs: [WhatIf.Change] = []
        search: for first in criteria.indices where maximumPairs > 0 {
            for second in (first + 1)..<criteria.count {
                for firstValue in candidates[first]
                where !works.contains([Double(first), firstValue]) {
                    for secondValue in candidates[second]
                    where !works.contains([Double(second), secondValue]) {
                        var changed = profile
                        changed.setRawValue(firstValue, at: first)
                        changed.setRawValue(secondValue, at: second)
                        let newWinner = winner(of: changed)
                        guard newWinner != current else { continue }
                        pairs.append(
                            WhatIf.Change(
                                assignments: [
                                    WhatIf.Assignment(
                                        criterion: first, value: firstValue, direction: nil),
                                    WhatIf.Assignment(
                                        criterion: second, value: secondValue, direction: nil),
                                ],
                                newWinner: newWinner, scores: scores))
                        if pairs.count >= maximumPairs { break search }
                    }
                }
            }
        }
        return WhatIf(winner: current, single: single, pairs: compress(pairs, profile: profile))
    }

    /// Pairs that differ only in the number given to a numeric criterion, with the
    /// same new winner, become one: the value nearest to the current one, with `>=` or
    /// `<=` when every value from it to the end of the range does the same.
    private func compress(_ pairs: [WhatIf.Change], profile: Profile) -> [WhatIf.Change] {
        var groups: [String: [WhatIf.Change]] = [:]
        var order: [String] = []
        for change in pairs {
            let key =
                change.assignments.map { assignment in
                    criteria[assignment.criterion].kind.isEnumerated
                        ? "\(assignment.criterion)=\(assignment.value)" : "\(assignment.criterion)#"
                }.joined(separator: ",") + "→\(change.newWinner)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(change)
        }
        return order.flatMap { key -> [WhatIf.Change] in
            let group = groups[key]!
            guard
                let position = group[0].assignments.firstIndex(where: {
                    !criteria[$0.criterion].kind.isEnumerated
                })
            else { return group }
            let criterion = group[0].assignments[position].criterion
            let all = representatives[criterion]
            let values = Set(group.map { $0.assignments[position].value })
            let now = profile.rawValue(criterion)
            let nearest = group.min { lhs, rhs in
                let (l, r) = (lhs.assignments[position].value, rhs.assignments[position].value)
                guard let now else { return l < r }
                return abs(l - now) != abs(r - now) ? abs(l - now) < abs(r - now) : l < r
            }!
            let value = nearest.assignments[position].value
            let direction: ComparisonOperator
            if all.filter({ $0 >= value }).allSatisfy(values.contains) {
                direction = .greaterOrEqual
            } else if all.filter({ $0 <= value }).allSatisfy(values.contains) {
                direction = .lessOrEqual
            } else {
                direction = .equal
            }
            var assignments = nearest.assignments
            assignments[position] = WhatIf.Assignment(
                criterion: criterion, value: value, direction: direction)
            return [
                WhatIf.Change(
                    assignments: assignments, newWinner: nearest.newWinner, scores: nearest.scores)
            ]
        }
    }

    /// A change as people write it: `complexity = high`, `sites >= 3`.
    public func describe(_ assignment: WhatIf.Assignment) -> String {
        let criterion = criteria[assignment.criterion]
        let value = valueID(assignment.value, of: criterion)
        return "\(criterion.id) \(assignment.direction?.rawValue ?? "=") \(value)"
    }
}
