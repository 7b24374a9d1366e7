import OrgAdvisorRules

/// The preparation of a search for possible winners: the order of the criteria, the
/// leads of the segments, criteria and joint tables, and what each segment adds to its
/// joint tables' rows.
extension WinnerSearch {
    /// The order of the criteria (the fewest segments first), the joint tables' slots and
    /// the depths at which they are complete.
    func prepareOrder(_ analysis: ClassAnalysis) {
        let count = analysis.unknownCount
        let tables = analysis.jointGroupCount
        for position in 0..<count {
            var index = position
            while index > 0 && size(analysis, order[index - 1]) > size(analysis, position) {
                order[index] = order[index - 1]
                index -= 1
            }
            order[index] = position
        }
        for depth in 0..<count { depthOf[order[depth]] = depth }
        for table in 0..<tables {
            completeAt[table] = 0
            tableSlotStart[table + 1] = 0
        }
        tableSlotStart[0] = 0
        for index in 0..<analysis.jointSlotCount {
            let group = analysis.program.memory.slotGroup[analysis.jointSlots[2 * index]]
            let table = analysis.jointIndex[group]
            slotTable[index] = table
            completeAt[table] = max(completeAt[table], depthOf[analysis.jointSlots[2 * index + 1]])
            tableSlotStart[table + 1] += 1
        }
        for depth in 0...count { completeStart[depth] = 0 }
        for table in 0..<tables { completeStart[completeAt[table] + 1] += 1 }
        for depth in 0..<count { completeStart[depth + 1] += completeStart[depth] }
        for table in 0..<tables {
            completeTables[completeStart[completeAt[table]]] = table
            completeStart[completeAt[table]] += 1
        }
        for depth in stride(from: count, to: 0, by: -1) {
            completeStart[depth] = completeStart[depth - 1]
        }
        completeStart[0] = 0
        for table in 0..<tables { tableSlotStart[table + 1] += tableSlotStart[table] }
        for index in 0..<analysis.jointSlotCount {
            let table = slotTable[index]
            tableSlots[tableSlotStart[table]] = index
            tableSlotStart[table] += 1
        }
        for table in stride(from: tables, to: 0, by: -1) {
            tableSlotStart[table] = tableSlotStart[table - 1]
        }
        tableSlotStart[0] = 0
        for index in 0..<analysis.jointSlotCount {
            let depth = depthOf[analysis.jointSlots[2 * index + 1]]
            var previous = -1
            var previousDepth = -1
            let table = slotTable[index]
            for entry in tableSlotStart[table]..<tableSlotStart[table + 1] {
                let otherDepth = depthOf[analysis.jointSlots[2 * tableSlots[entry] + 1]]
                if otherDepth < depth && otherDepth > previousDepth {
                    previous = tableSlots[entry]
                    previousDepth = otherDepth
                }
            }
            previousSlot[index] = previous
        }
    }

    /// The leads of every segment, criterion, joint table and joint slot's class, and the
    /// root's fixed points and leads.
    func prepareLeads(_ analysis: inout ClassAnalysis) {
        let formCount = analysis.formCount
        for form in 0..<formCount { levelLeads[form] = SIMD8() }
        for position in 0..<analysis.unknownCount {
            for form in 0..<formCount {
                positionLeads[position * formCount + form] = ScoreLanes.lowest
            }
            for segment in analysis.segmentStart[position]..<analysis.segmentStart[position + 1] {
                analysis.prepareLeads(of: segment)
                for form in 0..<formCount {
                    positionLeads[position * formCount + form] = ScoreLanes.greater(
                        positionLeads[position * formCount + form],
                        analysis.segmentLeads[segment * formCount + form])
                }
            }
            for form in 0..<formCount {
                levelLeads[form] &+= positionLeads[position * formCount + form]
            }
        }
        for vector in 0..<(analysis.unknownCount * formCount) { completeLeads[vector] = SIMD8() }
        for table in 0..<analysis.jointGroupCount {
            tableLeads(analysis, table, conditioned: false)
            let complete = completeLeads + completeAt[table] * formCount
            for form in 0..<formCount {
                levelLeads[form] &+= tableLeads[table * formCount + form]
                complete[form] &+= tableLeads[table * formCount + form]
            }
        }
        levelFixed[0] = analysis.base
    }

    /// The leads of each joint table's rows per class of each of its unknown criteria.
    func prepareConditions(_ analysis: ClassAnalysis) {
        let formCount = analysis.formCount
        var next = 0
        for index in 0..<analysis.jointSlotCount {
            conditionStart[index] = next
            let classes = analysis.program.memory.slotLocalCount[analysis.jointSlots[2 * index]]
            for vector in next..<(next + classes * formCount) {
                conditionLeads[vector] = ScoreLanes.lowest
            }
            next += classes * formCount
        }
        for table in 0..<analysis.jointGroupCount {
            tableLeads(analysis, table, conditioned: true)
        }
    }

