import OrgAdvisorRules

/// The possible winners of the answers to one question, each from every completion of
/// its unknown criteria scored on the tables, with the work shared between answers.
///
/// A completion's scores are the answer's fixed part (the tables that read no unknown
/// criterion, the generic rules) plus the rows of the tables that read one: kept here,
/// one vector per completion (``sums``), for one set of unknown criteria. Two answers
/// with the same unknown criteria differ only in the tables whose row with those
/// criteria unknown differs (those that read the criterion asked about, or a fact it
/// derives), so the next answer re-adds only those tables' rows, then reads every
/// completion's vector once. Exact by construction.
///
/// Within ``ClassAnalysis/combinationLimit`` (completions times the tables and unknown
/// criteria), the analysis of ``RuleBase/evaluate(_:trace:)`` enumerates too (its
/// combinations of segments are at most the completions), so both give the same, exact,
/// possible winners; beyond, ``winners(facts:stack:scores:)`` gives nil.
struct AnswerCompletions {
    let program: Program
    /// The most work: completions times the tables and unknown criteria.
    let limit: Int
    /// The unknown criteria that tables read, in enumeration order (the last fastest).
    private var unknown: [Int] = []
    /// The tables that read one of them, and each one's row with them unknown.
    private var tables: [Int] = []
    private var rows: [Int] = []
    /// Per table (as in ``tables``) and unknown criterion (as in ``unknown``): the slot
    /// of the table that reads the criterion, or -1.
    private var tableSlots: [Int] = []
    /// Per completion (the first unknown criterion's class most significant): the sum of
    /// the rows of ``tables``.
    private var sums: [SIMD8<Int64>] = []
    /// Scratch: a class per criterion, a digit per unknown criterion.
    private var classes: [Int]
    private var digits: [Int] = []

    /// Empty, for the answers to come.
    init(program: Program, limit: Int = ClassAnalysis.combinationLimit) {
        self.program = program
        self.limit = limit
        classes = [Int](repeating: 0, count: program.criterionCount)
    }

    /// The possible winners (one bit per form) of the facts of an answer, and their
    /// scores in `scores` (one per form). Nil when only the general analysis can tell
    /// (more than 8 forms, a generic rule reading an unknown fact, a fact in no class) or
    /// past ``limit``.
    mutating func winners(
        facts: UnsafeMutableBufferPointer<Double>, stack: UnsafeMutablePointer<UInt8>?,
        scores: UnsafeMutablePointer<Int64>
    ) -> UInt64? {
        let program = self.program
        let formCount = program.formCount
        guard formCount > 0, formCount <= 8, !program.readsUnknownGeneric(facts) else {
            return nil
        }
        let classified = classes.withUnsafeMutableBufferPointer { classes in
            program.classify(facts, into: classes.baseAddress!, checkingAll: true)
        }
        guard classified else { return nil }
        for form in 0..<formCount { scores[form] = 0 }
        program.score(
            facts, into: UnsafeMutableBufferPointer(start: scores, count: formCount), stack: stack
        )
        guard let unknown = unknownCriteria() else { return nil }
        guard !unknown.isEmpty else { return Ranking.topMask(count: formCount) { scores[$0] } }
        if unknown == self.unknown && !sums.isEmpty {
            refresh()
        } else {
            rebuild(unknown)
        }
        var fixed = SIMD8<Int64>()
        for form in 0..<formCount { fixed[form] = scores[form] }
        let wide = program.memory.wideRows.base
        for row in rows { fixed &-= wide[row] }
        let all: UInt64 = (1 << UInt64(formCount)) - 1
        var mask: UInt64 = 0
        for sum in sums {
            let total = fixed &+ sum
            mask |= Ranking.topMask(count: formCount) { total[$0] }
            if mask == all { break }
        }
        return mask
    }

    /// The unknown criteria that tables read (by ``classes``), those read by the fewest
    /// slots last; nil past ``limit``.
    private func unknownCriteria() -> [Int]? {
        var unknown: [Int] = []
        var completions = 1
        for criterion in 0..<program.criterionCount
        where classes[criterion] == program.memory.classCount[criterion]
            && program.isRead(criterion)
        {
            let count = program.memory.classCount[criterion]
            guard count > 0 else { return nil }
            completions = completions.multipliedReportingOverflow(by: count).partialValue
            guard completions <= limit else { return nil }
            unknown.append(criterion)
        }
        let work = completions.multipliedReportingOverflow(
            by: program.memory.groups.count + unknown.count + 1)
        guard !work.overflow, work.partialValue <= limit else { return nil }
        let starts = program.memory.criterionSlotStart.base
        return unknown.sorted { first, second in
            let slots = (
                starts[first + 1] - starts[first], starts[second + 1] - starts[second]
            )
            return slots.0 != slots.1 ? slots.0 > slots.1 : first < second
        }
    }

