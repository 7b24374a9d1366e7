import OrgAdvisorRules

extension ClassAnalysis {
    /// The possible winners, one bit per form, by a depth-first search over the
    /// combinations of segments that leaves out every subtree where no form not yet
    /// found can reach the top. For batch, which reports no bounds.
    ///
    /// The unknown criteria take their segments one after the other, those with the fewest
    /// segments first. At each step, a form's margin over each other form is bounded by
    /// the sum of:
    /// - what is fixed: the base and the rows of the joint tables whose unknown criteria
    ///   all have a segment;
    /// - for each criterion with a segment, the best its segment's sums add;
    /// - for each criterion without, the best any of its segments' sums adds;
    /// - for each other joint table, the best its rows add with its criteria that have a
    ///   segment held there (the least of what each of them allows).
    ///
    /// A form not yet found whose bound cannot rank it first is left out of the subtree,
    /// and the subtree is skipped when no form is left. The leaves decide as
    /// ``combinationWinners()`` does. Exact unless the search takes more than
    /// `limit` units of work (steps times the tables and criteria each adds up); then nil.
    /// The first `quickSteps` steps go without the leads per class (see ``Search``).
    /// `leads`, when given, has the leads of the tables over two or three criteria.
    mutating func searchWinners(limit: Int, quickSteps: Int, leads: JointLeads? = nil)
        -> UInt64?
    {
        let formCount = formCount
        let tables = jointGroupCount
        let count = unknownCount
        var conditions = 0
        for index in 0..<jointSlotCount {
            conditions += program.memory.slotLocalCount[jointSlots[2 * index]]
        }
        var moves = 0
        for position in 0..<count {
            moves +=
                (segmentStart[position + 1] - segmentStart[position])
                * (jointSlotStart[position + 1] - jointSlotStart[position])
        }
        let vectorCount =
            (3 * count + tables + 1 + conditions + jointSlotCount) * formCount + count + 1
        let intCount = 2 * tables + 4 * count + 5 * jointSlotCount + tables + 3 + moves
        return withUnsafeTemporaryAllocation(of: SIMD8<Int64>.self, capacity: vectorCount) {
            vectorSpace in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: intCount) { intSpace in
                var vector = vectorSpace.baseAddress!
                func vectors(_ count: Int) -> UnsafeMutablePointer<SIMD8<Int64>> {
                    defer { vector += count }
                    return vector
                }
                var int = intSpace.baseAddress!
                func ints(_ count: Int) -> UnsafeMutablePointer<Int> {
                    defer { int += count }
                    return int
                }
                var search = Search(
                    positionLeads: vectors(count * formCount),
                    tableLeads: vectors(tables * formCount),
                    conditionLeads: vectors(conditions * formCount),
                    slotLeads: vectors(jointSlotCount * formCount),
                    levelLeads: vectors((count + 1) * formCount), levelFixed: vectors(count + 1),
                    completeLeads: vectors(count * formCount), completeAt: ints(tables),
                    completeTables: ints(tables), completeStart: ints(count + 1),
                    order: ints(count), depthOf: ints(count),
                    slotTable: ints(jointSlotCount), conditionStart: ints(jointSlotCount),
                    tableSlots: ints(jointSlotCount), tableSlotStart: ints(tables + 1),
                    previousSlot: ints(jointSlotCount), slotGroups: ints(jointSlotCount),
                    segmentRows: ints(moves), segmentRowStart: ints(count + 1),
                    budget: limit / (tables + count + 1), quickSteps: quickSteps,
                    jointLeads: leads)
                return search.run(&self)
            }
        }
    }

    /// Puts the unknown criterion at `position` in its segment `digit`, updating the rows
    /// of the joint tables it reads.
    @inline(__always)
    mutating func setSegment(of position: Int, to digit: Int) {
        let old = segmentStart[position] + digits[position]
        let new = segmentStart[position] + digit
        guard old != new else { return }
        digits[position] = digit
        for index in jointSlotStart[position]..<jointSlotStart[position + 1] {
            let slot = jointSlots[2 * index]
            jointRow[program.memory.slotGroup.base[slot]] +=
                offset(slot, segmentClass[new]) - offset(slot, segmentClass[old])
        }
    }
}

