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
        let memory = (
            classCount: program.memory.classCount[criterion],
            classOffset: program.memory.classOffset[criterion],
            wide: program.memory.wideRows.base, groupOf: program.memory.slotGroup.base
        )
        let classCount = memory.classCount
        let alone = program.memory.aloneSums.base + memory.classOffset
        let eventStart = program.memory.sharedEventStart.base + memory.classOffset
        let events = program.memory.sharedEvents.base
        let eventMaps = program.memory.sharedEventMaps.base
        let (count, current, entries) = (self.count, self.current, self.entries)
        var shared = SIMD8<Int64>()
        for index in program.memory.criterionSlotStart[
            criterion]..<program.memory.criterionSlotStart[criterion + 1]
        {
            let slot = program.memory.criterionSlots[index]
            let group = memory.groupOf[slot]
            if count[group] == 1 && !program.memory.readsAlone(slot) {
                shared &+=
                    memory.wide[
                        current[group] - offset(slot, classCount) + offset(slot, 0)]
            }
        }
        segmentStart[position] = segmentCount
        open(segmentAt: 0, with: alone[0] &+ shared)
        var (entryCount, segmentCount) = (self.entryCount, self.segmentCount)
        for valueClass in 1..<max(classCount, 1) {
            var split = false
            for event in eventStart[valueClass]..<eventStart[valueClass + 1] {
                let group = memory.groupOf[events[event]]
                if count[group] == 1 {
                    let maps = eventMaps[event]
                    let row = current[group]
                    shared &+=
                        memory.wide[row + Int(maps[1])] &- memory.wide[row + Int(maps[0])]
                } else if !split {
                    split = changesRow(of: group, at: events[event], valueClass: valueClass)
                }
            }
            let sum = alone[valueClass] &+ shared
            if split {
                segmentEnd[segmentCount - 1] = entryCount
                entries[entryCount] = sum
                segmentFirst[segmentCount] = entryCount
                segmentClass[segmentCount] = valueClass
                segmentCount += 1
                entryCount += 1
            } else if !ScoreLanes.same(sum, entries[entryCount - 1]) {
                entries[entryCount] = sum
                entryCount += 1
            }
        }
        segmentEnd[segmentCount - 1] = entryCount
        (self.entryCount, self.segmentCount) = (entryCount, segmentCount)
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
