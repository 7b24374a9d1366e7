import OrgAdvisorRules

extension ProgramMemory {
    /// Fills the tables computed from the others: the derivation targets, each
    /// criterion's slots, where a slot's row changes from one class to the next, the sums
    /// of the tables that read one criterion alone, each table's range over its rows,
    /// and what evaluation reads to find the rows (``planRows()``).
    /// Called once, when the builder is done.
    package mutating func finish() {
        var seen: Set<Int> = []
        for index in derivations.indices where seen.insert(derivations[index].target).inserted {
            derivationTargets.append(derivations[index].target)
        }
        for slot in slotCriterion.indices {
            slotCodes.append(SIMD2(Int32(slotCriterion[slot]), Int32(slotMapStart[slot])))
        }
        var slotsOf = [[Int]](repeating: [], count: criterionCount)
        for slot in slotCriterion.indices { slotsOf[slotCriterion[slot]].append(slot) }
        for criterion in 0..<criterionCount {
            criterionSlotStart.append(criterionSlots.count)
            for slot in slotsOf[criterion] { criterionSlots.append(slot) }
        }
        criterionSlotStart.append(criterionSlots.count)
        for criterion in 0..<criterionCount {
            let count = classCount[criterion]
            for valueClass in 0...count {
                eventStart.append(events.count)
                sharedEventStart.append(sharedEvents.count)
                guard valueClass > 0 && valueClass < count else { continue }
                for slot in slotsOf[criterion] {
                    let map = slotMapStart[slot] + valueClass
                    guard slotMaps[map] != slotMaps[map - 1] else { continue }
                    events.append(slot)
                    if !readsAlone(slot) { sharedEvents.append(slot) }
                }
            }
        }
        eventStart.append(events.count)
        sharedEventStart.append(sharedEvents.count)
        addAloneSums(slotsOf: slotsOf)
        addTableRanges()
        planRows()
    }

    /// Whether a slot's table reads its criterion alone.
    func readsAlone(_ slot: Int) -> Bool { groups[slotGroup[slot]].slots.count == 1 }

    /// Fills ``tableRanges`` (with at most 8 forms).
    private mutating func addTableRanges() {
        guard formCount <= 8 else { return }
        for group in groups.indices {
            let table = groups[group]
            guard table.slots.count > 1 else {
                // A table of one criterion has a row per class: walked when needed.
                for _ in 0..<(2 + formCount) { tableRanges.append(SIMD8()) }
                continue
            }
            var low = ScoreLanes.highest
            var high = ScoreLanes.lowest
            var leads = [SIMD8<Int64>](repeating: ScoreLanes.lowest, count: formCount)
            let counts = slotLocalCount.base + table.slots.lowerBound
            let strides = slotStride.base + table.slots.lowerBound
            var digits = [Int](repeating: 0, count: table.slots.count)
            var row = table.firstRow
            repeat {
                let points = wideRows[row]
                low = ScoreLanes.lesser(low, points)
                high = ScoreLanes.greater(high, points)
                for form in 0..<formCount {
                    leads[form] = ScoreLanes.greater(
                        leads[form], SIMD8(repeating: points[form]) &- points)
                }
            } while digits.withUnsafeMutableBufferPointer { digits in
                MixedRadixCounter.increment(
                    digits.baseAddress!, count: digits.count, radix: { counts[$0] },
                    { index, digit in
                        row += digit == 0 ? -(counts[index] - 1) * strides[index] : strides[index]
                    })
            }
            tableRanges.append(low)
            tableRanges.append(high)
            for lead in leads { tableRanges.append(lead) }
        }
    }

    /// Fills ``aloneSums`` (with at most 8 forms).
    private mutating func addAloneSums(slotsOf: [[Int]]) {
        guard formCount <= 8 else { return }
        for criterion in 0..<criterionCount {
            for valueClass in 0...classCount[criterion] {
                var sum = SIMD8<Int64>()
                for slot in slotsOf[criterion] where readsAlone(slot) {
                    let map = Int(slotMaps[slotMapStart[slot] + valueClass])
                    sum &+= wideRows[groups[slotGroup[slot]].firstRow + map]
                }
                aloneSums.append(sum)
            }
        }
    }
}
