import OrgAdvisorRules

extension ProgramMemory {
    /// Fills the tables computed from the others: derivation targets, the rows' steps,
    /// the forms' leads and needs. Called once, when the builder is done.
    package mutating func finish() {
        var seen: Set<Int> = []
        for index in derivations.indices where seen.insert(derivations[index].target).inserted {
            derivationTargets.append(derivations[index].target)
        }
        let wide = !wideTable.isEmpty
        var magnitude: UInt64 = 0
        tableSteps = RawArray(repeating: 0, count: table.count)
        for position in tableOffsets.indices {
            let values = valueCount(at: position)
            tableValueCounts.append(values)
            let largest = addSteps(at: position, values: values)
            if wide { addLeads(at: position, values: values) }
            let (sum, overflow) = magnitude.addingReportingOverflow(largest)
            magnitude = overflow ? .max : sum
        }
        tableIsSmall = magnitude < 1 << 60
        guard wide else { return }
        addNeeds()
        for row in stride(from: 0, to: tableSteps.count, by: formCount) {
            var step = SIMD8<Int64>()
            for form in 0..<formCount { step[form] = tableSteps[row + form] }
            wideSteps.append(step)
        }
    }

    /// The number of rows (values) of the table criterion at `position`.
    private func valueCount(at position: Int) -> Int {
        let start = tableOffsets[position]
        let end = position + 1 < tableOffsets.count ? tableOffsets[position + 1] : table.count
        return formCount > 0 ? (end - start) / formCount : 0
    }

    /// Fills the steps of the rows of the table criterion at `position`, and returns the
    /// largest magnitude of its points.
    private mutating func addSteps(at position: Int, values: Int) -> UInt64 {
        let start = tableOffsets[position]
        var largest: UInt64 = 0
        for value in 0..<values {
            let row = start + value * formCount
            let next = start + (value + 1) % values * formCount
            for form in 0..<formCount {
                tableSteps[row + form] = table[next + form] &- table[row + form]
                largest = max(largest, table[row + form].magnitude)
            }
        }
        return largest
    }

    /// Appends the leads of the table criterion at `position` (with at most 8 forms).
    private mutating func addLeads(at position: Int, values: Int) {
        let start = tableOffsets[position]
        // most[f][g]: the most one row adds to f's score minus g's (quadratic in the forms).
        var most = [[Int64]](
            repeating: [Int64](repeating: values > 0 ? .min : 0, count: formCount),
            count: formCount)
        for value in 0..<values {
            let row = start + value * formCount
            for form in 0..<formCount {
                for other in 0..<formCount {
                    most[form][other] = max(
                        most[form][other], table[row + form] &- table[row + other])
                }
            }
        }
        for form in 0..<formCount {
            var lead = SIMD8<Int64>()
            var over = SIMD8<Int64>()
            for other in 0..<formCount where other != form {
                lead[other] = most[form][other]
                over[other] = most[other][form]
            }
            wideLeads.append(lead)
            wideLeadsOver.append(over)
        }
    }

    /// Appends each form's needs to rank first (with at most 8 forms).
    private mutating func addNeeds() {
        for form in 0..<formCount {
            var need = SIMD8<Int64>(repeating: -(1 << 62))
            var over = need
            for other in 0..<formCount where other != form {
                need[other] = other < form ? 1 : 0
                over[other] = form < other ? 1 : 0
            }
            wideNeeds.append(need)
            wideNeedsOver.append(over)
        }
    }
}
