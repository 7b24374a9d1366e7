@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Values of every criterion for brute-force checks, chosen without the engine's
/// partition into value classes (``ProfileSpace``): every listed value, and for
/// numbers every constant a condition compares the criterion with, its neighbours
/// (one below and one above, or the middle between two constants for decimals) and
/// the criterion's minimum, within its range. Every class of values holds at least
/// one of them, often several.
func referenceValues(_ rules: RuleBase) -> [[Double]] {
    var constants: [Int: [Double]] = [:]
    for rule in rules.rules { rule.condition.collectConstants(into: &constants) }
    for derivation in rules.derivations {
        derivation.condition.collectConstants(into: &constants)
        constants[derivation.target, default: []].append(derivation.value)
    }
    for item in rules.advice { item.condition?.collectConstants(into: &constants) }
    return rules.criteria.map { criterion in
        if criterion.kind.isEnumerated {
            return criterion.values.indices.map { Double($0) }
        }
        let points = Set(constants[criterion.index] ?? []).sorted()
        var candidates: [Double] = []
        if criterion.kind == .integer {
            for point in points { candidates += [point - 1, point, point + 1] }
        } else {
            for (offset, point) in points.enumerated() {
                candidates.append(point)
                if offset + 1 < points.count {
                    candidates.append((point + points[offset + 1]) / 2)
                }
            }
            if let first = points.first { candidates.append(first - 1) }
            if let last = points.last { candidates.append(last + 1) }
        }
        if let minimum = criterion.minimum { candidates.append(minimum) }
        if candidates.isEmpty { candidates.append(criterion.maximum ?? 0) }
        let inRange = candidates.filter { candidate in
            (criterion.minimum.map { candidate >= $0 } ?? true)
                && (criterion.maximum.map { candidate <= $0 } ?? true)
        }
        return Set(inRange.isEmpty ? [criterion.minimum ?? 0] : inRange).sorted()
    }
}
