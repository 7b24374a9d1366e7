import OrgAdvisorRules

extension ClassAnalysis {
    /// A safe over-estimate of the bounds and possible winners, for when the
    /// combinations of segments are too many to enumerate: each table that reads an
    /// unknown criterion takes each row that its unknown criteria allow as if the
    /// tables were independent. Every true bound is within the estimate, and every
    /// possible winner is among the forms returned (those that can lead every other
    /// form by what ranking first needs, each table's lead taken at its best).
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
                    count[group] = 0
                    widen(group, lowest: &lowest, highest: &highest, leads: leads.baseAddress!)
                }
            }
            var mask: UInt64 = 0
            for form in 0..<formCount {
                low[form] = lowest[form]
                high[form] = highest[form]
                let margin = SIMD8(repeating: base[form]) &- base &+ leads[form]
                var possible = true
                for other in 0..<formCount where other != form {
                    if margin[other] < (other < form ? 1 : 0) { possible = false }
                }
                if possible { mask |= 1 << UInt64(form) }
            }
            return mask
        }
    }

    /// Adds to the bounds and leads what a table's rows can add, its unknown criteria
    /// taking every local class.
    private func widen(
        _ group: Int, lowest: inout SIMD8<Int64>, highest: inout SIMD8<Int64>,
        leads: UnsafeMutablePointer<SIMD8<Int64>>
    ) {
        let slots = program.memory.groups[group].slots
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * slots.count) { scratch in
            let unknownSlots = scratch.baseAddress!
            let digits = unknownSlots + slots.count
            var unknownSlotCount = 0
            var first = current[group]
            for slot in slots
            where classes[program.memory.slotCriterion[slot]]
                == program.memory.classCount[program.memory.slotCriterion[slot]]
            {
                unknownSlots[unknownSlotCount] = slot
                digits[unknownSlotCount] = 0
                unknownSlotCount += 1
                first -= program.memory.slotLocalCount[slot] * program.memory.slotStride[slot]
            }
            let wide = program.memory.wideRows.base
            var low = SIMD8<Int64>(repeating: .max)
            var high = SIMD8<Int64>(repeating: .min)
            withUnsafeTemporaryAllocation(of: SIMD8<Int64>.self, capacity: formCount) { most in
                for form in 0..<formCount { most[form] = SIMD8(repeating: .min) }
                var row = first
                repeat {
                    let points = wide[row]
                    low = pointwiseMin(low, points)
                    high = pointwiseMax(high, points)
                    for form in 0..<formCount {
                        most[form] = pointwiseMax(
                            most[form], SIMD8(repeating: points[form]) &- points)
                    }
                } while MixedRadixCounter.increment(
                    digits, count: unknownSlotCount,
                    radix: { program.memory.slotLocalCount[unknownSlots[$0]] },
                    { index, digit in
                        let stride = program.memory.slotStride[unknownSlots[index]]
                        row +=
                            digit == 0
                            ? -(program.memory.slotLocalCount[unknownSlots[index]] - 1) * stride
                            : stride
                    })
                for form in 0..<formCount { leads[form] &+= most[form] }
            }
            lowest &+= low
            highest &+= high
        }
    }
}
