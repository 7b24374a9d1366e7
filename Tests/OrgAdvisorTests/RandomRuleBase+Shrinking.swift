/// Shrinking a failing case to a small one that still fails, for reports: rules,
/// derivations, advice, points, parts of conditions, given values and unused criteria
/// are taken away one at a time as long as the failure stays.
extension RandomRuleBase {
    /// The smallest rule base and profile found from `base` and `given` for which
    /// `fails` still holds (`fails(base, given)` must hold).
    static func shrink(
        _ base: RandomRuleBase, _ given: [Double],
        while fails: (RandomRuleBase, [Double]) -> Bool
    ) -> (base: RandomRuleBase, given: [Double]) {
        var base = base
        var given = given
        var changed = true
        while changed {
            changed = false
            for candidate in base.smaller(given) where fails(candidate.base, candidate.given) {
                (base, given) = candidate
                changed = true
                break
            }
        }
        return (base, given)
    }

    /// Every case one step smaller than this one with `given`.
    private func smaller(_ given: [Double]) -> [(base: RandomRuleBase, given: [Double])] {
        var cases: [(RandomRuleBase, [Double])] = []
        func with(_ change: (inout RandomRuleBase) -> Void) {
            var copy = self
            change(&copy)
            cases.append((copy, given))
        }
        for index in rules.indices { with { $0.rules.remove(at: index) } }
        for index in derivations.indices { with { $0.derivations.remove(at: index) } }
        for index in advice.indices { with { $0.advice.remove(at: index) } }
        for index in given.indices where !given[index].isNaN {
            var fewer = given
            fewer[index] = .nan
            cases.append((self, fewer))
        }
        for (index, rule) in rules.enumerated() {
            for entry in rule.points.indices where rule.points.count > 1 {
                with { $0.rules[index].points.remove(at: entry) }
            }
            for part in rule.condition.parts {
                with { $0.rules[index].condition = part }
            }
        }
        for (index, derivation) in derivations.enumerated() {
            for part in derivation.condition.parts {
                with { $0.derivations[index].condition = part }
            }
        }
        for form in forms.indices.reversed() { cases.append((removingForm(form), given)) }
        for index in criteria.indices.reversed() where !reads(index) {
            var fewer = given
            fewer.remove(at: index)
            cases.append((removingCriterion(index), fewer))
        }
        return cases
    }

    /// Whether a condition or derivation names the criterion.
    private func reads(_ criterion: Int) -> Bool {
        rules.contains { $0.condition.criteria.contains(criterion) }
            || derivations.contains {
                $0.target == criterion || $0.condition.criteria.contains(criterion)
            }
            || advice.contains { $0.condition?.criteria.contains(criterion) ?? false }
    }

    /// This rule base without a form and the points for it.
    private func removingForm(_ removed: Int) -> RandomRuleBase {
        func moved(_ index: Int) -> Int { index > removed ? index - 1 : index }
        var copy = self
        copy.forms.remove(at: removed)
        for index in copy.rules.indices {
            copy.rules[index].points = copy.rules[index].points.filter { $0.form != removed }.map {
                FormPoints(form: moved($0.form), points: $0.points)
            }
        }
        for index in copy.advice.indices {
            copy.advice[index].forms = copy.advice[index].forms.filter { $0 != removed }.map(moved)
        }
        return copy
    }

    /// This rule base without a criterion that nothing reads.
    private func removingCriterion(_ removed: Int) -> RandomRuleBase {
        func moved(_ index: Int) -> Int { index > removed ? index - 1 : index }
        var copy = self
        copy.criteria.remove(at: removed)
        for index in copy.rules.indices {
            copy.rules[index].condition = copy.rules[index].condition.renumbered(moved)
        }
        for index in copy.derivations.indices {
            copy.derivations[index].target = moved(copy.derivations[index].target)
            copy.derivations[index].condition = copy.derivations[index].condition.renumbered(moved)
        }
        for index in copy.advice.indices {
            copy.advice[index].condition = copy.advice[index].condition?.renumbered(moved)
        }
        return copy
    }
}

extension RandomRuleBase.Condition {
    /// The parts a compound condition could be replaced with: each part of an `and` or
    /// an `or` (or the rest without it), the part of a `not`.
    var parts: [RandomRuleBase.Condition] {
        switch self {
        case .compare, .member: return []
        case .and(let parts):
            return parts
                + parts.indices.compactMap { index in
                    parts.count > 2
                        ? .and(parts.enumerated().filter { $0.offset != index }.map(\.element))
                        : nil
                }
        case .or(let parts):
            return parts
                + parts.indices.compactMap { index in
                    parts.count > 2
                        ? .or(parts.enumerated().filter { $0.offset != index }.map(\.element)) : nil
                }
        case .not(let part): return [part]
        }
    }

    /// The same condition with criteria renumbered.
    func renumbered(_ moved: (Int) -> Int) -> RandomRuleBase.Condition {
        switch self {
        case .compare(let criterion, let comparison, let value):
            return .compare(moved(criterion), comparison, value)
        case .member(let criterion, let values, let negated):
            return .member(moved(criterion), values, negated: negated)
        case .and(let parts): return .and(parts.map { $0.renumbered(moved) })
        case .or(let parts): return .or(parts.map { $0.renumbered(moved) })
        case .not(let part): return .not(part.renumbered(moved))
        }
    }
}