    /// Finds the tables that read the unknown criteria, their rows, and every
    /// completion's sum.
    private mutating func rebuild(_ unknown: [Int]) {
        self.unknown = unknown
        tables = []
        rows = []
        tableSlots = []
        var position = [Int](repeating: -1, count: program.criterionCount)
        for (index, criterion) in unknown.enumerated() { position[criterion] = index }
        var seen = [Bool](repeating: false, count: program.memory.groups.count)
        var completions = 1
        for criterion in unknown {
            completions *= program.memory.classCount[criterion]
            for index in program.memory.criterionSlotStart[
                criterion]..<program.memory.criterionSlotStart[
                    criterion + 1]
            {
                let group = program.memory.slotGroup[program.memory.criterionSlots[index]]
                guard !seen[group] else { continue }
                seen[group] = true
                tables.append(group)
                var slots = [Int](repeating: -1, count: unknown.count)
                for slot in program.memory.groups[group].slots
                where position[program.memory.slotCriterion[slot]] >= 0 {
                    slots[position[program.memory.slotCriterion[slot]]] = slot
                }
                tableSlots += slots
            }
        }
        sums = [SIMD8<Int64>](repeating: SIMD8(), count: completions)
        digits = [Int](repeating: 0, count: unknown.count)
        for table in tables.indices {
            let row = currentRow(of: tables[table])
            rows.append(row)
            move(table, from: nil, to: row)
        }
    }

    /// Re-adds the rows of the tables whose row with the unknown criteria unknown changed.
    private mutating func refresh() {
        for table in tables.indices {
            let row = currentRow(of: tables[table])
            guard row != rows[table] else { continue }
            move(table, from: rows[table], to: row)
            rows[table] = row
        }
    }

    /// The row of a table with the current classes.
    private func currentRow(of group: Int) -> Int {
        classes.withUnsafeBufferPointer { classes in
            program.row(of: program.memory.groups[group], classes: classes.baseAddress!)
        }
    }

    /// Adds to every completion's sum the table's row there from its row `to` with the
    /// unknown criteria unknown, less (when given) the same from its row `from`. The row
    /// stays the same over the completions that differ only in the criteria after the
    /// last one the table reads: one vector per run of them.
    private mutating func move(_ table: Int, from old: Int?, to new: Int) {
        let program = self.program
        let wide = program.memory.wideRows.base
        let maps = program.memory.slotMaps.base
        let mapStart = program.memory.slotMapStart.base
        let classCount = program.memory.classCount.base
        let count = unknown.count
        let first = table * count
        var offset = 0
        var last = -1
        for index in 0..<count where tableSlots[first + index] >= 0 {
            let slot = tableSlots[first + index]
            offset +=
                Int(maps[mapStart[slot]]) - Int(maps[mapStart[slot] + classCount[unknown[index]]])
            last = index
        }
        var run = 1
        for index in (last + 1)..<count { run *= classCount[unknown[index]] }
        let unknown = self.unknown
        let tableSlots = self.tableSlots
        digits.withUnsafeMutableBufferPointer { digits in
            sums.withUnsafeMutableBufferPointer { sums in
                for index in 0..<count { digits[index] = 0 }
                var start = 0
                while start < sums.count {
                    let change =
                        old.map { wide[new + offset] &- wide[$0 + offset] } ?? wide[new + offset]
                    for completion in start..<(start + run) { sums[completion] &+= change }
                    start += run
                    // The next combination of the criteria up to `last`.
                    var index = last
                    while index >= 0 {
                        let radix = classCount[unknown[index]]
                        let previous = digits[index]
                        let digit = previous + 1 == radix ? 0 : previous + 1
                        digits[index] = digit
                        let slot = tableSlots[first + index]
                        if slot >= 0 {
                            offset +=
                                Int(maps[mapStart[slot] + digit])
                                - Int(maps[mapStart[slot] + previous])
                        }
                        if digit != 0 { break }
                        index -= 1
                    }
                }
            }
        }
    }
}
