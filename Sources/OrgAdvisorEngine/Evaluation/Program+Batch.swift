import OrgAdvisorRules

extension Program {
    /// Scores a profile's values (`given`, one per criterion) into `scores`, ranks the
    /// forms into `ranking` (highest score first, declaration order between equal
    /// scores) and returns the possible winners, one bit per form: the same set as
    /// ``CompletionAnalysis/run()`` gives, from the tables (``ClassAnalysis``; a safe
    /// over-estimate beyond ``ClassAnalysis/combinationLimit``). Nil when only the
    /// general analysis can tell: a generic rule reads an unknown fact, a value is in no
    /// class, or there are more than 8 forms.
    ///
    /// Allocates nothing for the scores, the analysis and its search when `scratch` holds
    /// ``analysisScratchBytes`` bytes aligned for vectors (batch gives each thread its
    /// own); without it, what it needs is on the stack, or on the heap when large.
    /// `scores` and `ranking` hold one element per form. Tests change `effort` to reach
    /// each path of the analysis.
    /// When possible winners are returned and `isExact` is given, it tells whether they
    /// are exact (false: a safe over-estimate). `ranges`, when given, keeps what the
    /// over-estimate walks for the next call (the answers to one question). Nil too when
    /// giving an unknown criterion could change a derived fact
    /// (``derivationsCouldChange(given:facts:stack:)``): ``RuleBase`` then replays the
    /// derivations.
    package func analyse(
        _ given: UnsafePointer<Double>, scores: UnsafeMutablePointer<Int64>,
        ranking: UnsafeMutablePointer<Int>, effort: AnalysisEffort = .standard,
        isExact: UnsafeMutablePointer<Bool>? = nil, ranges: EstimateRanges? = nil,
        scratch: UnsafeMutableRawBufferPointer? = nil
    ) -> UInt64? {
        // The usual case apart from ``withFacts(of:_:)``: a closure called from two places
        // is not inlined.
        if let facts = givenFacts(given) {
            return analyse(
                facts: facts, scores: scores, ranking: ranking, stack: nil, effort: effort,
                isExact: isExact, ranges: ranges, scratch: scratch, derivationsCouldChange: false)
        }
        return withFacts(of: given) { facts, stack in
            analyse(
                facts: facts, scores: scores, ranking: ranking, stack: stack, effort: effort,
                isExact: isExact, ranges: ranges, scratch: scratch,
                derivationsCouldChange: stack.map {
                    derivationsCouldChange(given: given, facts: facts, stack: $0)
                } ?? false)
        }
    }

