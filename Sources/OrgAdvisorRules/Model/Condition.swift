/// A resolved condition: criteria and values are indices and numbers, and every
/// part keeps its source text and location for explanations.
public indirect enum Condition: Sendable {
    /// `criterion op value`.
    case compare(criterion: Int, ComparisonOperator, value: Double, source: ConditionSource)
    /// `criterion in [values]` or `criterion not in [values]`; `values` are sorted and
    /// distinct (see ``memberValues(_:)``), so that membership is a binary search.
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
    package func collectConstants(into constants: inout [Int: [Double]]) {
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
    public var text: String { String(decoding: utf8, as: UTF8.self) }
    /// Where it starts.
    public let location: SourceLocation
    /// The text's UTF-8 bytes: a part of the bytes of the file or archive it was read
    /// from, which it shares, made a `String` only when read. A rule base holds thousands
    /// of these texts, and a report reads a few of them.
    package let utf8: ArraySlice<UInt8>

    /// The source whose text is the UTF-8 bytes `utf8` (invalid sequences read as
    /// U+FFFD), at `location`.
    package init(utf8: ArraySlice<UInt8>, location: SourceLocation) {
        self.utf8 = utf8
        self.location = location
    }
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

extension Condition {
    /// The values of a membership condition as it keeps them: sorted and distinct.
    static func memberValues(_ values: [Double]) -> [Double] {
        var sorted = values.sorted()
        var kept = 0
        for value in sorted where kept == 0 || sorted[kept - 1] != value {
            sorted[kept] = value
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Whether sorted values hold `value`: the one membership test of `in [...]`, used
    /// by the explaining evaluator and the compiled program alike.
    @inlinable @inline(__always)
    package static func sortedContains<Values: RandomAccessCollection<Double>>(
        _ values: Values, _ value: Double
    ) -> Bool where Values.Index == Int {
        var low = values.startIndex
        var high = values.endIndex
        while low < high {
            let mid = low + (high - low) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < values.endIndex && values[low] == value
    }
}
