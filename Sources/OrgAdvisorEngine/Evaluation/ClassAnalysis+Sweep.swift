import OrgAdvisorRules

extension ClassAnalysis {
    /// Sweeps the classes of the unknown criterion at `position`: appends its segments
    /// and, in each, the distinct sums of its unary tables.
    mutating func sweep(_ position: Int) {
        let criterion = unknown[position]
        let classCount = program.memory.classCount[criterion]
        let classOffset = program.memory.classOffset[criterion]
        let wide = program.memory.wideRows.base
        let groupOf = program.memory.slotGroup.base
        let eventStart = program.memory.eventStart.base
        let events = program.memory.events.base
        var sum = SIMD8<Int64>()
        for index in program.memory.criterionSlotStart[
            criterion]..<program.memory.criterionSlotStart[criterion + 1]
        {
            let slot = program.memory.criterionSlots[index]
            let group = groupOf[slot]
            if count[group] == 1 {
                sum &+= wide[current[group] - offset(slot, classCount) + offset(slot, 0)]
            }
        }
        segmentStart[position] = segmentCount
        open(segmentAt: 0, with: sum)
        for valueClass in 1..<max(classCount, 1) {
            var split = false
            var changed = false
            for event in eventStart[
                classOffset + valueClass]..<eventStart[classOffset + valueClass + 1]
            {
                let slot = events[event]
                let group = groupOf[slot]
                if count[group] == 1 {
                    let row = current[group] - offset(slot, classCount)
                    sum &+=
                        wide[row + offset(slot, valueClass)]
                        &- wide[row + offset(slot, valueClass - 1)]
                    changed = true
                } else if !split {
                    split = changesRow(of: group, at: slot, valueClass: valueClass)
                }
            }
            if split {
                open(segmentAt: valueClass, with: sum)
            } else if changed && sum != entries[entryCount - 1] {
                entries[entryCount] = sum
                entryCount += 1
                segmentEnd[segmentCount - 1] = entryCount
                segmentLow[segmentCount - 1] = pointwiseMin(segmentLow[segmentCount - 1], sum)
                segmentHigh[segmentCount - 1] = pointwiseMax(segmentHigh[segmentCount - 1], sum)
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
        segmentLow[segmentCount] = sum
        segmentHigh[segmentCount] = sum
        segmentCount += 1
    }
}
