/// A ``Program``'s constants, copied once to memory that evaluation reads through raw
/// pointers: no closure, retain or bounds check per profile. Allocated when the program
/// is built, never changed, freed with it.
final class ProgramMemory: @unchecked Sendable {
    /// A fixed array in raw memory.
    struct Block<Element> {
        /// The first element (room for one even when empty).
        let base: UnsafeMutablePointer<Element>
        /// The number of elements.
        let count: Int

        /// Copies `array`.
        init(_ array: [Element]) {
            count = array.count
            base = .allocate(capacity: max(1, array.count))
            base.initialize(from: array, count: array.count)
        }

        /// The element at `index` (unchecked).
        @inline(__always)
        subscript(index: Int) -> Element { base[index] }

        /// The elements as a buffer.
        var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

        /// Frees the memory.
        func free() {
            base.deinitialize(count: count)
            base.deallocate()
        }
    }

    /// See ``Program/instructions``.
    let instructions: Block<Program.Instruction>
    /// See ``Program/sets``.
    let sets: Block<Double>
    /// See ``Program/derivations``.
    let derivations: Block<Program.DerivationCode>
    /// See ``Program/ruleCode``.
    let ruleCode: Block<Range<Int>>
    /// See ``Program/ruleContributions``.
    let ruleContributions: Block<Range<Int>>
    /// See ``Program/contributionForm``.
    let contributionForm: Block<Int>
    /// See ``Program/contributionScore``.
    let contributionScore: Block<Int64>
    /// See ``Program/genericRules``.
    let genericRules: Block<Int>
    /// See ``Program/tableCriteria``.
    let tableCriteria: Block<Int>
    /// See ``Program/tableOffsets``.
    let tableOffsets: Block<Int>
    /// The number of rows (values) of each table criterion.
    let tableValueCounts: Block<Int>
    /// With at most 8 forms (else empty), for each table criterion and form `f`, a
    /// vector whose lane `g` is the most that one of the criterion's rows adds to form
    /// `f`'s score minus form `g`'s (zero in lane `f` and unused lanes): vector
    /// `position * formCount + f`.
    let wideGreatestLeads: Block<SIMD8<Int64>>
    /// With at most 8 forms (else empty), for each form `f`, the lead over each form
    /// `g` that `f` needs to rank first: 1 in the lanes before `f`, 0 after it, -2^62
    /// (no need) in lane `f` and in unused lanes.
    let wideNeeds: Block<SIMD8<Int64>>
    /// For each row of ``table``, what turns it into the next row of its criterion (the
    /// first after the last): the difference, row by row, to step through every value.
    let tableSteps: Block<Int64>
    /// Whether all table rows together move a score by less than 2^60, so that sums and
    /// differences of scores below 2^61 never overflow.
    let tableIsSmall: Bool
    /// See ``Program/table``.
    let table: Block<Int64>
    /// See ``Program/wideTable`` (empty with more than 8 forms).
    let wideTable: Block<SIMD8<Int64>>
    /// See ``Program/wideRows``.
    let wideRows: Block<Int>

    /// Copies a builder's parts.
    init(_ builder: Program.Builder) {
        instructions = Block(builder.instructions)
        sets = Block(builder.sets)
        derivations = Block(builder.derivations)
        ruleCode = Block(builder.ruleCode)
        ruleContributions = Block(builder.ruleContributions)
        contributionForm = Block(builder.contributionForm)
        contributionScore = Block(builder.contributionScore)
        genericRules = Block(builder.genericRules)
        tableCriteria = Block(builder.tableCriteria)
        tableOffsets = Block(builder.tableOffsets)
        table = Block(builder.table)
        wideTable = Block(builder.wideTable)
        wideRows = Block(builder.wideRows)
        let formCount = builder.formCount
        let table = builder.table
        var counts: [Int] = []
        var greatest: [SIMD8<Int64>] = []
        var steps = [Int64](repeating: 0, count: table.count)
        var magnitude: UInt64 = 0
        for position in builder.tableOffsets.indices {
            let start = builder.tableOffsets[position]
            let end =
                position + 1 < builder.tableOffsets.count
                ? builder.tableOffsets[position + 1] : table.count
            let values = formCount > 0 ? (end - start) / formCount : 0
            counts.append(values)
            var leads = [SIMD8<Int64>](repeating: SIMD8(repeating: .min), count: formCount)
            var largest: UInt64 = 0
            for value in 0..<values {
                let row = start + value * formCount
                let next = start + (value + 1) % values * formCount
                for form in 0..<formCount {
                    steps[row + form] = table[next + form] &- table[row + form]
                    largest = max(largest, table[row + form].magnitude)
                    for other in 0..<min(formCount, 8) {
                        let lead = table[row + form] &- table[row + other]
                        leads[form][other] = max(leads[form][other], lead)
                    }
                }
            }
            for form in leads.indices {
                for lane in 0..<8 where lane >= formCount || lane == form || values == 0 {
                    leads[form][lane] = 0
                }
            }
            if !builder.wideTable.isEmpty { greatest += leads }
            let (sum, overflow) = magnitude.addingReportingOverflow(largest)
            magnitude = overflow ? .max : sum
        }
        tableValueCounts = Block(counts)
        wideGreatestLeads = Block(greatest)
        var needs: [SIMD8<Int64>] = []
        for form in 0..<formCount where !builder.wideTable.isEmpty {
            var need = SIMD8<Int64>(repeating: -(1 << 62))
            for other in 0..<formCount where other != form { need[other] = other < form ? 1 : 0 }
            needs.append(need)
        }
        wideNeeds = Block(needs)
        tableSteps = Block(steps)
        tableIsSmall = magnitude < 1 << 60
    }

    deinit {
        instructions.free()
        sets.free()
        derivations.free()
        ruleCode.free()
        ruleContributions.free()
        contributionForm.free()
        contributionScore.free()
        genericRules.free()
        tableCriteria.free()
        tableOffsets.free()
        tableValueCounts.free()
        wideGreatestLeads.free()
        wideNeeds.free()
        tableSteps.free()
        table.free()
        wideTable.free()
        wideRows.free()
    }
}
