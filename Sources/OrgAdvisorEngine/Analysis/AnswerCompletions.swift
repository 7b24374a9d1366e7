import OrgAdvisorRules

/// The possible winners of the answers to one question, each from every completion of
/// its unknown criteria scored on the tables, with the work shared between answers.
///
/// A completion's scores are the answer's fixed part (the tables that read no unknown
/// criterion) plus the rows of the tables that read one: kept here, one vector per
/// completion (``sums``), for one set of unknown criteria. Two answers with the same
/// unknown criteria differ only in the tables whose row with those criteria unknown
/// differs (those that read the criterion asked about, or a fact it derives), which the
/// answer's scoring from the answer before finds (``ChangeScorer``), so the next answer
/// re-adds only those tables' rows, then reads every completion's vector once. Exact by
/// construction.
///
/// Within ``ClassAnalysis/combinationLimit`` (completions times the tables and unknown
/// criteria), the analysis of ``RuleBase/evaluate(_:trace:)`` enumerates too (its
/// combinations of segments are at most the completions), so both give the same, exact,
/// possible winners; beyond, ``winners(facts:scores:)`` gives nil.
struct AnswerCompletions {
    let ruleBase: RuleBase
    let program: Program
    /// Scores each answer from the one before, and tells which tables changed their row.
    private var scorer: ChangeScorer?
    /// Per table: its position in ``tables``, or -1.
    private var tableIndex: [Int] = []
    /// The most work: completions times the tables and unknown criteria.
    let limit: Int
    /// The most completions (their sums are kept, and read once per answer).
    let maximumCompletions: Int
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
    /// Scratch: a class per criterion (every one, to find those in no class), a digit
    /// per unknown criterion.
    private var classes: [Int]
    private var digits: [Int] = []
    /// The last answer's fixed part and possible winners: an answer with the same fixed
    /// part and no table's row changed has the same winners.
    private var last: (fixed: SIMD8<Int64>, winners: UInt64)?
    /// Whether every completion has the same sum, once asked, until the sums change.
    private var agreement: Bool?
    /// The last set of unknown criteria checked for a table that reads two of them, and
    /// whether one does (with ``onlyJoint``).
    private var jointCheck: (unknown: [Int], reads: Bool)?
    /// When true, ``winners(facts:scores:)`` gives nil when no table reads two unknown
    /// criteria: the analysis of possible winners then only sweeps each criterion's
    /// classes, which costs less than reading every completion.
    let onlyJoint: Bool

    /// Empty, for the answers to come.
    init(
        ruleBase: RuleBase, limit: Int = ClassAnalysis.combinationLimit,
        maximumCompletions: Int = .max, onlyJoint: Bool = false
    ) {
        self.ruleBase = ruleBase
        self.program = ruleBase.program
        self.limit = limit
        self.maximumCompletions = maximumCompletions
        self.onlyJoint = onlyJoint
        classes = [Int](repeating: 0, count: program.criterionCount)
    }

