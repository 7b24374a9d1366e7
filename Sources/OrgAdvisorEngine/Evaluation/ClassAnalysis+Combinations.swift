import OrgAdvisorRules

extension ClassAnalysis {
    /// Sets the joint tables' rows and their sum for the first combination (every
    /// criterion in its first segment), and the leads of the segments.
    mutating func startCombinations() {
        for index in 0..<jointGroupCount {
            jointRow[jointGroups[index]] = current[jointGroups[index]]
        }
        for index in 0..<jointSlotCount {
            let slot = jointSlots[2 * index]
            let position = jointSlots[2 * index + 1]
            jointRow[program.memory.slotGroup[slot]] +=
                offset(slot, segmentClass[segmentStart[position]])
                - offset(slot, program.memory.classCount[unknown[position]])
        }
        let wide = program.memory.wideRows.base
        jointSum = SIMD8()
        for index in 0..<jointGroupCount { jointSum &+= wide[jointRow[jointGroups[index]]] }
        for segment in 0..<segmentCount { leadsReady[segment] = 0 }
    }

    /// Computes the leads of a segment of two sums or more, once.
    @inline(__always)
    func prepareLeads(of segment: Int) {
        guard leadsReady[segment] == 0 else { return }
        leadsReady[segment] = 1
        for form in 0..<formCount {
            var most = ScoreLanes.lowest
            for entry in segmentFirst[segment]..<segmentEnd[segment] {
                let sum = entries[entry]
                most = ScoreLanes.greater(most, SIMD8(repeating: sum[form]) &- sum)
            }
            segmentLeads[segment * formCount + form] = most
        }
    }

    /// Moves the unknown criterion at `position` to its segment `digit` (from the one
    /// before, or from its last when `digit` is 0), updating the joint tables it reads.
    @inline(__always)
    mutating func moveSegment(of position: Int, to digit: Int) {
        let start = segmentStart[position]
        let old = digit == 0 ? segmentStart[position + 1] - 1 : start + digit - 1
        let new = start + digit
        let wide = program.memory.wideRows.base
        for index in jointSlotStart[position]..<jointSlotStart[position + 1] {
            let slot = jointSlots[2 * index]
            let group = program.memory.slotGroup.base[slot]
            jointSum &-= wide[jointRow[group]]
            jointRow[group] += offset(slot, segmentClass[new]) - offset(slot, segmentClass[old])
            jointSum &+= wide[jointRow[group]]
        }
    }

    /// The winners of the current combination of segments.
    mutating func combinationWinners() -> UInt64 {
        var fixed = base &+ jointSum
        var listCount = 0
        for position in 0..<unknownCount {
            let segment = segmentStart[position] + digits[position]
            if segmentEnd[segment] - segmentFirst[segment] == 1 {
                fixed &+= entries[segmentFirst[segment]]
            } else {
                lists[listCount] = segment
                listCount += 1
            }
        }
        return winners(fixed: fixed, listCount: listCount)
    }

    /// Widens the bounds to those of the current combination of segments (after
    /// ``boundSegments()``).
    func widenBounds(lowest: inout SIMD8<Int64>, highest: inout SIMD8<Int64>) {
        var low = base &+ jointSum
        var high = low
        for position in 0..<unknownCount {
            let segment = segmentStart[position] + digits[position]
            low &+= segmentLow[segment]
            high &+= segmentHigh[segment]
        }
        lowest = ScoreLanes.lesser(lowest, low)
        highest = ScoreLanes.greater(highest, high)
    }
}
