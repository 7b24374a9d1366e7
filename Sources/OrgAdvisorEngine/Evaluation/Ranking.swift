import OrgAdvisorRules

/// The one ranking rule of the engine: forms by score, highest first, and between equal
/// scores the form declared first (the lower index) first.
///
/// Every ranking, winner and tie-break of the engine (evaluation, possible winners,
/// what-if, sensitivity, the deep check, win shares, batch) comes from here. Scores are
/// read through a closure so that arrays, raw memory and vector lanes share the code;
/// the functions are inlined, so the closure costs nothing in the batch's hot loop.
package enum Ranking {
    /// Whether form `lhs` with score `lhsScore` ranks before form `rhs` with `rhsScore`.
    @inline(__always)
    package static func precedes<S: Comparable>(
        _ lhs: Int, _ lhsScore: S, _ rhs: Int, _ rhsScore: S
    ) -> Bool {
        lhsScore != rhsScore ? lhsScore > rhsScore : lhs < rhs
    }

    /// The first form of `0..<count`: the highest score, the first declared among equal
    /// ones. `count` must be at least 1.
    @inline(__always)
    package static func winner<S: Comparable>(count: Int, score: (Int) -> S) -> Int {
        top(count: count, score: score).form
    }

    /// The first form of `0..<count` and whether another form shares its score.
    /// `count` must be at least 1.
    @inline(__always)
    package static func top<S: Comparable>(count: Int, score: (Int) -> S) -> (
        form: Int, tied: Bool
    ) {
        var best = 0
        var highest = score(0)
        var tied = false
        var form = 1
        while form < count {
            let value = score(form)
            if precedes(form, value, best, highest) {
                best = form
                highest = value
                tied = false
            } else if value == highest {
                tied = true
            }
            form += 1
        }
        return (best, tied)
    }

    /// The winner of a list of scores (one per form, at least one).
    /// The forms at the top, alone or tied, as bits (form `f` is bit `f`; at most 64 forms).
    @inline(__always)
    package static func topMask<S: Comparable>(count: Int, score: (Int) -> S) -> UInt64 {
        guard count > 0 else { return 0 }
        var highest = score(0)
        var mask: UInt64 = 1
        var form = 1
        while form < count {
            let value = score(form)
            if value > highest {
                highest = value
                mask = 1 << UInt64(form)
            } else if value == highest {
                mask |= 1 << UInt64(form)
            }
            form += 1
        }
        return mask
    }

    /// The forms at the top, alone or tied, in declaration order.
    package static func top<S: Comparable>(_ scores: [S]) -> [Int] {
        guard let highest = scores.max() else { return [] }
        return scores.indices.filter { scores[$0] == highest }
    }

    package static func winner<S: Comparable>(_ scores: [S]) -> Int {
        winner(count: scores.count) { scores[$0] }
    }

    /// The forms of `0..<count` in ranking order, written into `ranking` (`count`
    /// elements): an insertion sort in place, quick for the few forms of a rule base
    /// and allocation-free.
    @inline(__always)
    package static func rank<S: Comparable>(
        count: Int, into ranking: UnsafeMutablePointer<Int>, score: (Int) -> S
    ) {
        var form = 0
        while form < count {
            let value = score(form)
            var position = form
            // `form` comes after every form placed so far, so it precedes one of them
            // exactly when its score is higher (``precedes(_:_:_:_:)`` with the
            // declaration order decided).
            while position > 0 && value > score(ranking[position - 1]) {
                ranking[position] = ranking[position - 1]
                position -= 1
            }
            ranking[position] = form
            form += 1
        }
    }

    /// The forms in ranking order, from one score per form.
    package static func order<S: Comparable>(_ scores: [S]) -> [Int] {
        order(count: scores.count) { scores[$0] }
    }

    /// The forms of `0..<count` in ranking order.
    package static func order<S: Comparable>(count: Int, score: (Int) -> S) -> [Int] {
        [Int](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let base = buffer.baseAddress { rank(count: count, into: base, score: score) }
            initialized = count
        }
    }

    /// Writes the ranking of `scores` into `ranking` (both one element per form).
    package static func rank<S: Comparable>(_ scores: [S], into ranking: inout [Int]) {
        precondition(ranking.count == scores.count, "one ranking slot per form")
        ranking.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress {
                rank(count: scores.count, into: base) { scores[$0] }
            }
        }
    }
}
