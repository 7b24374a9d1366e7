import OrgAdvisorRules

extension CompletionAnalysis {
    /// The largest number of completions the table shortcut scores; beyond it the general
    /// analysis decides.
    static let tableLimit = 4096

    /// The possible winners as one bit per form, given the scores of the known facts,
    /// their winner (the first form with the highest score) and lowest score, and the
    /// unknown table criteria (bit `p` for position `p` in ``Program/tableCriteria``).
    /// Nil beyond ``tableLimit`` completions.
    ///
    /// Requires what ``Program/analyse(_:scores:ranking:)`` checks: between
    /// 1 and 64 forms, no generic rule reading an unknown fact.
    @inline(__always)
    static func tableWinnerMask(
        program: Program, scores: UnsafePointer<Int64>, winner: Int, lowest: Int64,
        unknown: UInt64
    ) -> UInt64? {
        let only = UInt64(1) << UInt64(winner)
        if unknown == 0 { return only }
        let formCount = program.formCount
        // With at most 8 forms and without overflow (then every sum is exact), the forms
        // that can beat each other form, one at a time, in some completion: the most a
        // form can lead another by is the sum of what each unknown row can add to the
        // lead, the rows being chosen independently. Every possible winner is such a
        // candidate; with one or two candidates, each is a possible winner (the one that
        // beats the other wins, as no other form ever wins).
        var candidates = UInt64.max
        let limit: Int64 = 1 << 61
        if program.memory.wideTable.count > 0 && program.memory.tableIsSmall
            && scores[winner] < limit
            && lowest > -limit
        {
            var all = SIMD8<Int64>()
            for form in 0..<formCount { all[form] = scores[form] }
            // Lane f: the most form f can lead the winner by, less what it needs. Most
            // forms fall here: they can never beat the winner.
            let leadsOver = program.memory.wideLeadsOver.base + winner
            var over =
                all &- SIMD8(repeating: scores[winner]) &- program.memory.wideNeedsOver[winner]
            var rest = unknown
            while rest != 0 {
                over &+= leadsOver[rest.trailingZeroBitCount &* formCount]
                rest &= rest &- 1
            }
            candidates = 0
            for form in 0..<formCount where over[form] >= 0 {
                // Lane g: the most `form` can lead form g by, less what it needs.
                let leads = program.memory.wideLeads.base + form
                var margin = SIMD8(repeating: scores[form]) &- all &- program.memory.wideNeeds[form]
                var rest = unknown
                while rest != 0 {
                    margin &+= leads[rest.trailingZeroBitCount &* formCount]
                    rest &= rest &- 1
                }
                // No lane negative: no sign bit in any lane.
                let half = margin.lowHalf | margin.highHalf
                let quarter = half.lowHalf | half.highHalf
                if quarter[0] | quarter[1] >= 0 { candidates |= 1 << UInt64(form) }
            }
            // At most two bits set.
            let others = candidates & (candidates &- 1)
            if others & (others &- 1) == 0 { return candidates }
        }
        return enumerate(program: program, scores: scores, unknown: unknown, until: candidates)
    }

