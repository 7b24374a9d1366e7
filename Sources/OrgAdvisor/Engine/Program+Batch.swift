extension Program {
    /// Scores a profile's values (`given`, one per criterion) into `scores`, ranks the
    /// forms into `ranking` (highest score first, declaration order between equal
    /// scores) and returns the possible winners, one bit per form: the same set as
    /// ``CompletionAnalysis/run()`` gives. Nil when only the general analysis can tell
    /// (see ``CompletionAnalysis/tablePossibleWinners(program:facts:scores:into:)``).
    ///
    /// Allocates nothing (its scratch space is on the stack); `scores` and `ranking`
    /// hold one element per form.
    func analyse(
        _ given: UnsafePointer<Double>, scores: UnsafeMutablePointer<Int64>,
        ranking: UnsafeMutablePointer<Int>
    ) -> UInt64? {
        // The facts, the positions of the unknown table criteria, the digits and sums
        // of the table analysis, the condition stack.
        let tableCount = tableCriteria.count
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: scratchWords) { scratch in
            let raw = UnsafeMutableRawPointer(scratch.baseAddress!)
            let unknown = (raw + 8 * criterionCount).bindMemory(to: Int.self, capacity: tableCount)
            let digits = (unknown + tableCount)
            let sums = UnsafeMutableRawPointer(digits + tableCount).bindMemory(
                to: Int64.self, capacity: formCount)
            let stack = UnsafeMutableRawPointer(sums + formCount).bindMemory(
                to: UInt8.self, capacity: maxStack + 1)
            // The given values themselves when no derivation can apply (the usual case),
            // else a copy for the derivations.
            var facts = UnsafeMutableBufferPointer(
                start: UnsafeMutablePointer(mutating: given), count: criterionCount)
            if needsDerivation(facts) {
                facts = UnsafeMutableBufferPointer(
                    start: raw.bindMemory(to: Double.self, capacity: criterionCount),
                    count: criterionCount)
                for index in 0..<criterionCount { facts[index] = given[index] }
                derive(facts, stack: stack)
            }
            var unknownCount = 0
            if memory.wideTable.count > 0 {
                let sum = wideSum(facts, unknown: unknown, count: &unknownCount)
                for form in 0..<formCount { scores[form] = sum[form] }
            } else {
                for form in 0..<formCount { scores[form] = 0 }
                unknownCount = addTableRows(facts, into: scores, unknown: unknown)
            }
            scoreGeneric(facts, into: scores, stack: stack)
            rank(scores, into: ranking)
            guard formCount > 0, formCount <= 64, !readsUnknownGeneric(facts) else { return nil }
            return CompletionAnalysis.tableWinnerMask(
                program: self, scores: scores, winner: ranking[0],
                lowest: scores[ranking[formCount - 1]], unknown: unknown, count: unknownCount,
                digits: digits, sums: sums)
        }
    }

    /// The forms by score, highest first, declaration order between equal scores: an
    /// insertion sort in place, quick for a few forms.
    @inline(__always)
    func rank(_ scores: UnsafeMutablePointer<Int64>, into ranking: UnsafeMutablePointer<Int>) {
        for form in 0..<formCount {
            var position = form
            let score = scores[form]
            while position > 0 && scores[ranking[position - 1]] < score {
                ranking[position] = ranking[position - 1]
                position -= 1
            }
            ranking[position] = form
        }
    }
}
