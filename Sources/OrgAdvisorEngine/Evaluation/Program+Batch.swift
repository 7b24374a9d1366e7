import OrgAdvisorRules

extension Program {
    /// Scores a profile's values (`given`, one per criterion) into `scores`, ranks the
    /// forms into `ranking` (highest score first, declaration order between equal
    /// scores) and returns the possible winners, one bit per form: the same set as
    /// ``CompletionAnalysis/run()`` gives. Nil when only the general analysis can tell: a
    /// generic rule reads an unknown fact, there are more than 64 forms, an unknown table
    /// criterion from the 65th on, or more than ``CompletionAnalysis/tableLimit``
    /// completions.
    ///
    /// Allocates nothing (what it needs is on the stack); `scores` and `ranking` hold
    /// one element per form.
    package func analyse(
        _ given: UnsafePointer<Double>, scores: UnsafeMutablePointer<Int64>,
        ranking: UnsafeMutablePointer<Int>
    ) -> UInt64? {
        // As in ``withFacts(of:_:)``, with the usual case spelled out (a closure called
        // from two places is not inlined).
        let values = UnsafeMutableBufferPointer(
            start: UnsafeMutablePointer(mutating: given), count: criterionCount)
        if memory.genericRules.count == 0 && !needsDerivation(values) {
            return analyse(facts: values, scores: scores, ranking: ranking, stack: nil)
        }
        return withFacts(of: given) { facts, stack in
            analyse(facts: facts, scores: scores, ranking: ranking, stack: stack)
        }
    }

    /// ``analyse(_:scores:ranking:)`` once the facts are known; `stack` is needed for
    /// the generic rules only.
    @inline(__always)
    private func analyse(
        facts: UnsafeMutableBufferPointer<Double>, scores: UnsafeMutablePointer<Int64>,
        ranking: UnsafeMutablePointer<Int>, stack: UnsafeMutablePointer<UInt8>?
    ) -> UInt64? {
        var unknown: UInt64 = 0
        var beyond = false
        if memory.wideTable.count > 0 {
            let sum = wideSum(facts, unknown: &unknown, beyond: &beyond)
            for form in 0..<formCount { scores[form] = sum[form] }
        } else {
            for form in 0..<formCount { scores[form] = 0 }
            addTableRows(facts, into: scores, unknown: &unknown, beyond: &beyond)
        }
        if let stack { scoreGeneric(facts, into: scores, stack: stack) }
        Ranking.rank(count: formCount, into: ranking) { scores[$0] }
        guard formCount > 0, formCount <= 64, !beyond, !readsUnknownGeneric(facts) else {
            return nil
        }
        return CompletionAnalysis.tableWinnerMask(
            program: self, scores: scores, winner: ranking[0],
            lowest: scores[ranking[formCount - 1]], unknown: unknown)
    }
}