    /// Scores every combination of one row per unknown table criterion (see
    /// ``tableWinnerMask(program:scores:winner:lowest:unknown:)``), until every one of
    /// the `candidates` has won. Nil beyond ``tableLimit`` combinations.
    private static func enumerate(
        program: Program, scores: UnsafePointer<Int64>, unknown: UInt64, until candidates: UInt64
    ) -> UInt64? {
        let counts = program.memory.tableValueCounts.buffer
        let count = unknown.nonzeroBitCount
        var total = 1
        var rest = unknown
        while rest != 0 {
            let values = counts[rest.trailingZeroBitCount]
            total *= values
            guard values > 0, total <= tableLimit else { return nil }
            rest &= rest &- 1
        }
        let formCount = program.formCount
        // The positions and current rows of the unknown criteria, the sums.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * count + formCount) {
            buffer in
            let positions = buffer.baseAddress!
            let digits = positions + count
            var rest = unknown
            for index in 0..<count {
                positions[index] = rest.trailingZeroBitCount
                digits[index] = 0
                rest &= rest &- 1
            }
            if program.memory.wideTable.count > 0 {
                return enumerateWide(
                    program: program, scores: scores, unknown: positions, count: count,
                    digits: digits, candidates: candidates)
            }
            return enumerate(
                program: program, scores: scores, unknown: positions, count: count,
                digits: digits,
                sums: UnsafeMutableRawPointer(digits + count).bindMemory(
                    to: Int64.self, capacity: formCount),
                candidates: candidates)
        }
    }

    /// Scores the combinations with vectors (at most 8 forms), given the positions of
    /// the `count` unknown table criteria, stepping from one combination to the next by adding
    /// the difference of one row (rarely more). Stops early once every one of the
    /// `candidates` has won. `digits` starts at zero.
    private static func enumerateWide(
        program: Program, scores: UnsafePointer<Int64>, unknown: UnsafePointer<Int>, count: Int,
        digits: UnsafeMutablePointer<Int>, candidates: UInt64
    ) -> UInt64 {
        let formCount = program.formCount
        let counts = program.memory.tableValueCounts.buffer
        let rows = program.memory.wideRows.buffer
        let wide = program.memory.wideTable.base
        let steps = program.memory.wideSteps.base
        // The first combination: the first row of each unknown criterion.
        var sums = SIMD8<Int64>()
        for form in 0..<formCount { sums[form] = scores[form] }
        for index in 0..<count { sums &+= wide[rows[unknown[index]]] }
        return winners(
            formCount: formCount, counts: counts, unknown: unknown, count: count, digits: digits,
            candidates: candidates, score: { sums[$0] },
            step: { position, step in sums &+= steps[rows[position] &+ step] })
    }

    /// The same with more than 8 forms, one form at a time.
    private static func enumerate(
        program: Program, scores: UnsafePointer<Int64>, unknown: UnsafePointer<Int>, count: Int,
        digits: UnsafeMutablePointer<Int>, sums: UnsafeMutablePointer<Int64>, candidates: UInt64
    ) -> UInt64 {
        let formCount = program.formCount
        let counts = program.memory.tableValueCounts.buffer
        let offsets = program.memory.tableOffsets.buffer
        // The first combination: the first row of each unknown criterion.
        let table = program.memory.table.base
        for form in 0..<formCount { sums[form] = scores[form] }
        for index in 0..<count {
            let row = table + offsets[unknown[index]]
            for form in 0..<formCount { sums[form] &+= row[form] }
        }
        let steps = program.memory.tableSteps.base
        return winners(
            formCount: formCount, counts: counts, unknown: unknown, count: count, digits: digits,
            candidates: candidates, score: { sums[$0] },
            step: { position, step in
                let row = steps + offsets[position] + step * formCount
                for form in 0..<formCount { sums[form] &+= row[form] }
            })
    }

    /// The winners of the combinations, from the current one on, as one bit per form:
    /// `score` gives the current combination's score of a form, and `step(position, d)`
    /// adds step `d` of unknown criterion `position`, which goes from its row `d` to row
    /// `d + 1` (the last wraps to the first). Stops early once every one of the
    /// `candidates` has won.
    @inline(__always)
    private static func winners(
        formCount: Int, counts: UnsafeBufferPointer<Int>, unknown: UnsafePointer<Int>,
        count: Int, digits: UnsafeMutablePointer<Int>, candidates: UInt64,
        score: (Int) -> Int64, step: (_ position: Int, _ step: Int) -> Void
    ) -> UInt64 {
        var mask: UInt64 = 0
        repeat {
            mask |= 1 << UInt64(Ranking.winner(count: formCount, score: score))
            if mask == candidates { break }
        } while MixedRadixCounter.increment(
            digits, count: count, radix: { counts[unknown[$0]] },
            { index, digit in
                let position = unknown[index]
                step(position, digit == 0 ? counts[position] - 1 : digit - 1)
            })
        return mask
    }
}
