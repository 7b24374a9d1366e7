/// A resolved condition: criteria and values are indices and numbers, and every
/// part keeps its source text and location for explanations.
public indirect enum Condition: Sendable {
    /// `criterion op value`.
    case compare(criterion: Int, ComparisonOperator, value: Double, source: ConditionSource)
    /// `criterion in [values]` or `criterion not in [values]`.
    case member(criterion: Int, values: [Double], negated: Bool, source: ConditionSource)
    /// All parts must hold.
    case and([Condition], source: ConditionSource)
    /// One part must hold.
    case or([Condition], source: ConditionSource)
    /// The part must not hold.
    case not(Condition, source: ConditionSource)

    /// The source text and location of this condition.
    public var source: ConditionSource {
        switch self {
        case .compare(_, _, _, let source), .member(_, _, _, let source), .and(_, let source),
            .or(_, let source), .not(_, let source):
            return source
        }
    }

    /// The criteria this condition reads, in order of first appearance.
    public var criteria: [Int] {
        var seen: [Int] = []
        collectCriteria(into: &seen)
        return seen
    }

    private func collectCriteria(into seen: inout [Int]) {
        switch self {
        case .compare(let criterion, _, _, _), .member(let criterion, _, _, _):
            if !seen.contains(criterion) { seen.append(criterion) }
        case .and(let parts, _), .or(let parts, _):
            for part in parts { part.collectCriteria(into: &seen) }
        case .not(let part, _):
            part.collectCriteria(into: &seen)
        }
    }

    /// The constants compared with each criterion, for partitioning number ranges.
    func collectConstants(into constants: inout [Int: [Double]]) {
        switch self {
        case .compare(let criterion, _, let value, _):
            constants[criterion, default: []].append(value)
        case .member(let criterion, let values, _, _):
            constants[criterion, default: []].append(contentsOf: values)
        case .and(let parts, _), .or(let parts, _):
            for part in parts { part.collectConstants(into: &constants) }
        case .not(let part, _):
            part.collectConstants(into: &constants)
        }
    }
}

/// Where a condition or one of its clauses was written, and how.
public struct ConditionSource: Sendable, Hashable {
    /// The text as written, e.g. `sites >= 3`.
    public let text: String
    /// Where it starts.
    public let location: SourceLocation
}

/// The outcome of a condition in three-valued logic.
public enum Truth: String, Sendable, Hashable {
    /// The condition holds.
    case `true`
    /// The condition does not hold.
    case `false`
    /// A criterion it needs is not given, so it can be neither.
    case unknown
}
