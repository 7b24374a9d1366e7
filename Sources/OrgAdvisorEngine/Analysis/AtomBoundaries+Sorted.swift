import OrgAdvisorRules

extension AtomBoundaries {
    /// Calls `body` with each index `i` (`0 < i < sorted.count`) where `atom` tells
    /// `sorted[i - 1]` and `sorted[i]` apart, for strictly increasing `sorted`: the same
    /// rule as ``separate(_:_:)``, found by binary search instead of tested pair by pair.
    /// `<` or `>=` with `c`: the first value at or above `c`; `<=` or `>`: the first value
    /// above `c`; `=` or `!=`: the value equal to `c` and the one after it.
    @inline(__always)
    static func forEachSeparation(
        of atom: ProfileSpace.Atom, in sorted: UnsafeBufferPointer<Double>, _ body: (Int) -> Void
    ) {
        let constant = atom.constant
        switch atom.comparison {
        case .less, .greaterOrEqual:
            let index = firstIndex(in: sorted) { $0 >= constant }
            if index > 0 && index < sorted.count { body(index) }
        case .lessOrEqual, .greater:
            let index = firstIndex(in: sorted) { $0 > constant }
            if index > 0 && index < sorted.count { body(index) }
        case .equal, .notEqual:
            let index = firstIndex(in: sorted) { $0 >= constant }
            guard index < sorted.count, sorted[index] == constant else { return }
            if index > 0 { body(index) }
            if index + 1 < sorted.count { body(index + 1) }
        }
    }

    /// The first index of a sorted buffer whose element satisfies a predicate that is
    /// false, then true (binary search); the count when there is none.
    @inline(__always)
    private static func firstIndex(
        in sorted: UnsafeBufferPointer<Double>, where predicate: (Double) -> Bool
    ) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(sorted[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
