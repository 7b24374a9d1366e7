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
    /// The first `quickSteps` steps go without the leads per class (see ``WinnerSearch``).
    /// `leads`, when given, has the leads of the tables over two or three criteria.
    /// `keepsRows` forces reading each segment's rows once (true) or at each step
    /// (false); nil chooses (see ``AnalysisEffort/keepsSegmentRows``).
    mutating func searchWinners(
        limit: Int, quickSteps: Int, leads: JointLeads? = nil, keepsRows: Bool? = nil
    ) -> UInt64? {
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
        let budget = limit / (tables + count + 1)
        // Each segment's rows, read once instead of at every step, pay only when the
        // search may take as many steps as there are of them: a short search over
        // criteria of many segments (a question's answers, with many thresholds) would
        // spend most of its time making them.
        let keepsRows = keepsRows ?? (moves <= budget)
        let (vectorCount, intCount) = ClassAnalysis.searchSizes(
            formCount: formCount, tables: tables, count: count, conditions: conditions,
            jointSlots: jointSlotCount, moves: keepsRows ? moves : 0)
        /// The search with its scratch space.
        func search(
            _ vectorSpace: UnsafeMutablePointer<SIMD8<Int64>>, _ intSpace: UnsafeMutablePointer<Int>
        ) -> UInt64? {
            var vector = vectorSpace
            func vectors(_ count: Int) -> UnsafeMutablePointer<SIMD8<Int64>> {
                defer { vector += count }
                return vector
            }
            var int = intSpace
            func ints(_ count: Int) -> UnsafeMutablePointer<Int> {
                defer { int += count }
                return int
            }
            var search = WinnerSearch(
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
                segmentRows: keepsRows ? ints(moves) : nil, segmentRowStart: ints(count + 1),
                budget: budget, quickSteps: quickSteps,
                jointLeads: leads)
            return search.run(&self)
        }
        // The scratch space the analysis left when it has room (batch).
        if let space = ClassAnalysis.space(vectors: vectorCount, ints: intCount, in: spare) {
            return search(space.vectors, space.ints)
        }
        return ClassAnalysis.withTemporarySpace(vectors: vectorCount, ints: intCount) {
            search($0, $1)
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
