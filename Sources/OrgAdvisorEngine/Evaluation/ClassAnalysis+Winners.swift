import OrgAdvisorRules

extension ClassAnalysis {
    /// The forms at the top with these scores, alone or tied, as bits.
    @inline(__always)
    private func bit(_ scores: SIMD8<Int64>) -> UInt64 {
        Ranking.topMask(count: formCount) { scores[$0] }
    }

    /// The number of sums of a segment.
    @inline(__always)
    private func size(_ segment: Int) -> Int { segmentEnd[segment] - segmentFirst[segment] }

    /// The forms that reach the top for some choice of one sum from each of the first
    /// `listCount` segments of ``lists``, added to `fixed`.
    mutating func winners(fixed: SIMD8<Int64>, listCount: Int) -> UInt64 {
        if listCount == 0 { return bit(fixed) }
        if listCount == 1 {
            var mask: UInt64 = 0
            for entry in segmentFirst[lists[0]]..<segmentEnd[lists[0]] {
                mask |= bit(fixed &+ entries[entry])
            }
            return mask
        }
        let candidates = self.candidates(fixed: fixed, listCount: listCount)
        // The winner of every choice is a candidate, and each of two candidates beats
        // the other in some choice, where it wins.
        if candidates.nonzeroBitCount <= 2 { return candidates }
        var product = 1
        for index in 0..<listCount {
            product *= size(lists[index])
            if product > ClassAnalysis.productLimit {
                return paretoWinners(fixed: fixed, listCount: listCount, candidates: candidates)
            }
        }
        return rankEveryChoice(fixed: fixed, listCount: listCount, until: candidates)
    }

    /// The forms that can score at least as much as every other form, each lead taken at its best
    /// in each segment separately: every possible winner is one.
    private func candidates(fixed: SIMD8<Int64>, listCount: Int) -> UInt64 {
        for index in 0..<listCount { prepareLeads(of: lists[index]) }
        var mask: UInt64 = 0
        for form in 0..<formCount {
            var margin = SIMD8(repeating: fixed[form]) &- fixed
            for index in 0..<listCount {
                margin &+= segmentLeads[lists[index] * formCount + form]
            }
            if reachesTop(form, margin: margin) { mask |= 1 << UInt64(form) }
        }
        return mask
    }

    /// Ranks every choice of one sum per segment, until every candidate has won.
    private func rankEveryChoice(fixed: SIMD8<Int64>, listCount: Int, until candidates: UInt64)
        -> UInt64
    {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: listCount) { choice in
            let choice = choice.baseAddress!
            for index in 0..<listCount { choice[index] = 0 }
            var mask: UInt64 = 0
            repeat {
                var sum = fixed
                for index in 0..<listCount {
                    sum &+= entries[segmentFirst[lists[index]] + choice[index]]
                }
                mask |= bit(sum)
                if mask & candidates == candidates { break }
            } while MixedRadixCounter.increment(
                choice, count: listCount, radix: { size(lists[$0]) }, { _, _ in })
            return mask
        }
    }

    /// Decides each candidate by the search over Pareto fronts of score differences of
    /// ``CompletionAnalysis/canWin(_:formCount:base:options:)`` (allocates; for
    /// segments with many sums).
    @inline(never)
    private func paretoWinners(fixed: SIMD8<Int64>, listCount: Int, candidates: UInt64)
        -> UInt64
    {
        let base = (0..<formCount).map { fixed[$0] }
        let options = (0..<listCount).map { index in
            (segmentFirst[lists[index]]..<segmentEnd[lists[index]]).map { entry in
                (0..<formCount).map { entries[entry][$0] }
            }
        }
        var mask: UInt64 = 0
        for form in 0..<formCount where candidates & (1 << UInt64(form)) != 0 {
            if CompletionAnalysis.canWin(form, formCount: formCount, base: base, options: options) {
                mask |= 1 << UInt64(form)
            }
        }
        return mask
    }
}