    /// The possible winners (one bit per form) of the facts of an answer, and their
    /// scores in `scores` (one per form). Nil past ``limit`` or ``maximumCompletions``, for a fact in no class
    /// (only the general analysis can tell), and for rule bases with more than 8 forms or
    /// a generic rule (rules not in a table), which ``ChangeScorer`` does not score.
    mutating func winners(
        facts: UnsafeMutableBufferPointer<Double>, scores: UnsafeMutablePointer<Int64>
    ) -> UInt64? {
        let program = self.program
        let formCount = program.formCount
        guard formCount > 0, formCount <= 8, program.memory.genericRules.count == 0 else {
            return nil
        }
        let classified = classes.withUnsafeMutableBufferPointer { classes in
            program.classify(facts, into: classes.baseAddress!, checkingAll: true)
        }
        guard classified else { return nil }
        if scorer == nil {
            scorer = ChangeScorer(ruleBase: ruleBase, facts: Array(facts))
        }
        guard let scorer, scorer.score(facts, into: scores) else { return nil }
        // The sums follow the scorer's rows: refreshed from its changes, else rebuilt.
        guard let unknown = unknownCriteria() else {
            sums = []
            agreement = nil
            return nil
        }
        guard !unknown.isEmpty else {
            sums = []
            agreement = true
            return Ranking.topMask(count: formCount) { scores[$0] }
        }
        if onlyJoint && !readsJointly(unknown) {
            // Declined: the sums no longer follow the scorer, so the next answer rebuilds.
            sums = []
            agreement = nil
            return nil
        }
        var changed = true
        if unknown == self.unknown && !sums.isEmpty {
            changed = refresh(scorer)
        } else {
            rebuild(unknown, scorer)
        }
        if changed { agreement = nil }
        var fixed = SIMD8<Int64>()
        for form in 0..<formCount { fixed[form] = scores[form] }
        let wide = program.memory.wideRows.base
        for row in rows { fixed &-= wide[row] }
        if !changed, let last, last.fixed == fixed { return last.winners }
        let all: UInt64 = (1 << UInt64(formCount)) - 1
        var mask: UInt64 = 0
        defer { last = (fixed, mask) }
        for sum in sums {
            let total = fixed &+ sum
            mask |= Ranking.topMask(count: formCount) { total[$0] }
            if mask == all { break }
        }
        return mask
    }

    /// Whether the answer whose possible winners ``winners(facts:scores:)`` just gave has
    /// the same scores in every completion (its score bounds are its scores): every
    /// completion has the same sum. Asked after it gave nil, the answer is meaningless.
    mutating func completionsAgree() -> Bool? {
        if agreement == nil, let first = sums.first {
            agreement = sums.allSatisfy { ScoreLanes.same($0, first) }
        }
        return agreement
    }

