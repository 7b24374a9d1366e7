/// A comparison in a condition: `=`, `!=`, `<`, `<=`, `>`, `>=`.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    /// `=`
    case equal = "="
    /// `!=`
    case notEqual = "!="
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="

    /// True for the comparisons that need an order (`<`, `<=`, `>`, `>=`).
    public var needsOrder: Bool {
        switch self {
        case .equal, .notEqual: return false
        default: return true
        }
    }

    /// Applies the comparison to two known values.
    @inline(__always)
    package func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .equal: return lhs == rhs
        case .notEqual: return lhs != rhs
        case .less: return lhs < rhs
        case .lessOrEqual: return lhs <= rhs
        case .greater: return lhs > rhs
        case .greaterOrEqual: return lhs >= rhs
        }
    }
}
