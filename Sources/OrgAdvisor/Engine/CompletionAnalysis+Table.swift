extension CompletionAnalysis {
    /// The largest number of completions ``tablePossibleWinners(program:facts:scores:into:)``
    /// scores; beyond it the general analysis decides.
    static let tableLimit = 4096

    /// The possible winners, in form order, without allocating, when every rule that
    /// reads an unknown fact is folded into the program's table (the usual case): each
    /// unknown table criterion then adds exactly one of its rows, so every combination
    /// of rows is scored from `scores` (the scores of the known facts). The same set as
    /// ``run()`` gives. False, with `winners` untouched, when a generic rule reads an
    /// unknown fact, there are more than 64 forms or more than ``tableLimit``
    /// completions: use ``run()`` then.
    static func tablePossibleWinners(
        program: Program, facts: UnsafeMutableBufferPointer<Double>,
        scores: UnsafeBufferPointer<Int64>, into winners: inout [Int]
    ) -> Bool {
        let formCount = program.formCount
        guard formCount > 0, formCount <= 64 else { return false }
        if program.genericCriteriaMask != 0 {
            var unknownMask: UInt64 = 0
            for index in 0..<facts.count where facts[index].isNaN {
                unknownMask |= index < 64 ? 1 << UInt64(index) : ~0
            }
            if unknownMask & program.genericCriteriaMask != 0 { return false }
        }
        let mask: UInt64? = program.table.withUnsafeBufferPointer { table in
            program.tableCriteria.withUnsafeBufferPointer { criteria in
                program.tableOffsets.withUnsafeBufferPointer { offsets in
                    let count = criteria.count
                    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * count + 1) {
                        scratch -> UInt64? in
                        // The first row, the number of rows and the current row of each
                        // unknown table criterion.
                        let start = scratch.baseAddress!
                        let rows = start + count
                        let digits = rows + count
                        var unknown = 0
                        var total = 1
                        for position in 0..<count where facts[criteria[position]].isNaN {
                            let end = position + 1 < count ? offsets[position + 1] : table.count
                            let values = (end - offsets[position]) / formCount
                            total *= values
                            guard values > 0, total <= tableLimit else { return nil }
                            start[unknown] = offsets[position]
                            rows[unknown] = values
                            digits[unknown] = 0
                            unknown += 1
                        }
                        if !program.wideTable.isEmpty {
                            return program.wideTable.withUnsafeBufferPointer { wide in
                                var base = SIMD8<Int64>()
                                for form in 0..<formCount { base[form] = scores[form] }
                                // Vector rows: the first row of each unknown criterion.
                                for index in 0..<unknown { start[index] /= formCount }
                                var mask: UInt64 = 0
                                while true {
                                    var sums = base
                                    for index in 0..<unknown {
                                        sums &+= wide[start[index] + digits[index]]
                                    }
                                    var best = 0
                                    for form in 1..<formCount where sums[form] > sums[best] {
                                        best = form
                                    }
                                    mask |= 1 << UInt64(best)
                                    if !advance(digits, below: rows, count: unknown) { break }
                                }
                                return mask
                            }
                        }
                        return withUnsafeTemporaryAllocation(of: Int64.self, capacity: formCount) {
                            sums in
                            var mask: UInt64 = 0
                            while true {
                                for form in 0..<formCount { sums[form] = scores[form] }
                                for index in 0..<unknown {
                                    let row = start[index] + digits[index] * formCount
                                    for form in 0..<formCount { sums[form] &+= table[row + form] }
                                }
                                var best = 0
                                for form in 1..<formCount where sums[form] > sums[best] {
                                    best = form
                                }
                                mask |= 1 << UInt64(best)
                                if !advance(digits, below: rows, count: unknown) { break }
                            }
                            return mask
                        }
                    }
                }
            }
        }
        guard let mask else { return false }
        // One by one: cheaper than the generic `removeAll(keepingCapacity:)` for a few.
        while !winners.isEmpty { winners.removeLast() }
        for form in 0..<formCount where mask & (1 << UInt64(form)) != 0 { winners.append(form) }
        return true
    }

    /// Moves `digits` (one per unknown criterion, each below its count of `rows`) to the
    /// next combination; false after the last one.
    @inline(__always)
    private static func advance(
        _ digits: UnsafeMutablePointer<Int>, below rows: UnsafeMutablePointer<Int>, count: Int
    ) -> Bool {
        var index = 0
        while index < count {
            digits[index] += 1
            if digits[index] < rows[index] { return true }
            digits[index] = 0
            index += 1
        }
        return false
    }
}
