import OrgAdvisorRules

extension ProgramMemory {
    /// Fills the tables computed from the others: the derivation targets, each
    /// criterion's slots, where a slot's row changes from one class to the next, and
    /// what evaluation reads to find the rows (``planRows()``).
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
        for criterion in 0..<criterionCount {
            let count = classCount[criterion]
            for valueClass in 0...count {
                eventStart.append(events.count)
                guard valueClass > 0 && valueClass < count else { continue }
                for slot in slotsOf[criterion] {
                    let map = slotMapStart[slot] + valueClass
                    if slotMaps[map] != slotMaps[map - 1] { events.append(slot) }
                }
            }
        }
        eventStart.append(events.count)
        planRows()
    }
}
