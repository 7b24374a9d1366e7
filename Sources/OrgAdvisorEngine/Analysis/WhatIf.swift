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
    /// none). Exact: every class of values the rules can tell apart (``ProfileSpace``)
    /// is tried, and a number is given as the value of its class nearest to the
    /// current one.
    public func whatIf(_ profile: Profile, maximumPairs: Int = 50) -> WhatIf {
        var scores = [Score](repeating: .zero, count: forms.count)
        var facts: [Double] = []
        withFacts(of: profile) { buffer, _ in facts = Array(buffer) }
        // Every change is scored from the profile's rows, re-adding the tables it changes.
        let scorer = ChangeScorer(ruleBase: self, facts: facts)
        func winner(of profile: Profile) -> Int {
            if let scorer {
                scorer.score(profile, into: &scores)
            } else {
                score(profile, into: &scores)
            }
            return Ranking.winner(scores)
        }
        let current = winner(of: profile)
        // Candidate classes per criterion: every class but the current value's.
        let candidates = criteria.indices.map { criterion in
            let now = profile.rawValue(criterion).flatMap { classIndex(of: $0, criterion) }
            return valueClasses[criterion].indices.filter { $0 != now }
        }
        var single: [WhatIf.Change] = []
        // Per criterion and class: whether the class changes the winner alone.
        var works = valueClasses.map { [Bool](repeating: false, count: $0.count) }
        for criterion in criteria.indices {
            var changing: [WhatIfOutcome] = []
            for index in candidates[criterion] {
                var changed = profile
                changed.setRawValue(valueClasses[criterion][index].representative, at: criterion)
                let newWinner = winner(of: changed)
                if newWinner != current {
                    changing.append(
                        WhatIfOutcome(valueClass: index, winner: newWinner, scores: scores))
                    works[criterion][index] = true
                }
            }
            single += singleChanges(criterion, changing, profile: profile)
        }
        var pairs: [WhatIf.Change] = []
        search: for first in criteria.indices where maximumPairs > 0 {
            for second in (first + 1)..<criteria.count {
                for firstClass in candidates[first] where !works[first][firstClass] {
                    for secondClass in candidates[second] where !works[second][secondClass] {
                        let assignments = [
                            pairAssignment(first, firstClass, profile: profile),
                            pairAssignment(second, secondClass, profile: profile),
                        ]
                        var changed = profile
                        for assignment in assignments {
                            changed.setRawValue(assignment.value, at: assignment.criterion)
                        }
                        let newWinner = winner(of: changed)
                        guard newWinner != current else { continue }
                        pairs.append(
                            WhatIf.Change(
                                assignments: assignments, newWinner: newWinner, scores: scores))
                        if pairs.count >= maximumPairs { break search }
                    }
                }
            }
        }
        return WhatIf(winner: current, single: single, pairs: compress(pairs, profile: profile))
    }

    /// The index of the class of a criterion that holds a raw value.
    private func classIndex(of value: Double, _ criterion: Int) -> Int? {
        valueClasses[criterion].firstIndex { $0.contains(value) }
    }

    /// The single changes of one criterion, from the classes that change the winner
    /// (in class order): each listed value; for numbers, runs of neighbouring classes
    /// with the same new winner, the nearest run on each side of a known value, given
    /// as the value nearest to it (a run that reaches the end of the range is "at
    /// least" / "at most").
    private func singleChanges(
        _ criterion: Int, _ changing: [WhatIfOutcome], profile: Profile
    ) -> [WhatIf.Change] {
        let classes = valueClasses[criterion]
        func change(_ outcome: WhatIfOutcome, value: Double, _ direction: ComparisonOperator?)
            -> WhatIf.Change
        {
            WhatIf.Change(
                assignments: [
                    WhatIf.Assignment(criterion: criterion, value: value, direction: direction)
                ],
                newWinner: outcome.winner, scores: outcome.scores)
        }
        if criteria[criterion].kind.isEnumerated {
            return changing.map { change($0, value: classes[$0.valueClass].representative, nil) }
        }
        var runs: [[WhatIfOutcome]] = []
        for outcome in changing {
            if let last = runs.last?.last, last.valueClass == outcome.valueClass - 1,
                last.winner == outcome.winner
            {
                runs[runs.count - 1].append(outcome)
            } else {
                runs.append([outcome])
            }
        }
        let now = profile.rawValue(criterion).flatMap { classIndex(of: $0, criterion) }
        // With a known value, only the nearest run on each side is a smallest change.
        let kept: [[WhatIfOutcome]]
        if let now {
            let below = runs.last { $0.last!.valueClass < now }
            let above = runs.first { $0.first!.valueClass > now }
            kept = [below, above].compactMap { $0 }
        } else {
            kept = runs
        }
        return kept.map { run in
            let (first, last) = (run.first!, run.last!)
            let toTop = last.valueClass == classes.count - 1
            let fromBottom = first.valueClass == 0
            if let now, last.valueClass < now {
                return change(
                    last, value: classes[last.valueClass].highest,
                    fromBottom ? .lessOrEqual : .equal)
            } else if toTop {
                return change(first, value: classes[first.valueClass].lowest, .greaterOrEqual)
            } else if fromBottom {
                return change(last, value: classes[last.valueClass].highest, .lessOrEqual)
            }
            return change(first, value: classes[first.valueClass].lowest, .equal)
        }
    }

    /// One part of a pair: a class's value nearest to the current value (its lowest
    /// when the criterion is not given).
    private func pairAssignment(_ criterion: Int, _ index: Int, profile: Profile)
        -> WhatIf.Assignment
    {
        let valueClass = valueClasses[criterion][index]
        let value: Double
        if criteria[criterion].kind.isEnumerated {
            value = valueClass.representative
        } else if let now = profile.rawValue(criterion), !valueClass.contains(now),
            valueClass.upper.map({ $0 <= now }) ?? false
        {
            value = valueClass.highest
        } else {
            value = valueClass.lowest
        }
        return WhatIf.Assignment(criterion: criterion, value: value, direction: nil)
    }

    /// Pairs that differ only in the class of a numeric criterion, with the same new
    /// winner, become one: the value nearest to the current one, with `>=` or `<=` when
    /// every class from it to the end of the range does the same.
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
            let classes = valueClasses[criterion].indices
            let used = Set(group.map { classIndex(of: $0.assignments[position].value, criterion)! })
            let now = profile.rawValue(criterion)
            let nearest = group.min { lhs, rhs in
                let (l, r) = (lhs.assignments[position].value, rhs.assignments[position].value)
                guard let now else { return l < r }
                return abs(l - now) != abs(r - now) ? abs(l - now) < abs(r - now) : l < r
            }!
            let value = nearest.assignments[position].value
            let index = classIndex(of: value, criterion)!
            let direction: ComparisonOperator
            if classes.filter({ $0 >= index }).allSatisfy(used.contains) {
                direction = .greaterOrEqual
            } else if classes.filter({ $0 <= index }).allSatisfy(used.contains) {
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

/// What giving a criterion a value of one of its classes does.
private struct WhatIfOutcome {
    let valueClass: Int
    let winner: Int
    let scores: [Score]
}
