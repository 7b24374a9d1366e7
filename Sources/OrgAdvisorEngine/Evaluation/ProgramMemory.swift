import OrgAdvisorRules

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
    /// The criteria that derivations set, each once.
    let derivationTargets: Block<Int>
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
    let wideLeads: Block<SIMD8<Int64>>
    /// The same numbers by the form led (with at most 8 forms, else empty): lane `f` of
    /// vector `position * formCount + g` is lane `g` of ``wideLeads``'s vector
    /// `position * formCount + f`.
    let wideLeadsOver: Block<SIMD8<Int64>>
    /// With at most 8 forms (else empty), for each form `f`, the lead over each form
    /// `g` that `f` needs to rank first: 1 in the lanes before `f`, 0 after it, -2^62
    /// (no need) in lane `f` and in unused lanes.
    let wideNeeds: Block<SIMD8<Int64>>
    /// The same needs by the form led: lane `f` of vector `g` is lane `g` of
    /// ``wideNeeds``'s vector `f`.
    let wideNeedsOver: Block<SIMD8<Int64>>
    /// ``tableSteps`` as vectors, like ``wideTable`` (empty with more than 8 forms).
    let wideSteps: Block<SIMD8<Int64>>
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
        var targets: [Int] = []
        var seen: Set<Int> = []
        for derivation in builder.derivations where seen.insert(derivation.target).inserted {
            targets.append(derivation.target)
        }
        derivationTargets = Block(targets)
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
        let wide = !builder.wideTable.isEmpty
        var leads: [SIMD8<Int64>] = []
        var leadsOver: [SIMD8<Int64>] = []
        var steps = [Int64](repeating: 0, count: table.count)
        var magnitude: UInt64 = 0
        for position in builder.tableOffsets.indices {
            let start = builder.tableOffsets[position]
            let end =
                position + 1 < builder.tableOffsets.count
                ? builder.tableOffsets[position + 1] : table.count
            let values = formCount > 0 ? (end - start) / formCount : 0
            counts.append(values)
            // most[f][g]: the most one row adds to f's score minus g's (only for the
            // wide vectors: quadratic in the forms).
            var most = [[Int64]](
                repeating: [Int64](repeating: values > 0 ? .min : 0, count: formCount),
                count: wide ? formCount : 0)
            var largest: UInt64 = 0
            for value in 0..<values {
                let row = start + value * formCount
                let next = start + (value + 1) % values * formCount
                for form in 0..<formCount {
                    steps[row + form] = table[next + form] &- table[row + form]
                    largest = max(largest, table[row + form].magnitude)
                    for other in 0..<formCount where wide {
                        most[form][other] = max(
                            most[form][other], table[row + form] &- table[row + other])
                    }
                }
            }
            for form in 0..<formCount where wide {
                var lead = SIMD8<Int64>()
                var over = SIMD8<Int64>()
                for other in 0..<formCount where other != form {
                    lead[other] = most[form][other]
                    over[other] = most[other][form]
                }
                leads.append(lead)
                leadsOver.append(over)
            }
            let (sum, overflow) = magnitude.addingReportingOverflow(largest)
            magnitude = overflow ? .max : sum
        }
        tableValueCounts = Block(counts)
        wideLeads = Block(leads)
        wideLeadsOver = Block(leadsOver)
        var needs: [SIMD8<Int64>] = []
        var needsOver: [SIMD8<Int64>] = []
        for form in 0..<formCount where wide {
            var need = SIMD8<Int64>(repeating: -(1 << 62))
            var over = need
            for other in 0..<formCount where other != form {
                need[other] = other < form ? 1 : 0
                over[other] = form < other ? 1 : 0
            }
            needs.append(need)
            needsOver.append(over)
        }
        wideNeeds = Block(needs)
        wideNeedsOver = Block(needsOver)
        tableSteps = Block(steps)
        var wideSteps: [SIMD8<Int64>] = []
        for row in stride(from: 0, to: wide ? steps.count : 0, by: formCount) {
            var step = SIMD8<Int64>()
            for form in 0..<formCount { step[form] = steps[row + form] }
            wideSteps.append(step)
        }
        self.wideSteps = Block(wideSteps)
        tableIsSmall = magnitude < 1 << 60
    }

    deinit {
        instructions.free()
        sets.free()
        derivations.free()
        derivationTargets.free()
        ruleCode.free()
        ruleContributions.free()
        contributionForm.free()
        contributionScore.free()
        genericRules.free()
        tableCriteria.free()
        tableOffsets.free()
        tableValueCounts.free()
        wideLeads.free()
        wideLeadsOver.free()
        wideNeeds.free()
        wideNeedsOver.free()
        wideSteps.free()
        tableSteps.free()
        table.free()
        wideTable.free()
        wideRows.free()
    }
}