    /// Whether some table reads two of the `unknown` criteria or more (kept for the last
    /// set asked about).
    private mutating func readsJointly(_ unknown: [Int]) -> Bool {
        if let jointCheck, jointCheck.unknown == unknown { return jointCheck.reads }
        var reads = false
        var seen = Set<Int>()
        for criterion in unknown where !reads {
            var tables = Set<Int>()
            for index in program.memory.criterionSlotStart[
                criterion]..<program.memory.criterionSlotStart[criterion + 1]
            {
                tables.insert(program.memory.slotGroup[program.memory.criterionSlots[index]])
            }
            reads = !tables.isDisjoint(with: seen)
            seen.formUnion(tables)
        }
        jointCheck = (unknown, reads)
        return reads
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
            guard completions <= min(limit, maximumCompletions) else { return nil }
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
    private mutating func rebuild(_ unknown: [Int], _ scorer: ChangeScorer) {
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
        tableIndex = [Int](repeating: -1, count: program.memory.groups.count)
        for table in tables.indices {
            rows.append(scorer.row(of: tables[table]))
            tableIndex[tables[table]] = table
        }
        fillSums()
    }

    /// Writes every completion's sum, in order: a change of class adds the difference of
    /// the criterion's sums over the tables that read no other unknown criterion, and
    /// moves the rows of the others that read it.
    private mutating func fillSums() {
        let program = self.program
        let wide = program.memory.wideRows.base
        let maps = program.memory.slotMaps.base
        let mapStart = program.memory.slotMapStart.base
        let classCount = program.memory.classCount.base
        let count = unknown.count
        var sumStart: [Int] = []
        var classSums: [SIMD8<Int64>] = []
        // Per criterion, the (table, slot) pairs of the tables that read another one too.
        var joint: [[(table: Int, slot: Int)]] = Array(repeating: [], count: count)
        var current = rows
        var total = SIMD8<Int64>()
        for position in 0..<count {
            sumStart.append(classSums.count)
            classSums += [SIMD8<Int64>](
                repeating: SIMD8(), count: classCount[unknown[position]])
        }
        for table in tables.indices {
            let slots = tableSlots[(table * count)..<(table * count + count)]
            let read = slots.filter { $0 >= 0 }.count
            for (position, slot) in zip(0..<count, slots) where slot >= 0 {
                let unknownClass = classCount[unknown[position]]
                let first = rows[table] - Int(maps[mapStart[slot] + unknownClass])
                if read == 1 {
                    for valueClass in 0..<unknownClass {
                        classSums[sumStart[position] + valueClass] &+=
                            wide[first + Int(maps[mapStart[slot] + valueClass])]
                    }
                } else {
                    joint[position].append((table, slot))
                    current[table] =
                        current[table] - Int(maps[mapStart[slot] + unknownClass])
                        + Int(maps[mapStart[slot]])
                }
            }
            if read > 1 { total &+= wide[current[table]] }
        }
        for position in 0..<count { total &+= classSums[sumStart[position]] }
        let unknown = self.unknown
        digits.withUnsafeMutableBufferPointer { digits in
            sums.withUnsafeMutableBufferPointer { sums in
                for index in 0..<count { digits[index] = 0 }
                var completion = 0
                repeat {
                    sums[completion] = total
                    completion += 1
                } while MixedRadixCounter.increment(
                    digits.baseAddress!, count: count, radix: { classCount[unknown[$0]] },
                    { position, digit in
                        let previous = digit == 0 ? classCount[unknown[position]] - 1 : digit - 1
                        total &+=
                            classSums[sumStart[position] + digit]
                            &- classSums[sumStart[position] + previous]
                        for (table, slot) in joint[position] {
                            let old = current[table]
                            let new =
                                old + Int(maps[mapStart[slot] + digit])
                                - Int(maps[mapStart[slot] + previous])
                            total &+= wide[new] &- wide[old]
                            current[table] = new
                        }
                    })
            }
        }
    }

    /// Re-adds the rows of the tables that read an unknown criterion whose row the
    /// scorer changed; whether some row changed.
    private mutating func refresh(_ scorer: ChangeScorer) -> Bool {
        var changed = false
        for group in scorer.changes where tableIndex[group] >= 0 {
            let table = tableIndex[group]
            let row = scorer.row(of: group)
            guard row != rows[table] else { continue }
            move(table, from: rows[table], to: row)
            rows[table] = row
            changed = true
        }
        return changed
    }

    /// Adds to every completion's sum the table's row there from its row `to` with the
    /// unknown criteria unknown, less the same from its row `from`. The row stays the
    /// same over the completions that differ only in the criteria after the last one the
    /// table reads: one vector per run of them, each class of that last criterion in turn.
    private mutating func move(_ table: Int, from old: Int, to new: Int) {
        let program = self.program
        let wide = program.memory.wideRows.base
        let maps = program.memory.slotMaps.base
        let mapStart = program.memory.slotMapStart.base
        let classCount = program.memory.classCount.base
        let count = unknown.count
        let first = table * count
        var offset = 0
        var last = 0
        for index in 0..<count where tableSlots[first + index] >= 0 {
            let slot = tableSlots[first + index]
            offset +=
                Int(maps[mapStart[slot]]) - Int(maps[mapStart[slot] + classCount[unknown[index]]])
            last = index
        }
        // The last criterion read takes each of its classes in the loop below.
        let lastMap = mapStart[tableSlots[first + last]]
        let lastCount = classCount[unknown[last]]
        offset -= Int(maps[lastMap])
        var run = 1
        for index in (last + 1)..<count { run *= classCount[unknown[index]] }
        let unknown = self.unknown
        let tableSlots = self.tableSlots
        digits.withUnsafeMutableBufferPointer { digits in
            sums.withUnsafeMutableBufferPointer { sums in
                for index in 0..<count { digits[index] = 0 }
                let end = sums.baseAddress! + sums.count
                var sum = sums.baseAddress!
                while sum < end {
                    for valueClass in 0..<lastCount {
                        let at = offset &+ Int(maps[lastMap &+ valueClass])
                        let change = wide[new &+ at] &- wide[old &+ at]
                        for _ in 0..<run {
                            sum.pointee = sum.pointee &+ change
                            sum += 1
                        }
                    }
                    // The next combination of the criteria before the last one read.
                    var index = last - 1
                    while index >= 0 {
                        let previous = digits[index]
                        let digit = previous + 1 == classCount[unknown[index]] ? 0 : previous + 1
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
