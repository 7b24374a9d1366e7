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
        for index in 0..<listCount where product <= ClassAnalysis.productLimit {
            product *= size(lists[index])
        }
        // A few choices are ranked at once; else choices tried first settle most
        // candidates, and ranking every choice, or the search over Pareto fronts (which
        // allocates) when they are many, decides the rest.
        if product <= ClassAnalysis.witnessAbove {
            return rankEveryChoice(fixed: fixed, listCount: listCount, found: 0, until: candidates)
        }
        let found = witnessedWinners(fixed: fixed, listCount: listCount, candidates: candidates)
        if found == candidates { return found }
        if product > ClassAnalysis.productLimit {
            return found
                | paretoWinners(fixed: fixed, listCount: listCount, candidates: candidates & ~found)
        }
        return rankEveryChoice(fixed: fixed, listCount: listCount, found: found, until: candidates)
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

    /// Ranks every choice of one sum per segment, until every candidate has won (those of
    /// `found` have); each choice's sum from the one before, changed in the segments whose
    /// sum changed.
    private func rankEveryChoice(
        fixed: SIMD8<Int64>, listCount: Int, found: UInt64, until candidates: UInt64
    ) -> UInt64 {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: listCount) { choice in
            let choice = choice.baseAddress!
            var sum = fixed
            for index in 0..<listCount {
                choice[index] = 0
                sum &+= entries[segmentFirst[lists[index]]]
            }
            var mask = found
            repeat {
                mask |= bit(sum)
                if mask & candidates == candidates { break }
            } while MixedRadixCounter.increment(
                choice, count: listCount, radix: { size(lists[$0]) },
                { index, digit in
                    let first = segmentFirst[lists[index]]
                    let previous = digit == 0 ? size(lists[index]) - 1 : digit - 1
                    sum &+= entries[first + digit] &- entries[first + previous]
                })
            return mask
        }
    }

    /// Candidates found to reach the top in a few chosen choices, one bit per form: for
    /// each candidate not yet found, each segment gives the sum that adds most to the
    /// form's lead over the other forms, weighted; when the form does not reach the top
    /// there, the forms that do weigh more, up to ``witnessRounds`` tries. Every form
    /// found reaches the top in a choice, so it can win; the others are still to decide.
    private func witnessedWinners(fixed: SIMD8<Int64>, listCount: Int, candidates: UInt64)
        -> UInt64
    {
        var found: UInt64 = 0
        // One weight per form; the lanes past the last form weigh nothing.
        var first = SIMD8<Int64>()
        for other in 0..<formCount { first[other] = 1 }
        for form in 0..<formCount where candidates & ~found & (1 << UInt64(form)) != 0 {
            var weights = first
            for _ in 0..<Self.witnessRounds {
                weights[form] = 0
                var sum = fixed
                for index in 0..<listCount {
                    sum &+= bestEntry(of: lists[index], for: form, weights).sum
                }
                let mask = bit(sum)
                found |= mask
                if mask & (1 << UInt64(form)) != 0 { break }
                for other in 0..<formCount where mask & (1 << UInt64(other)) != 0 {
                    weights[other] &*= 4
                }
            }
        }
        return found
    }

    /// The sum of `segment` that adds most to `form`'s score less the other forms',
    /// weighted (the first of equals), and that weighted lead; zero and `Int64.min` for
    /// an empty segment.
    func bestEntry(of segment: Int, for form: Int, _ weights: SIMD8<Int64>)
        -> (sum: SIMD8<Int64>, lead: Int64)
    {
        var best = SIMD8<Int64>()
        var bestLead = Int64.min
        for entry in segmentFirst[segment]..<segmentEnd[segment] {
            let sum = entries[entry]
            let lead = ((SIMD8(repeating: sum[form]) &- sum) &* weights).wrappedSum()
            if lead > bestLead || entry == segmentFirst[segment] {
                best = sum
                bestLead = lead
            }
        }
        return (best, bestLead)
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
