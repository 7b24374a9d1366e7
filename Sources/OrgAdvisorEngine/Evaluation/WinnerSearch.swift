import OrgAdvisorRules

/// The state of ``ClassAnalysis/searchWinners(limit:quickSteps:leads:)``. Leads are vectors:
/// for form `f`, lane `g` holds the most that something adds to form `f`'s score less form
/// `g`'s.
struct WinnerSearch {
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
    /// depth, which the step to it takes out of the bound: their ``tableLeads``, or, with
    /// the leads per class, the leads they had along the current path (the same for
    /// every segment at that depth: set when the search enters it).
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
    /// `segmentRowStart[position]`. Read once per segment instead of at every step, when
    /// the search may take as many steps (else nil, and each step reads the slot maps).
    let segmentRows: UnsafeMutablePointer<Int>?
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
        let every: UInt64 = (1 << UInt64(analysis.formCount)) - 1
        let winners = search(&analysis, every: every)
        analysis.ranges?.searchFoundEveryForm = winners == every
        return winners
    }

    /// ``run(_:)``, which notes whether it found `every` form.
    private mutating func search(_ analysis: inout ClassAnalysis, every: UInt64) -> UInt64? {
        for position in 0..<analysis.unknownCount { analysis.digits[position] = 0 }
        analysis.startCombinations()
        // The answers to one question mostly leave the same forms. When the search before
        // found that every form can win, witnesses of every form usually show it again,
        // before the leads (most of a short search's work) are prepared; when they find
        // fewer, the search goes on from them (those witnesses are not tried again).
        let witnessedEveryForm = analysis.ranges?.searchFoundEveryForm == true
        if witnessedEveryForm, let ranges = analysis.ranges {
            found = analysis.rememberedWitnesses(of: every, in: ranges)
            if found != every { found |= analysis.witnessWinners(of: every & ~found) }
            if found == every { return found }
        }
        prepareOrder(analysis)
        prepareSlotGroups(analysis)
        prepareLeads(&analysis)
        candidates = open(analysis, depth: 0, among: (1 << UInt64(analysis.formCount)) - 1)
        // The winner of any completion is a candidate: one candidate is the answer.
        if candidates.nonzeroBitCount <= 1 { return candidates }
        // Usually a few chosen combinations find every candidate, and no search is needed.
        found &= candidates
        if !witnessedEveryForm {
            if let ranges = analysis.ranges {
                found |=
                    analysis.rememberedWitnesses(of: candidates & ~found, in: ranges) & candidates
            }
            found |= analysis.witnessWinners(of: candidates & ~found) & candidates
        }
        if found == candidates { return found }
        // Most searches are short: first without the leads per class, which take a walk
        // over every joint table's rows to compute; if that takes long, again with them
        // (the forms found stay found).
        // (With no quick steps, it goes with them at once.)
        prepareSegmentRows(analysis)
        let total = budget
        var steps = 0
        defer { analysis.ranges?.searchSteps = steps }
        if quickSteps > 0 {
            budget = min(total, quickSteps)
            let settled = descend(&analysis, depth: 0)
            steps = min(total, quickSteps) - max(budget, 0)
            if settled { return found }
        }
        guard quickSteps < total else { return nil }
        budget = total - quickSteps
        conditioned = true
        prepareConditions(analysis)
        let settled = descend(&analysis, depth: 0)
        steps += total - quickSteps - max(budget, 0)
        return settled ? found : nil
    }

    /// The forms of `forms` that the bound at `depth` lets reach the top.
    @inline(__always)
    private func open(_ analysis: ClassAnalysis, depth: Int, among forms: UInt64) -> UInt64 {
        let formCount = analysis.formCount
        let fixed = levelFixed[depth]
        var mask: UInt64 = 0
        for form in 0..<formCount where forms & (1 << UInt64(form)) != 0 {
            let margin =
                SIMD8(repeating: fixed[form]) &- fixed &+ levelLeads[depth * formCount + form]
            if analysis.reachesTop(form, margin: margin) { mask |= 1 << UInt64(form) }
        }
        return mask
    }

    /// Tries every segment of the criterion at `depth` and goes deeper where some form not
    /// yet found can still reach the top. False when the budget ran out.
    ///
    /// Only the candidates not yet found have their leads carried down: the bound of a
    /// form only falls along a path (so a form the root rules out stays out), and a form
    /// found stays found.
    private mutating func descend(_ analysis: inout ClassAnalysis, depth: Int) -> Bool {
        let formCount = analysis.formCount
        let wide = analysis.program.memory.wideRows.base
        let position = order[depth]
        let start = analysis.segmentStart[position]
        let slots = analysis.jointSlotStart[position]..<analysis.jointSlotStart[position + 1]
        let complete = completeLeads + depth * formCount
        if conditioned {
            let searched = candidates & ~found
            for form in 0..<formCount { complete[form] = SIMD8() }
            for index in slots where completeAt[slotTable[index]] == depth {
                let before =
                    previousSlot[index] < 0
                    ? tableLeads + slotTable[index] * formCount
                    : slotLeads + previousSlot[index] * formCount
                for form in 0..<formCount where searched & (1 << UInt64(form)) != 0 {
                    complete[form] &+= before[form]
                }
            }
        }
        for digit in 0..<(analysis.segmentStart[position + 1] - start) {
            budget -= 1
            guard budget >= 0 else { return false }
            let searched = candidates & ~found
            move(&analysis, position, to: digit)
            var fixed = levelFixed[depth]
            for entry in completeStart[depth]..<completeStart[depth + 1] {
                fixed &+= wide[analysis.jointRow[analysis.jointGroups[completeTables[entry]]]]
            }
            levelFixed[depth + 1] = fixed
            let leads = levelLeads + (depth + 1) * formCount
            for form in 0..<formCount where searched & (1 << UInt64(form)) != 0 {
                leads[form] =
                    levelLeads[depth * formCount + form]
                    &+ analysis.segmentLeads[(start + digit) * formCount + form]
                    &- positionLeads[position * formCount + form] &- complete[form]
            }
            // The complete tables' leads are taken out above; the others' change with the
            // segment.
            for index in slots where conditioned {
                let table = slotTable[index]
                guard completeAt[table] != depth else { continue }
                let before =
                    previousSlot[index] < 0
                    ? tableLeads + table * formCount : slotLeads + previousSlot[index] * formCount
                let slot = analysis.jointSlots[2 * index]
                let local =
                    analysis.offset(slot, analysis.segmentClass[start + digit])
                    / analysis.program.memory.slotStride.base[slot]
                let condition = conditionLeads + conditionStart[index] + local * formCount
                let after = slotLeads + index * formCount
                for form in 0..<formCount where searched & (1 << UInt64(form)) != 0 {
                    after[form] = ScoreLanes.lesser(before[form], condition[form])
                    leads[form] &+= after[form] &- before[form]
                }
            }
            guard open(analysis, depth: depth + 1, among: searched) != 0 else { continue }
            if depth + 1 == analysis.unknownCount {
                found |= leaf(&analysis, fixed: fixed)
            } else {
                guard descend(&analysis, depth: depth + 1) else { return false }
            }
            if found == candidates { return true }
        }
        return true
    }

    @inline(__always)
    private func move(_ analysis: inout ClassAnalysis, _ position: Int, to digit: Int) {
        let old = analysis.digits[position]
        guard old != digit else { return }
        analysis.digits[position] = digit
        let first = analysis.jointSlotStart[position]
        let count = analysis.jointSlotStart[position + 1] - first
        guard let segmentRows else {
            let start = analysis.segmentStart[position]
            let (after, before) = (
                analysis.segmentClass[start + digit], analysis.segmentClass[start + old]
            )
            for index in 0..<count {
                let slot = analysis.jointSlots[2 * (first + index)]
                analysis.jointRow[slotGroups[first + index]] +=
                    analysis.offset(slot, after) - analysis.offset(slot, before)
            }
            return
        }
        let after = segmentRows + segmentRowStart[position] + digit * count
        let before = segmentRows + segmentRowStart[position] + old * count
        for index in 0..<count {
            analysis.jointRow[slotGroups[first + index]] += after[index] - before[index]
        }
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
