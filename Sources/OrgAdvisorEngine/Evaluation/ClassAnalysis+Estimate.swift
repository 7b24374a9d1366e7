import OrgAdvisorRules

extension ClassAnalysis {
    /// A safe over-estimate of the bounds and possible winners, for when the
    /// combinations of segments are too many to enumerate: each table that reads an
    /// unknown criterion takes each row that its unknown criteria allow as if the
    /// tables were independent. Every true bound is within the estimate, and every
    /// possible winner is among the forms returned (those that can lead every other
    /// form, each table's lead taken at its best).
    mutating func estimate(low: UnsafeMutablePointer<Int64>, high: UnsafeMutablePointer<Int64>)
        -> UInt64
    {
        withUnsafeTemporaryAllocation(of: SIMD8<Int64>.self, capacity: formCount) { leads in
            for form in 0..<formCount { leads[form] = SIMD8() }
            var lowest = base
            var highest = base
            let slots = program.memory.criterionSlots.base
            let starts = program.memory.criterionSlotStart.base
            for position in 0..<unknownCount {
                let criterion = unknown[position]
                for index in starts[criterion]..<starts[criterion + 1] {
                    let group = program.memory.slotGroup[slots[index]]
                    guard count[group] > 0 else { continue }
                    let slotCount = program.memory.groups[group].slots.count
                    let whole = slotCount > 1 && count[group] == slotCount
                    count[group] = 0
                    widen(
                        group, whole: whole, lowest: &lowest, highest: &highest,
                        leads: leads.baseAddress!)
                }
            }
            var mask: UInt64 = 0
            for form in 0..<formCount {
                low[form] = lowest[form]
                high[form] = highest[form]
                let margin = SIMD8(repeating: base[form]) &- base &+ leads[form]
                if reachesTop(form, margin: margin) { mask |= 1 << UInt64(form) }
            }
            return mask
        }
    }

    /// Adds to the bounds and leads what a table's rows can add, its unknown criteria
    /// taking every local class; with `whole`, every criterion it reads is unknown, and
    /// the program has its range already (``ProgramMemory/tableRanges``); else
    /// ``tableRange(of:into:)``. (Mutating only so that the closure of
    /// ``estimate(low:high:)`` calls it without copying the analysis.)
    private mutating func widen(
        _ group: Int, whole: Bool, lowest: inout SIMD8<Int64>, highest: inout SIMD8<Int64>,
        leads: UnsafeMutablePointer<SIMD8<Int64>>
    ) {
        withUnsafeTemporaryAllocation(of: SIMD8<Int64>.self, capacity: 2 + formCount) { space in
            var range = space.baseAddress!
            if whole {
                range = program.memory.tableRanges.base + group * (2 + formCount)
            } else {
                tableRange(of: group, into: range)
            }
            lowest &+= range[0]
            highest &+= range[1]
            for form in 0..<formCount { leads[form] &+= range[2 + form] }
        }
    }

    /// Sets `range` (`2 + formCount` vectors, see ``ScoreLanes/startRange(_:formCount:)``)
    /// to what a table's rows can add, its unknown criteria taking every local class: from
    /// ``ranges`` when an analysis before found it, else by a walk over its rows, kept
    /// there for the next. The over-estimate reads its bounds and leads, the search its
    /// leads.
    func tableRange(of group: Int, into range: UnsafeMutablePointer<SIMD8<Int64>>) {
        let row = current[group]
        guard ranges?.copy(group, row: row, into: range) != true else { return }
        let wide = program.memory.wideRows.base
        let formCount = formCount
        ScoreLanes.startRange(range, formCount: formCount)
        forEachRow(of: group, from: row, except: -1) { row in
            ScoreLanes.widen(range, formCount: formCount, with: wide[row])
            return true
        }
        ranges?.keep(group, row: row, range)
    }
}
