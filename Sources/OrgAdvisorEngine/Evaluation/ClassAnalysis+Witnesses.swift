import OrgAdvisorRules

extension ClassAnalysis {
    /// Forms found to reach the top in a few chosen combinations of segments, one bit per
    /// form: a quick start for the search (``searchWinners(limit:quickSteps:)``), which
    /// then only has to find the forms of `candidates` left, or rule them out.
    ///
    /// For each form of `candidates`, each unknown criterion takes the segment holding the
    /// sum that adds most to the form's lead over the other forms, weighted; the
    /// combination is then decided exactly as the enumeration decides it
    /// (``combinationWinners()``), so every form found can win. When the form is
    /// not among its winners, the forms that were weigh more, and it is tried again, up
    /// to ``witnessRounds`` times (``witnessRoundsManyUnknown`` with many unknown
    /// criteria). Leaves every criterion in its first segment.
    mutating func witnessWinners(of candidates: UInt64) -> UInt64 {
        var found: UInt64 = 0
        // One weight per form; the lanes past the last form weigh nothing.
        var first = SIMD8<Int64>()
        for other in 0..<formCount { first[other] = 1 }
        let rounds =
            unknownCount > Self.fewUnknown ? Self.witnessRoundsManyUnknown : Self.witnessRounds
        for form in 0..<formCount where candidates & (1 << UInt64(form)) != 0 {
            guard found & (1 << UInt64(form)) == 0 else { continue }
            var weights = first
            for round in 0..<rounds {
                weights[form] = 0
                for position in 0..<unknownCount {
                    setSegment(
                        of: position,
                        to: bestSegment(position, for: form, weights, uniform: round == 0))
                }
                let mask = currentWinners()
                found |= mask
                ranges?.keepWitness(of: mask, self)
                if mask & (1 << UInt64(form)) != 0 { break }
                for other in 0..<formCount where mask & (1 << UInt64(other)) != 0 {
                    weights[other] &*= 4
                }
            }
        }
        for position in 0..<unknownCount { setSegment(of: position, to: 0) }
        return found
    }

    /// The forms of `forms` that win in the combinations that showed them winning in an
    /// analysis before, which `kept` remembers by value class (from ``witnessWinners(of:)``):
    /// the answers to one question differ in one criterion, and such a combination mostly
    /// still shows its forms at the top, at the cost of one combination instead of a pass
    /// over every segment of every criterion. Each is decided as a leaf, so every form
    /// found can win. Leaves every criterion in its first segment.
    mutating func rememberedWitnesses(of forms: UInt64, in kept: EstimateRanges) -> UInt64 {
        var found: UInt64 = 0
        for form in 0..<formCount where forms & ~found & (1 << UInt64(form)) != 0 {
            guard kept.hasWitness(of: form) else { continue }
            for position in 0..<unknownCount {
                let valueClass = kept.witnessClass(of: form, criterion: unknown[position])
                setSegment(of: position, to: segment(of: position, containing: valueClass))
            }
            found |= currentWinners()
        }
        for position in 0..<unknownCount { setSegment(of: position, to: 0) }
        return found
    }

    /// The winners of the combination of segments the criteria are in, its joint tables'
    /// rows added again.
    private mutating func currentWinners() -> UInt64 {
        let wide = program.memory.wideRows.base
        jointSum = SIMD8()
        for index in 0..<jointGroupCount {
            jointSum &+= wide[jointRow[jointGroups[index]]]
        }
        return combinationWinners()
    }

    /// The segment (its digit) of the criterion at `position` that holds `valueClass`;
    /// the first for a class out of its range.
    func segment(of position: Int, containing valueClass: Int) -> Int {
        let start = segmentStart[position]
        var (low, high) = (0, segmentStart[position + 1] - start)
        // The last segment that starts at or before the class.
        while high - low > 1 {
            let middle = (low + high) / 2
            if segmentClass[start + middle] <= valueClass { low = middle } else { high = middle }
        }
        return low
    }

    /// The value class of the criterion at `position` where its segment `digit` starts.
    func firstClass(of position: Int, digit: Int) -> Int {
        segmentClass[segmentStart[position] + digit]
    }

    /// The combinations tried per form.
    static let witnessRounds = 3
    /// The combinations tried per form with more than ``fewUnknown`` unknown criteria,
    /// whose search is long: more witnesses pay (10,000 profiles giving each criterion
    /// with probability 0.3, 3,000 mixed rules: 16.1 → 14.0 s of CPU, a third fewer
    /// estimated), where with few they cost more than the search they spare.
    static let witnessRoundsManyUnknown = 8
    /// See ``witnessRoundsManyUnknown``.
    static let fewUnknown = 4

    /// The segment of the criterion at `position` holding the sum that adds most to
    /// `form`'s score less the other forms', weighted (the first of equals).
    private func bestSegment(
        _ position: Int, for form: Int, _ weights: SIMD8<Int64>, uniform: Bool
    ) -> Int {
        let start = segmentStart[position]
        var best = 0
        var bestLead = Int64.min
        // With every other form weighing 1, the lead is `formCount` times the form's
        // score less the sum of all the scores: no product of vectors.
        var lanes = SIMD8<Int64>()
        for other in 0..<formCount { lanes[other] = -1 }
        for digit in 0..<(segmentStart[position + 1] - start) {
            var lead = Int64.min
            if uniform {
                let segment = start + digit
                for entry in segmentFirst[segment]..<segmentEnd[segment] {
                    let sum = entries[entry]
                    let value = sum[form] &* Int64(formCount) &- (sum & lanes).wrappedSum()
                    if value > lead || entry == segmentFirst[segment] { lead = value }
                }
            } else {
                lead = bestEntry(of: start + digit, for: form, weights).lead
            }
            if lead > bestLead {
                best = digit
                bestLead = lead
            }
        }
        return best
    }
}
