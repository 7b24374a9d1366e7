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
        let (changeStart, changes) = addTableRanges()
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
                    guard !readsAlone(slot) else { continue }
                    let unknown = slotMaps[slotMapStart[slot] + count]
                    sharedEvents.append(slot)
                    sharedEventMaps.append(
                        SIMD2(slotMaps[map - 1] - unknown, slotMaps[map] - unknown))
                    if !changes.isEmpty {
                        let local = Int(slotMaps[map]) / slotStride[slot]
                        sharedEventChanges.append(changes[changeStart[slot] + local])
                    }
                }
            }
        }
        eventStart.append(events.count)
        sharedEventStart.append(sharedEvents.count)
        addAloneSums(slotsOf: slotsOf)
        planRows()
    }

    /// Whether a slot's table reads its criterion alone.
    func readsAlone(_ slot: Int) -> Bool { groups[slotGroup[slot]].slots.count == 1 }

    /// Calls `body` with each row of `table` with every criterion in a class ("unknown"
    /// in none), in order, and the local class of each of its slots.
    @inline(__always)
    func forEachRowInClasses(
        of table: RuleGroup, _ body: (_ row: Int, _ locals: UnsafePointer<Int>) -> Void
    ) {
        let counts = slotLocalCount.base + table.slots.lowerBound
        // The rows in order, the first criterion's local class changing fastest; those
        // with a criterion at its last local class, "unknown", are left out.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: table.slots.count) { digits in
            for index in digits.indices { digits[index] = 0 }
            let locals = UnsafePointer(digits.baseAddress!)
            var unknownDigits = 0
            for row in 0..<table.rowCount {
                if unknownDigits == 0 { body(table.firstRow + row, locals) }
                for index in digits.indices {
                    if digits[index] == counts[index] { unknownDigits -= 1 }
                    digits[index] += 1
                    if digits[index] <= counts[index] {
                        if digits[index] == counts[index] { unknownDigits += 1 }
                        break
                    }
                    digits[index] = 0
                }
            }
        }
    }

    /// Fills ``tableRanges`` (with at most 8 forms), and, in the same walk over the
    /// tables' rows, finds where the rows change for ``sharedEventChanges``: for each
    /// slot of a number in a table over several criteria and each of its local classes
    /// `l` (unknown not counted), at `start[slot] + l`, 1 when some row of the table with
    /// the slot at `l` differs from the row at `l - 1`, the other slots in any of their
    /// local classes but "unknown", else 0. The slots of listed criteria, whose few
    /// classes cost little to sweep, have 2: not computed. Empty with more than 8 forms.
    private mutating func addTableRanges() -> (start: [Int], changes: [UInt8]) {
        guard formCount <= 8 else { return ([], []) }
        var start = [Int](repeating: 0, count: slotCriterion.count)
        var total = 0
        for slot in slotCriterion.indices {
            start[slot] = total
            total += slotLocalCount[slot]
        }
        var changes = [UInt8](repeating: 2, count: total)
        for group in groups.indices {
            let table = groups[group]
            let first = tableRanges.count
            for _ in 0..<(2 + formCount) { tableRanges.append(SIMD8()) }
            // A table of one criterion has a row per class: walked when needed.
            guard table.slots.count > 1 else { continue }
            let range = tableRanges.base + first
            ScoreLanes.startRange(range, formCount: formCount)
            let numbers = table.slots.filter { classBoundsStart[slotCriterion[$0]] >= 0 }
            for slot in numbers {
                for local in 0..<slotLocalCount[slot] { changes[start[slot] + local] = 0 }
            }
            forEachRowInClasses(of: table) { row, locals in
                ScoreLanes.widen(range, formCount: formCount, with: wideRows[row])
                for slot in numbers where locals[slot - table.slots.lowerBound] > 0 {
                    let local = start[slot] + locals[slot - table.slots.lowerBound]
                    if changes[local] == 0
                        && !ScoreLanes.same(wideRows[row], wideRows[row - slotStride[slot]])
                    {
                        changes[local] = 1
                    }
                }
            }
        }
        return (start, changes)
    }

    /// Fills ``aloneSums`` (with at most 8 forms).
    /// Each class's sum is the one before plus the changes of the rows at its events
    /// (``events``, filled before): the work grows with the classes and the events, not
    /// with their product, which for a number of hundreds of thresholds, each a rule of
    /// its own, is hundreds of thousands of rows.
    private mutating func addAloneSums(slotsOf: [[Int]]) {
        guard formCount <= 8 else { return }
        for criterion in 0..<criterionCount {
            let alone = slotsOf[criterion].filter { readsAlone($0) }
            let count = classCount[criterion]
            var sum = aloneRows(alone, at: 0)
            for valueClass in 0..<count {
                let offset = classOffset[criterion] + valueClass
                for event in eventStart[offset]..<eventStart[offset + 1]
                where valueClass > 0 && readsAlone(events[event]) {
                    let first = groups[slotGroup[events[event]]].firstRow
                    let map = slotMapStart[events[event]] + valueClass
                    sum &+=
                        wideRows[first + Int(slotMaps[map])]
                        &- wideRows[first + Int(slotMaps[map - 1])]
                }
                aloneSums.append(sum)
            }
            // The last class, "unknown".
            aloneSums.append(aloneRows(alone, at: count))
        }
    }

    /// The sum of the rows of the tables of `slots` (each reading its criterion alone) at
    /// class `valueClass` of their criterion.
    private func aloneRows(_ slots: [Int], at valueClass: Int) -> SIMD8<Int64> {
        var sum = SIMD8<Int64>()
        for slot in slots {
            let map = Int(slotMaps[slotMapStart[slot] + valueClass])
            sum &+= wideRows[groups[slotGroup[slot]].firstRow + map]
        }
        return sum
    }
}