    /// The leads of a joint table's rows, over all of them and per class of each of its
    /// unknown criteria.
    func tableLeads(_ analysis: ClassAnalysis, _ table: Int, conditioned: Bool) {
        let formCount = analysis.formCount
        let memory = (
            counts: analysis.program.memory.slotLocalCount.base,
            strides: analysis.program.memory.slotStride.base
        )
        let wide = analysis.program.memory.wideRows.base
        let first = tableSlotStart[table]
        let slotCount = tableSlotStart[table + 1] - first
        // Captures the pointers it reads, not the analysis (which would be copied).
        let (jointSlots, tableSlots) = (analysis.jointSlots, self.tableSlots)
        let slot = { (index: Int) in jointSlots[2 * tableSlots[first + index]] }
        let group = analysis.jointGroups[table]
        if !conditioned {
            let leads: UnsafePointer<SIMD8<Int64>>?
            if slotCount == analysis.program.memory.groups[group].slots.count {
                // Every criterion it reads is unknown: the program has its leads.
                leads = UnsafePointer(
                    analysis.program.memory.tableRanges.base + group * (2 + formCount) + 2)
            } else {
                leads = jointLeads?.leads(
                    of: group, in: analysis.program, classes: analysis.classes)
            }
            if let leads {
                for form in 0..<formCount { tableLeads[table * formCount + form] = leads[form] }
                return
            }
            // The leads are those of the table's range, which the analyses of the answers
            // to one question share (``EstimateRanges``): most tables keep their row.
            if analysis.ranges != nil {
                withUnsafeTemporaryAllocation(of: SIMD8<Int64>.self, capacity: 2 + formCount) {
                    range in
                    analysis.tableRange(of: group, into: range.baseAddress!)
                    for form in 0..<formCount {
                        tableLeads[table * formCount + form] = range[2 + form]
                    }
                }
                return
            }
        }
        // The answers to one question keep most tables' rows, and their leads per class
        // (``EstimateRanges``): a leads' walk pays only in long searches, but then much.
        let keptSlots = conditioned && analysis.ranges != nil ? (0..<slotCount).map(slot) : []
        let leads = { (index: Int) in
            index < 0
                ? tableLeads + table * formCount
                : conditionLeads + conditionStart[tableSlots[first + index]]
        }
        if !keptSlots.isEmpty,
            analysis.ranges!.copyClassLeads(
                group, row: analysis.current[group], slots: keptSlots, into: leads)
        {
            return
        }
        defer {
            if !keptSlots.isEmpty {
                analysis.ranges!.keepClassLeads(
                    group, row: analysis.current[group], slots: keptSlots,
                    from: { UnsafePointer(leads($0)) })
            }
        }
        for form in 0..<formCount { tableLeads[table * formCount + form] = ScoreLanes.lowest }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: slotCount) { digits in
            let digits = digits.baseAddress!
            var row = analysis.current[analysis.jointGroups[table]]
            for index in 0..<slotCount {
                digits[index] = 0
                row -= memory.counts[slot(index)] * memory.strides[slot(index)]
            }
            repeat {
                let points = wide[row]
                for form in 0..<formCount {
                    let lead = SIMD8(repeating: points[form]) &- points
                    tableLeads[table * formCount + form] = ScoreLanes.greater(
                        tableLeads[table * formCount + form], lead)
                    for index in 0..<slotCount where conditioned {
                        let vector =
                            conditionStart[tableSlots[first + index]] + digits[index] * formCount
                            + form
                        conditionLeads[vector] = ScoreLanes.greater(conditionLeads[vector], lead)
                    }
                }
            } while MixedRadixCounter.increment(
                digits, count: slotCount, radix: { memory.counts[slot($0)] },
                { index, digit in
                    let stride = memory.strides[slot(index)]
                    row += digit == 0 ? -(memory.counts[slot(index)] - 1) * stride : stride
                })
        }
    }

    /// Fills ``slotGroups``.
    func prepareSlotGroups(_ analysis: ClassAnalysis) {
        for index in 0..<analysis.jointSlotCount {
            slotGroups[index] = analysis.program.memory.slotGroup[analysis.jointSlots[2 * index]]
        }
    }

    /// Fills ``segmentRows``, when the search keeps them (before it descends: the searches
    /// that the root's bound or the witnesses settle need none).
    func prepareSegmentRows(_ analysis: ClassAnalysis) {
        guard let segmentRows else { return }
        var next = 0
        for position in 0..<analysis.unknownCount {
            segmentRowStart[position] = next
            let slots = analysis.jointSlotStart[position]..<analysis.jointSlotStart[position + 1]
            for segment in analysis.segmentStart[position]..<analysis.segmentStart[position + 1] {
                for index in slots {
                    segmentRows[next] = analysis.offset(
                        analysis.jointSlots[2 * index], analysis.segmentClass[segment])
                    next += 1
                }
            }
        }
        segmentRowStart[analysis.unknownCount] = next
    }

    /// The number of segments of the criterion at `position`.
    @inline(__always)
    func size(_ analysis: ClassAnalysis, _ position: Int) -> Int {
        analysis.segmentStart[position + 1] - analysis.segmentStart[position]
    }
}
