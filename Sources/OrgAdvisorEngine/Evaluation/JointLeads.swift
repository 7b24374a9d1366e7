/// The leads of a program's tables over three criteria with one of them known, per local
/// class of that one, computed once for the search for possible winners
/// (``ClassAnalysis/searchWinners(limit:quickSteps:leads:)``), which otherwise walks the
/// rows of such a table, profile after profile. Batch makes them when it starts (a few
/// milliseconds with thousands of rules), and a single evaluation goes without. (With
/// every criterion of a table unknown, its leads are the program's own,
/// ``ProgramMemory/tableRanges``.)
///
/// A lead is a vector per form `f`, lane `g` the most a row adds to `f`'s score less
/// `g`'s, over the rows that the table's unknown criteria can select (every local class
/// but "unknown"). Needs at most 8 forms; immutable once made.
package final class JointLeads: @unchecked Sendable {
    /// Per table: where its leads start in ``leads``, or -1.
    private let start: RawArray<Int>
    /// The leads, table after table, per slot and local class of the known criterion.
    private let leads: RawArray<SIMD8<Int64>>

    /// The leads of `program`'s tables (none with more than 8 forms).
    package init(_ program: Program) {
        var start = RawArray<Int>()
        var leads = RawArray<SIMD8<Int64>>()
        let formCount = program.formCount
        for group in program.memory.groups.indices {
            let table = program.memory.groups[group]
            guard formCount <= 8, table.slots.count == 3 else {
                start.append(-1)
                continue
            }
            start.append(leads.count)
            var variants = 0
            for slot in table.slots { variants += program.memory.slotLocalCount[slot] }
            for _ in 0..<(variants * formCount) { leads.append(ScoreLanes.lowest) }
            Self.widen(leads.base + start[group], with: table, program.memory)
        }
        self.start = start
        self.leads = leads
    }

    /// Walks the rows of `table` with no local class "unknown", widening its leads at
    /// `leads`.
    private static func widen(
        _ leads: UnsafeMutablePointer<SIMD8<Int64>>, with table: RuleGroup,
        _ memory: borrowing ProgramMemory
    ) {
        let slots = table.slots
        let formCount = memory.formCount
        memory.forEachRowInClasses(of: table) { row, locals in
            let points = memory.wideRows[row]
            for form in 0..<formCount {
                let lead = SIMD8(repeating: points[form]) &- points
                var variant = 0
                for (index, slot) in slots.enumerated() {
                    let vector = (variant + locals[index]) * formCount + form
                    leads[vector] = ScoreLanes.greater(leads[vector], lead)
                    variant += memory.slotLocalCount[slot]
                }
            }
        }
    }

    /// The leads (one vector per form) of table `group` of `program` with these classes,
    /// when its unknown criteria are two of the three it reads; else nil.
    @inline(__always)
    func leads(of group: Int, in program: Program, classes: UnsafePointer<Int>)
        -> UnsafePointer<SIMD8<Int64>>?
    {
        let first = start.base[group]
        guard first >= 0 else { return nil }
        let slots = program.memory.groups.base[group].slots
        let maps = program.memory.slotMaps.base
        let mapStart = program.memory.slotMapStart.base
        var known = -1
        var variant = 0
        for slot in slots {
            let criterion = program.memory.slotCriterion.base[slot]
            if classes[criterion] != program.memory.classCount.base[criterion] {
                guard known < 0 else { return nil }
                known =
                    variant + Int(maps[mapStart[slot] + classes[criterion]])
                    / program.memory.slotStride.base[slot]
            }
            variant += program.memory.slotLocalCount.base[slot]
        }
        guard known >= 0 else { return nil }
        return UnsafePointer(leads.base + first + program.formCount * known)
    }
}