/// The state of ``ClassAnalysis/searchWinners(limit:quickSteps:leads:)``. Leads are vectors: for form `f`,
/// lane `g` holds the most that something adds to form `f`'s score less form `g`'s.
private struct Search {
    /// Per unknown criterion and form: the lead of the best of its segments' sums
    /// (vector `position * formCount + f`).
    let positionLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per joint table (by its index in ``ClassAnalysis/jointGroups``) and form: the lead
    /// of the best of the rows its unknown criteria can select.
    let tableLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per joint slot, local class of its criterion and form: the lead of the best of the
    /// rows of its table with that class (from ``conditionStart``).
    let conditionLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per joint slot and form, along the current path: the lead of its table's rows
    /// with the criteria that have a segment, up to the slot's, held there.
    let slotLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per depth and form: the sum of the leads not fixed (`depth * formCount + f`).
    let levelLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per depth: the points fixed (the base and the complete joint tables' rows).
    let levelFixed: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per depth and form: the sum of the leads of the joint tables complete at that
    /// depth (``tableLeads``), which the step to it takes out of the bound.
    let completeLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per joint table: the depth at which its last unknown criterion gets a segment.
    let completeAt: UnsafeMutablePointer<Int>
    /// The joint tables by the depth at which they are complete, those of depth `d` from
    /// `completeStart[d]` to `completeStart[d + 1]`.
    let completeTables: UnsafeMutablePointer<Int>
    let completeStart: UnsafeMutablePointer<Int>
    /// The unknown criteria's positions in the order they get a segment, and the reverse.
    let order: UnsafeMutablePointer<Int>
    let depthOf: UnsafeMutablePointer<Int>
    /// Per joint slot (index in ``ClassAnalysis/jointSlots``): its joint table, and its
    /// first vector in ``conditionLeads``.
    let slotTable: UnsafeMutablePointer<Int>
    let conditionStart: UnsafeMutablePointer<Int>
    /// The joint slots of each joint table, from `tableSlotStart[table]`.
    let tableSlots: UnsafeMutablePointer<Int>
    let tableSlotStart: UnsafeMutablePointer<Int>
    /// Per joint slot: the slot of the same table whose criterion gets its segment last
    /// before this one's, or -1.
    let previousSlot: UnsafeMutablePointer<Int>
    /// Per joint slot: its table (``ClassAnalysis/jointRow``'s index).
    let slotGroups: UnsafeMutablePointer<Int>
    /// Per unknown criterion, segment and joint slot of the criterion: what the segment's
    /// first class adds to the slot's table's row number; the criterion's block from
    /// `segmentRowStart[position]`. Read once per segment instead of at every step.
    let segmentRows: UnsafeMutablePointer<Int>
    let segmentRowStart: UnsafeMutablePointer<Int>
    /// The steps left before the search gives up.
    var budget: Int
    /// The steps of the search without the leads per class.
    let quickSteps: Int
    /// The leads of the tables over two or three criteria, when made once (held by the
    /// caller's ``AnalysisEffort`` while the search runs: no reference count per search).
    unowned(unsafe) let jointLeads: JointLeads?
    /// Whether the leads per class are computed and used.
    var conditioned = false
    /// The forms found to reach the top in some completion.
    var found: UInt64 = 0
    /// The forms that can reach the top at all (the root's bound).
    var candidates: UInt64 = 0

    mutating func run(_ analysis: inout ClassAnalysis) -> UInt64? {
        for position in 0..<analysis.unknownCount { analysis.digits[position] = 0 }
        analysis.startCombinations()
        prepareOrder(analysis)
        prepareSegmentRows(analysis)
        prepareLeads(&analysis)
        candidates = open(analysis, depth: 0)
        // The winner of any completion is a candidate: one candidate is the answer.
        if candidates.nonzeroBitCount <= 1 { return candidates }
        // Usually a few chosen combinations find every candidate, and no search is needed.
        found = analysis.witnessWinners(of: candidates) & candidates
        if found == candidates { return found }
        // Most searches are short: first without the leads per class, which take a walk
        // over every joint table's rows to compute; if that takes long, again with them
        // (the forms found stay found).
        let total = budget
        budget = min(total, quickSteps)
        if descend(&analysis, depth: 0) { return found }
        guard quickSteps < total else { return nil }
        budget = total - quickSteps
        conditioned = true
        prepareConditions(analysis)
        guard descend(&analysis, depth: 0) else { return nil }
        return found
    }

    /// The order of the criteria (the fewest segments first), the joint tables' slots and
    /// the depths at which they are complete.
    private func prepareOrder(_ analysis: ClassAnalysis) {
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
            var table = 0
            while analysis.jointGroups[table] != group { table += 1 }
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
    private func prepareLeads(_ analysis: inout ClassAnalysis) {
        let formCount = analysis.formCount
        for form in 0..<formCount { levelLeads[form] = SIMD8() }
        for position in 0..<analysis.unknownCount {
            for form in 0..<formCount {
                positionLeads[position * formCount + form] = SIMD8(repeating: .min)
            }
            for segment in analysis.segmentStart[position]..<analysis.segmentStart[position + 1] {
                analysis.prepareLeads(of: segment)
                for form in 0..<formCount {
                    positionLeads[position * formCount + form] = pointwiseMax(
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
    private func prepareConditions(_ analysis: ClassAnalysis) {
        let formCount = analysis.formCount
        var next = 0
        for index in 0..<analysis.jointSlotCount {
            conditionStart[index] = next
            let classes = analysis.program.memory.slotLocalCount[analysis.jointSlots[2 * index]]
            for vector in next..<(next + classes * formCount) {
                conditionLeads[vector] = SIMD8(repeating: .min)
            }
            next += classes * formCount
        }
        for table in 0..<analysis.jointGroupCount {
            tableLeads(analysis, table, conditioned: true)
        }
    }

    /// The leads of a joint table's rows, over all of them and per class of each of its
    /// unknown criteria.
    private func tableLeads(_ analysis: ClassAnalysis, _ table: Int, conditioned: Bool) {
        let formCount = analysis.formCount
        let memory = (
            counts: analysis.program.memory.slotLocalCount.base,
            strides: analysis.program.memory.slotStride.base
        )
        let wide = analysis.program.memory.wideRows.base
        let first = tableSlotStart[table]
        let slotCount = tableSlotStart[table + 1] - first
        let slot = { (index: Int) in analysis.jointSlots[2 * tableSlots[first + index]] }
        if !conditioned,
            let leads = jointLeads?.leads(
                of: analysis.jointGroups[table], in: analysis.program, classes: analysis.classes)
        {
            for form in 0..<formCount { tableLeads[table * formCount + form] = leads[form] }
            return
        }
        for form in 0..<formCount { tableLeads[table * formCount + form] = SIMD8(repeating: .min) }
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
                    tableLeads[table * formCount + form] = pointwiseMax(
                        tableLeads[table * formCount + form], lead)
                    for index in 0..<slotCount where conditioned {
                        let vector =
                            conditionStart[tableSlots[first + index]] + digits[index] * formCount
                            + form
                        conditionLeads[vector] = pointwiseMax(conditionLeads[vector], lead)
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

    /// The forms not yet found that the bound at `depth` lets reach the top.
    private func open(_ analysis: ClassAnalysis, depth: Int) -> UInt64 {
        let formCount = analysis.formCount
        let fixed = levelFixed[depth]
        var mask: UInt64 = 0
        for form in 0..<formCount where found & (1 << UInt64(form)) == 0 {
            let margin =
                SIMD8(repeating: fixed[form]) &- fixed &+ levelLeads[depth * formCount + form]
            if analysis.reachesTop(form, margin: margin) { mask |= 1 << UInt64(form) }
        }
        return mask
    }

    /// Tries every segment of the criterion at `depth` and goes deeper where some form not
    /// yet found can still reach the top. False when the budget ran out.
    private mutating func descend(_ analysis: inout ClassAnalysis, depth: Int) -> Bool {
        let formCount = analysis.formCount
        let wide = analysis.program.memory.wideRows.base
        let position = order[depth]
        let start = analysis.segmentStart[position]
        let slots = analysis.jointSlotStart[position]..<analysis.jointSlotStart[position + 1]
        for digit in 0..<(analysis.segmentStart[position + 1] - start) {
            budget -= 1
            guard budget >= 0 else { return false }
            move(&analysis, position, to: digit)
            var fixed = levelFixed[depth]
            for entry in completeStart[depth]..<completeStart[depth + 1] {
                fixed &+= wide[analysis.jointRow[analysis.jointGroups[completeTables[entry]]]]
            }
            levelFixed[depth + 1] = fixed
            let leads = levelLeads + (depth + 1) * formCount
            let complete = completeLeads + depth * formCount
            for form in 0..<formCount {
                leads[form] =
                    levelLeads[depth * formCount + form]
                    &+ analysis.segmentLeads[(start + digit) * formCount + form]
                    &- positionLeads[position * formCount + form]
                if !conditioned { leads[form] &-= complete[form] }
            }
            // Without the leads per class, the complete tables' leads are taken out above.
            for index in slots where conditioned {
                let table = slotTable[index]
                let before =
                    previousSlot[index] < 0 || !conditioned
                    ? tableLeads + table * formCount : slotLeads + previousSlot[index] * formCount
                if completeAt[table] == depth {
                    for form in 0..<formCount { leads[form] &-= before[form] }
                    continue
                }
                guard conditioned else { continue }
                let slot = analysis.jointSlots[2 * index]
                let local =
                    analysis.offset(slot, analysis.segmentClass[start + digit])
                    / analysis.program.memory.slotStride.base[slot]
                let condition = conditionLeads + conditionStart[index] + local * formCount
                let after = slotLeads + index * formCount
                for form in 0..<formCount {
                    after[form] = pointwiseMin(before[form], condition[form])
                    leads[form] &+= after[form] &- before[form]
                }
            }
            guard open(analysis, depth: depth + 1) != 0 else { continue }
            if depth + 1 == analysis.unknownCount {
                found |= leaf(&analysis, fixed: fixed)
            } else {
                guard descend(&analysis, depth: depth + 1) else { return false }
            }
            if found == candidates { return true }
        }
        return true
    }

    /// Fills ``slotGroups`` and ``segmentRows``.
    private func prepareSegmentRows(_ analysis: ClassAnalysis) {
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
        for index in 0..<analysis.jointSlotCount {
            slotGroups[index] = analysis.program.memory.slotGroup[analysis.jointSlots[2 * index]]
        }
    }

    /// Puts the unknown criterion at `position` in its segment `digit`, updating the rows
    /// of the joint tables it reads (as ``ClassAnalysis/setSegment(of:to:)``, from
    /// ``segmentRows``).
    @inline(__always)
    private func move(_ analysis: inout ClassAnalysis, _ position: Int, to digit: Int) {
        let old = analysis.digits[position]
        guard old != digit else { return }
        analysis.digits[position] = digit
        let first = analysis.jointSlotStart[position]
        let count = analysis.jointSlotStart[position + 1] - first
        let after = segmentRows + segmentRowStart[position] + digit * count
        let before = segmentRows + segmentRowStart[position] + old * count
        for index in 0..<count {
            analysis.jointRow[slotGroups[first + index]] += after[index] - before[index]
        }
    }

    /// The number of segments of the criterion at `position`.
    private func size(_ analysis: ClassAnalysis, _ position: Int) -> Int {
        analysis.segmentStart[position + 1] - analysis.segmentStart[position]
    }

    /// The winners of the combination every criterion is in now.
    private func leaf(_ analysis: inout ClassAnalysis, fixed: SIMD8<Int64>) -> UInt64 {
        var fixed = fixed
        var listCount = 0
        for position in 0..<analysis.unknownCount {
            let segment = analysis.segmentStart[position] + analysis.digits[position]
            if analysis.segmentEnd[segment] - analysis.segmentFirst[segment] == 1 {
                fixed &+= analysis.entries[analysis.segmentFirst[segment]]
            } else {
                analysis.lists[listCount] = segment
                listCount += 1
            }
        }
        return analysis.winners(fixed: fixed, listCount: listCount)
    }
}
