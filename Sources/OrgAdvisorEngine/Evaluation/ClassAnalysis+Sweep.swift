import OrgAdvisorRules

extension ClassAnalysis {
    /// Sweeps the classes of the unknown criterion at `position`: appends its segments
    /// and, in each, the distinct sums of its unary tables.
    ///
    /// The tables that read the criterion alone add the same sums for every profile
    /// (``ProgramMemory/aloneSums``); the sweep follows the others' rows, which change
    /// only at their events (``ProgramMemory/sharedEvents``), and adds the two.
    mutating func sweep(_ position: Int) {
        let criterion = unknown[position]
        let classCount = program.memory.classCount[criterion]
        let classOffset = program.memory.classOffset[criterion]
        let wide = program.memory.wideRows.base
        let alone = program.memory.aloneSums.base + classOffset
        let groupOf = program.memory.slotGroup.base
        let eventStart = program.memory.sharedEventStart.base + classOffset
        let events = program.memory.sharedEvents.base
        var shared = SIMD8<Int64>()
        for index in program.memory.criterionSlotStart[
            criterion]..<program.memory.criterionSlotStart[criterion + 1]
        {
            let slot = program.memory.criterionSlots[index]
            let group = groupOf[slot]
            if count[group] == 1 && !program.memory.readsAlone(slot) {
                shared &+= wide[current[group] - offset(slot, classCount) + offset(slot, 0)]
            }
        }
        segmentStart[position] = segmentCount
        open(segmentAt: 0, with: alone[0] &+ shared)
        for valueClass in 1..<max(classCount, 1) {
            var split = false
            for event in eventStart[valueClass]..<eventStart[valueClass + 1] {
                let slot = events[event]
                let group = groupOf[slot]
                if count[group] == 1 {
                    let row = current[group] - offset(slot, classCount)
                    shared &+=
                        wide[row + offset(slot, valueClass)]
                        &- wide[row + offset(slot, valueClass - 1)]
                } else if !split {
                    split = changesRow(of: group, at: slot, valueClass: valueClass)
                }
            }
            let sum = alone[valueClass] &+ shared
            if split {
                open(segmentAt: valueClass, with: sum)
            } else if !ScoreLanes.same(sum, entries[entryCount - 1]) {
                entries[entryCount] = sum
                entryCount += 1
                segmentEnd[segmentCount - 1] = entryCount
            }
        }
    }

    /// Starts a segment at a class, with its first sum.
    mutating func open(segmentAt valueClass: Int, with sum: SIMD8<Int64>) {
        entries[entryCount] = sum
        segmentFirst[segmentCount] = entryCount
        entryCount += 1
        segmentEnd[segmentCount] = entryCount
        segmentClass[segmentCount] = valueClass
        segmentCount += 1
    }

    /// Sets each segment's lowest and highest sums, form by form, from its sums (for the
    /// bounds; the possible winners alone do not need them).
    mutating func boundSegments() {
        for segment in 0..<segmentCount {
            var low = entries[segmentFirst[segment]]
            var high = low
            for entry in segmentFirst[segment]..<segmentEnd[segment] {
                low = ScoreLanes.lesser(low, entries[entry])
                high = ScoreLanes.greater(high, entries[entry])
            }
            segmentLow[segment] = low
            segmentHigh[segment] = high
        }
    }
}
