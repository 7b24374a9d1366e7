/// Disjoint sets of the integers `0..<count` (union-find), each named by its smallest
/// member: groups of criteria read together by rules or tied by derivations.
package struct DisjointSets: Sendable {
    private var parent: [Int]

    /// `count` sets of one element each.
    package init(count: Int) {
        parent = Array(0..<count)
    }

    /// The smallest member of the set holding `element`.
    package func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element { element = parent[element] }
        return element
    }

    /// Merges the sets of `a` and `b`.
    package mutating func union(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