    /// ``analyse(_:scores:ranking:)`` once the facts are known; `stack` is needed for
    /// the generic rules only. When `derivationsCouldChange`, only the scores and the
    /// ranking.
    @inline(__always)
    private func analyse(
        facts: UnsafeMutableBufferPointer<Double>, scores: UnsafeMutablePointer<Int64>,
        ranking: UnsafeMutablePointer<Int>, stack: UnsafeMutablePointer<UInt8>?,
        effort: AnalysisEffort, isExact: UnsafeMutablePointer<Bool>?, ranges: EstimateRanges?,
        scratch: UnsafeMutableRawBufferPointer?, derivationsCouldChange: Bool
    ) -> UInt64? {
        // The classes and rows first in the caller's scratch space, the analysis's after.
        let rowBytes = ClassAnalysis.alignedForVectors(rowScratch * MemoryLayout<Int>.stride)
        if let scratch, let base = scratch.baseAddress, rowBytes <= scratch.count {
            return analyse(
                facts: facts, scores: scores, ranking: ranking, stack: stack, effort: effort,
                isExact: isExact, ranges: ranges,
                classes: base.bindMemory(to: Int.self, capacity: rowScratch),
                analysisScratch: UnsafeMutableRawBufferPointer(rebasing: scratch[rowBytes...]),
                derivationsCouldChange: derivationsCouldChange)
        }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: rowScratch) { classes in
            analyse(
                facts: facts, scores: scores, ranking: ranking, stack: stack, effort: effort,
                isExact: isExact, ranges: ranges, classes: classes.baseAddress!,
                analysisScratch: nil, derivationsCouldChange: derivationsCouldChange)
        }
    }

    /// The bytes of scratch space, aligned for vectors, with which
    /// ``analyse(_:scores:ranking:effort:isExact:ranges:scratch:)`` allocates nothing for
    /// any profile: the scores' classes and rows, the analysis and its search, each for
    /// every criterion that a table reads unknown.
    package var analysisScratchBytes: Int {
        ClassAnalysis.alignedForVectors(rowScratch * MemoryLayout<Int>.stride)
            + ClassAnalysis.scratchBytes(for: self)
    }

    /// ``analyse(facts:scores:ranking:stack:effort:isExact:ranges:scratch:derivationsCouldChange:)``
    /// with room for ``rowScratch`` numbers at `classes`.
    @inline(__always)
    private func analyse(
        facts: UnsafeMutableBufferPointer<Double>, scores: UnsafeMutablePointer<Int64>,
        ranking: UnsafeMutablePointer<Int>, stack: UnsafeMutablePointer<UInt8>?,
        effort: AnalysisEffort, isExact: UnsafeMutablePointer<Bool>?, ranges: EstimateRanges?,
        classes: UnsafeMutablePointer<Int>, analysisScratch: UnsafeMutableRawBufferPointer?,
        derivationsCouldChange: Bool
    ) -> UInt64? {
        for form in 0..<formCount { scores[form] = 0 }
        guard classifyUnread(facts, into: classes),
            addRows(facts, scratch: classes, into: scores)
        else {
            scoreEveryRule(facts, into: scores)
            Ranking.rank(count: formCount, into: ranking) { scores[$0] }
            return nil
        }
        if let stack { scoreGeneric(facts, into: scores, stack: stack) }
        Ranking.rank(count: formCount, into: ranking) { scores[$0] }
        guard formCount > 0, formCount <= 8, !derivationsCouldChange,
            !readsUnknownGeneric(facts)
        else { return nil }
        return withUnsafeTemporaryAllocation(of: Int64.self, capacity: 2 * formCount) {
            bounds in
            // The rows that scoring found follow the classes (``addRows``), when some
            // table's row is not found with a class.
            let found = ClassAnalysis.run(
                program: self, classes: classes, scores: scores, low: bounds.baseAddress!,
                high: bounds.baseAddress! + formCount, wantsBounds: false, limit: effort.limit,
                effort: effort, foundRows: hasOtherRows ? classes + criterionCount : nil,
                ranges: ranges, scratch: analysisScratch)
            isExact?.pointee = found.isExact
            return found.winners
        }
    }

    /// The exact score bounds and possible winners (one bit per form) of a profile with
    /// these facts (NaN for unknown) and scores, from the tables; nil when only
    /// ``CompletionAnalysis`` can tell (see ``analyse(_:scores:ranking:)``).
    package func analyse(
        facts: [Double], scores: [Int64], limit: Int = ClassAnalysis.combinationLimit
    ) -> (
        low: [Int64], high: [Int64], winners: UInt64, isExact: Bool
    )? {
        guard formCount > 0, formCount <= 8 else { return nil }
        var facts = facts
        var low = [Int64](repeating: 0, count: formCount)
        var high = low
        let found = facts.withUnsafeMutableBufferPointer {
            facts -> (winners: UInt64, isExact: Bool)? in
            guard !readsUnknownGeneric(facts) else { return nil }
            return withUnsafeTemporaryAllocation(of: Int.self, capacity: max(criterionCount, 1)) {
                classes -> (winners: UInt64, isExact: Bool)? in
                guard classify(facts, into: classes.baseAddress!, checkingAll: true) else {
                    return nil
                }
                return low.withUnsafeMutableBufferPointer { low in
                    high.withUnsafeMutableBufferPointer { high in
                        ClassAnalysis.run(
                            program: self, classes: classes.baseAddress!, scores: scores,
                            low: low.baseAddress!, high: high.baseAddress!, limit: limit)
                    }
                }
            }
        }
        return found.map { (low, high, $0.winners, $0.isExact) }
    }
}
