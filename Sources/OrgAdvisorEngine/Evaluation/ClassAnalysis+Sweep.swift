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
        let groupOf = program.memory.slotGroup.base
        let alone = program.memory.aloneSums.base + classOffset
        let eventStart = program.memory.sharedEventStart.base + classOffset
        let events = program.memory.sharedEvents.base
        let eventMaps = program.memory.sharedEventMaps.base
        // The analysis is only read while the classes are swept (what it counts is kept
        // in locals, and written back at the end), so that `changesRow` reads it in place
        // instead of copying it at each class with an event.
        let (count, current, entries) = (self.count, self.current, self.entries)
        var shared = SIMD8<Int64>()
        for index in program.memory.criterionSlotStart[
            criterion]..<program.memory.criterionSlotStart[criterion + 1]
        {
            let slot = program.memory.criterionSlots[index]
            let group = groupOf[slot]
            if count[group] == 1 && !program.memory.readsAlone(slot) {
                let row = current[group] - offset(slot, classCount)
                shared &+= wide[row + offset(slot, 0)]
            }
        }
        segmentStart[position] = segmentCount
        var (entryCount, segmentCount) = (self.entryCount, self.segmentCount)
        let segments = (first: segmentFirst, valueClass: segmentClass)
        Self.startSegment(
            at: 0, with: alone[0] &+ shared, entries, segments, &entryCount, &segmentCount)
        for valueClass in 1..<max(classCount, 1) {
            var split = false
            for event in eventStart[valueClass]..<eventStart[valueClass + 1] {
                let group = groupOf[events[event]]
                if count[group] == 1 {
                    let maps = eventMaps[event]
                    let row = current[group]
                    shared &+= wide[row + Int(maps[1])] &- wide[row + Int(maps[0])]
                } else if !split {
                    split = changesRow(
                        of: group, at: events[event], valueClass: valueClass, event: event)
                }
            }
            let sum = alone[valueClass] &+ shared
            if split {
                segmentEnd[segmentCount - 1] = entryCount
                Self.startSegment(
                    at: valueClass, with: sum, entries, segments, &entryCount, &segmentCount)
            } else if !ScoreLanes.same(sum, entries[entryCount - 1]) {
                entries[entryCount] = sum
                entryCount += 1
            }
        }
        segmentEnd[segmentCount - 1] = entryCount
        (self.entryCount, self.segmentCount) = (entryCount, segmentCount)
    }

    /// Starts a segment at a class, with its first sum, as the next entry and the next
    /// segment (whose end the sweep sets when the next one starts, or when it is done).
    @inline(__always)
    private static func startSegment(
        at valueClass: Int, with sum: SIMD8<Int64>, _ entries: UnsafeMutablePointer<SIMD8<Int64>>,
        _ segments: (first: UnsafeMutablePointer<Int>, valueClass: UnsafeMutablePointer<Int>),
        _ entryCount: inout Int, _ segmentCount: inout Int
    ) {
        entries[entryCount] = sum
        segments.first[segmentCount] = entryCount
        segments.valueClass[segmentCount] = valueClass
        entryCount += 1
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
