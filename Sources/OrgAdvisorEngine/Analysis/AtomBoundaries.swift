import OrgAdvisorRules

/// Where the comparisons of one criterion with constants can change their truth, so
/// that two values can be told apart by some comparison in logarithmic time, with
/// memory linear in the number of comparisons (a table of every comparison's truth per
/// value would grow with their product).
///
/// Between two values `a < b`, a comparison with `c` changes its truth exactly when:
/// `=` or `!=`: `c` is `a` or `b`; `<` or `>=`: `a < c <= b`; `<=` or `>`: `a <= c < b`.
/// The tests check this against ``ComparisonOperator/holds(_:_:)`` on every pair.
struct AtomBoundaries {
    /// The constants of `=` and `!=`.
    private let equalities: Set<Double>
    /// The constants of `<` and `>=`, sorted.
    private let below: [Double]
    /// The constants of `<=` and `>`, sorted.
    private let atOrBelow: [Double]

    init(_ atoms: [ProfileSpace.Atom]) {
        var equalities = Set<Double>()
        var below: [Double] = []
        var atOrBelow: [Double] = []
        for atom in atoms {
            switch atom.comparison {
            case .equal, .notEqual: equalities.insert(atom.constant)
            case .less, .greaterOrEqual: below.append(atom.constant)
            case .lessOrEqual, .greater: atOrBelow.append(atom.constant)
            }
        }
        self.equalities = equalities
        self.below = below.sorted()
        self.atOrBelow = atOrBelow.sorted()
    }

    /// True when some comparison holds for one of `a < b` and not for the other.
    func separate(_ a: Double, _ b: Double) -> Bool {
        if equalities.contains(a) || equalities.contains(b) { return true }
        // The first constant above a: does it reach b?
        let firstAbove = AtomBoundaries.firstIndex(in: below) { $0 > a }
        if firstAbove < below.count, below[firstAbove] <= b { return true }
        // The first constant at or above a: is it below b?
        let firstAtOrAbove = AtomBoundaries.firstIndex(in: atOrBelow) { $0 >= a }
        return firstAtOrAbove < atOrBelow.count && atOrBelow[firstAtOrAbove] < b
    }

    /// The first index of a sorted array whose element satisfies a predicate that is
    /// false, then true (binary search); the count when there is none.
    private static func firstIndex(in sorted: [Double], where predicate: (Double) -> Bool)
        -> Int
    {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(sorted[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
