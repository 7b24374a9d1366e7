import OrgAdvisorRules

extension RuleBase {
    /// The most combinations of classes of the unknown criteria that derivations read
    /// replayed one by one in ``replayedAnalysis(given:facts:)``; beyond, a safe
    /// over-estimate.
    static let replayLimit = 256

    /// The bounds and possible winners over the completions of the profile `given`
    /// (whose facts after derivation are `facts`) when giving its unknown criteria could
    /// change a derived fact (``Program/derivationsCouldChange(given:facts:stack:)``);
    /// nil when it could not, and the analysis of `facts` as they are is exact.
    ///
    /// A completion gives every criterion unknown after derivation a value, and the
    /// derivations are replayed on it: a derived fact may then come from an earlier
    /// derivation whose condition the completion makes true. Only the unknown criteria
    /// that derivations read can change a derived fact, so each combination of their
    /// classes is replayed (the other unknown criteria count as given, so that no
    /// derivation sets them), and the facts it gives are analysed with the other
    /// unknown criteria left unknown; the bounds and possible winners are those of all
    /// the combinations together. The combinations share the work one analysis may take,
    /// so that a replayed evaluation costs no more than another (past its share, a
    /// combination's analysis is an over-estimate). A derived fact that a combination
    /// leaves unset stays unknown for the rules (rather than taking every class): that
    /// combination's completions of the other unknown criteria are scored one by one. Past
    /// ``replayLimit`` combinations, every fact not given is left unknown instead; past
    /// as many completions of a combination, its unset fact takes every class: both safe
    /// over-estimates (`isExact` false). Tests lower `limit` to reach them.
    package func replayedAnalysis(given: [Double], facts: [Double], limit: Int = replayLimit)
        -> CompletionAnalysis.Result?
    {
        let program = self.program
        guard program.sharesDerivationTargets else { return nil }
        var current = facts
        let couldChange = given.withUnsafeBufferPointer { given in
            current.withUnsafeMutableBufferPointer { facts in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) {
                    program.derivationsCouldChange(
                        given: given.baseAddress!, facts: facts, stack: $0.baseAddress!)
                }
            }
        }
        guard couldChange else { return nil }
        var read = [Bool](repeating: false, count: criteria.count)
        for derivation in derivations {
            derivation.condition.forEachAtom { criterion, _ in read[criterion] = true }
        }
        let unknown = criteria.indices.filter { facts[$0].isNaN }
        let replayed = unknown.filter { read[$0] }
        let radices = replayed.map { valueClasses[$0].count }
        guard let count = MixedRadixCounter.count(radices), count <= limit,
            unknown.allSatisfy({ !valueClasses[$0].isEmpty })
        else {
            var free = facts
            for criterion in criteria.indices where given[criterion].isNaN {
                free[criterion] = .nan
            }
            var result = analysis(of: free)
            result.isExact = false
            return result
        }
        // The combinations share one analysis's work, so that replaying costs no more
        // than an analysis would (each past its share is an over-estimate).
        let share = max(ClassAnalysis.combinationLimit / count, 1)
        var bounds: [ClosedRange<Score>]?
        var winners = Set<Int>()
        var isExact = true
        var counter = MixedRadixCounter(radices: radices)
        repeat {
            var values = given
            // The other unknown criteria count as given: no derivation sets them.
            for criterion in unknown {
                values[criterion] = valueClasses[criterion][0].representative
            }
            for (position, criterion) in replayed.enumerated() {
                values[criterion] = valueClasses[criterion][counter.digits[position]].representative
            }
            values.withUnsafeMutableBufferPointer { values in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) {
                    program.derive(values, stack: $0.baseAddress!)
                }
            }
            for criterion in unknown where !read[criterion] { values[criterion] = .nan }
            // A derived fact that no derivation sets again stays unknown for the rules,
            // which the analysis would give every class: the completions of the other
            // unknown criteria are scored one by one instead, or, when they are too
            // many, the analysis is a safe over-estimate.
            var result: CompletionAnalysis.Result
            if criteria.indices.contains(where: {
                given[$0].isNaN && !facts[$0].isNaN && values[$0].isNaN
            }) {
                result =
                    completionsScored(
                        values, varying: unknown.filter { !read[$0] }, limit: limit)
                    ?? {
                        var estimate = analysis(of: values, limit: share)
                        estimate.isExact = false
                        return estimate
                    }()
            } else {
                result = analysis(of: values, limit: share)
            }
            bounds =
                bounds.map {
                    zip($0, result.bounds).map {
                        min($0.lowerBound, $1.lowerBound)...max($0.upperBound, $1.upperBound)
                    }
                } ?? result.bounds
            winners.formUnion(result.possibleWinners)
            isExact = isExact && result.isExact
        } while counter.increment()
        return CompletionAnalysis.Result(
            bounds: bounds ?? [], possibleWinners: winners.sorted(), isExact: isExact)
    }

    /// The bounds and possible winners of `facts` (no derivation applied) over every
    /// combination of classes of the criteria `varying`, each scored whole, the other
    /// unknown facts staying unknown; nil past `limit` combinations.
    private func completionsScored(_ facts: [Double], varying: [Int], limit: Int)
        -> CompletionAnalysis.Result?
    {
        let radices = varying.map { valueClasses[$0].count }
        guard let count = MixedRadixCounter.count(radices), count <= limit,
            radices.allSatisfy({ $0 > 0 })
        else { return nil }
        var values = facts
        var scores = [Int64](repeating: 0, count: forms.count)
        var low = [Int64](repeating: .max, count: forms.count)
        var high = [Int64](repeating: .min, count: forms.count)
        var winners: UInt64 = 0
        var counter = MixedRadixCounter(radices: radices)
        repeat {
            for (position, criterion) in varying.enumerated() {
                values[criterion] = valueClasses[criterion][counter.digits[position]].representative
            }
            scoreFacts(values, into: &scores)
            for form in scores.indices {
                low[form] = min(low[form], scores[form])
                high[form] = max(high[form], scores[form])
            }
            // Every form at the top, alone or tied, could win (as in the analysis).
            if forms.count <= 64 {
                winners |= Ranking.topMask(count: forms.count) { scores[$0] }
            }
        } while counter.increment()
        guard forms.count <= 64 else { return nil }
        return CompletionAnalysis.Result(
            bounds: zip(low, high).map { Score(micro: $0)...Score(micro: $1) },
            possibleWinners: forms.indices.filter { winners & (1 << UInt64($0)) != 0 },
            isExact: true)
    }

    /// The bounds and possible winners of facts as they are (no derivation applied).
    private func analysis(
        of facts: [Double], limit: Int = ClassAnalysis.combinationLimit
    ) -> CompletionAnalysis.Result {
        var scores = [Int64](repeating: 0, count: forms.count)
        scoreFacts(facts, into: &scores)
        return analyse(facts: facts, scores: scores.map { Score(micro: $0) }, limit: limit)
    }
}
