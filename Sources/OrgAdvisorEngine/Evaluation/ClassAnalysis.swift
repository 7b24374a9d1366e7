import OrgAdvisorRules

/// Exact score bounds and possible winners over every completion of the unknown
/// criteria, read from a ``Program``'s tables without scoring every completion.
///
/// A table that reads no unknown criterion gives fixed points. A table that reads one
/// (a *unary* table) changes its row only where that criterion's local classes change,
/// so sweeping the criterion's value classes in order, adding the difference of the
/// rows that change (``ProgramMemory/events``), gives every sum the unary tables can
/// make, criterion by criterion, independently. A table that reads two unknown
/// criteria or more (a *joint* table) cuts each criterion's classes into segments
/// where its row stays the same; the analysis enumerates the combinations of segments
/// (usually one), and in each, the criteria's unary sums within their segments are
/// independent choices: bounds add up, and a form can win when some choice makes it
/// reach the top. That is decided by ranking every choice when they are few, else by
/// ruling out the forms that cannot lead every other form, and, for three forms or more
/// left, by a search over Pareto fronts of score differences. Batch, which needs no
/// bounds, searches the combinations instead, skipping those where no form left can
/// reach the top (``searchWinners(limit:quickSteps:leads:)``).
///
/// Works on at most 8 forms (vectors of 8 scores) and no generic rule reading an
/// unknown fact; ``Program/analyse(_:scores:ranking:)`` checks both.
struct ClassAnalysis {
    /// The most work spent on the combinations of segments: their number times the
    /// tables and criteria each one adds up (a few milliseconds at most); beyond, the
    /// general analysis decides.
    static let combinationLimit = AnalysisEffort.standardLimit
    /// The most choices of one sum per criterion ranked one by one in a combination.
    static let productLimit = 1 << 10
    /// Up to this many choices, they are ranked without trying witness choices first.
    static let witnessAbove = 1 << 7

    let program: Program
    let classes: UnsafePointer<Int>
    let formCount: Int
    /// The unknown criteria that tables read.
    let unknown: UnsafeMutablePointer<Int>
    var unknownCount = 0
    /// Per table: the number of unknown criteria it reads (for the tables that read one).
    let count: UnsafeMutablePointer<Int>
    /// Per table: its row with the unknown criteria unknown.
    let current: UnsafeMutablePointer<Int>
    /// Per joint table: its row in the current combination of segments.
    let jointRow: UnsafeMutablePointer<Int>
    /// The joint tables.
    let jointGroups: UnsafeMutablePointer<Int>
    /// Per table that is one of the joint tables: its index in ``jointGroups``.
    let jointIndex: UnsafeMutablePointer<Int>
    var jointGroupCount = 0
    /// The slots of the joint tables that read an unknown criterion, as pairs (slot,
    /// position of the criterion in ``unknown``).
    let jointSlots: UnsafeMutablePointer<Int>
    var jointSlotCount = 0
    /// Per unknown criterion, its first pair in ``jointSlots``; one more at the end.
    let jointSlotStart: UnsafeMutablePointer<Int>
    /// The sum of the joint tables' rows in the current combination.
    var jointSum = SIMD8<Int64>()
    /// Per segment of two sums or more and form `f`, the most each of its sums adds to
    /// form `f`'s score less each other form's: vector `segment * formCount + f`.
    let segmentLeads: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per segment: 1 once its ``segmentLeads`` are computed (only segments that offer a
    /// choice in a combination with another such segment need them).
    let leadsReady: UnsafeMutablePointer<Int>
    /// Per unknown criterion, its first segment; one more at the end.
    let segmentStart: UnsafeMutablePointer<Int>
    /// Per segment: its first sum in ``entries``, the end of its sums, its first class.
    let segmentFirst: UnsafeMutablePointer<Int>
    let segmentEnd: UnsafeMutablePointer<Int>
    let segmentClass: UnsafeMutablePointer<Int>
    /// Per segment: the lowest and highest of its sums, form by form (set by
    /// ``boundSegments()`` when the bounds are wanted).
    let segmentLow: UnsafeMutablePointer<SIMD8<Int64>>
    let segmentHigh: UnsafeMutablePointer<SIMD8<Int64>>
    /// The distinct sums of the unary tables of each criterion, class by class.
    let entries: UnsafeMutablePointer<SIMD8<Int64>>
    var entryCount = 0
    var segmentCount = 0
    /// Per unknown criterion, its current segment (the odometer's digits).
    let digits: UnsafeMutablePointer<Int>
    /// The segments of the current combination that offer a choice of two sums or more.
    let lists: UnsafeMutablePointer<Int>
    /// The points of the tables that read no unknown criterion (and the generic rules).
    var base = SIMD8<Int64>()
    /// The tables' ranges that analyses before found, for the over-estimate.
    var ranges: EstimateRanges? = nil
    /// Scratch space left after the analysis's own, aligned for vectors, for the search
    /// (``searchWinners(limit:quickSteps:leads:)``); nil when the caller gave none.
    var spare: UnsafeMutableRawBufferPointer? = nil
}

extension ClassAnalysis {
    /// The possible winners, one bit per form, and the bounds of each form's score in
    /// `low` and `high` (one element per form), given the classes of the facts and
    /// their scores. Exact, unless there are too many combinations of segments (see
    /// ``combinationLimit``; tests lower it with `limit`): then `isExact` is false, and the bounds and possible
    /// winners are a safe over-estimate (``ClassAnalysis/estimate(low:high:)``). Without
    /// `wantsBounds`, `low` and `high` are scratch space and hold no bounds. `ranges`,
    /// when given, keeps what the over-estimate walks for the next analysis.
    static func run(
        program: Program, classes: UnsafePointer<Int>, scores: UnsafePointer<Int64>,
        low: UnsafeMutablePointer<Int64>, high: UnsafeMutablePointer<Int64>,
        wantsBounds: Bool = true, limit: Int = combinationLimit, effort: AnalysisEffort = .standard,
        foundRows: UnsafePointer<Int>? = nil, ranges: EstimateRanges? = nil,
        scratch: UnsafeMutableRawBufferPointer? = nil
    ) -> (winners: UInt64, isExact: Bool) {
        var unknownTotal = 0
        var classTotal = 0
        for criterion in 0..<program.criterionCount
        where classes[criterion] == program.memory.classCount[criterion]
            && program.memory.criterionSlotStart[criterion]
                < program.memory.criterionSlotStart[criterion + 1]
        {
            unknownTotal += 1
            classTotal += program.memory.classCount[criterion]
        }
        let formCount = program.formCount
        if unknownTotal == 0 {
            for form in 0..<formCount {
                low[form] = scores[form]
                high[form] = scores[form]
            }
            return (Ranking.topMask(count: formCount) { scores[$0] }, true)
        }
        let groupCount = program.memory.groups.count
        let vectorCount = (3 + formCount) * classTotal
        let intCount = analysisInts(program, unknown: unknownTotal, classes: classTotal)
        /// The analysis with its scratch space.
        func run(
            _ vectors: UnsafeMutablePointer<SIMD8<Int64>>, _ ints: UnsafeMutablePointer<Int>,
            spare: UnsafeMutableRawBufferPointer?
        ) -> (winners: UInt64, isExact: Bool) {
            var next = ints
            func take(_ count: Int) -> UnsafeMutablePointer<Int> {
                defer { next += count }
                return next
            }
            var analysis = ClassAnalysis(
                program: program, classes: classes, formCount: formCount,
                unknown: take(unknownTotal), count: take(groupCount),
                current: take(groupCount), jointRow: take(groupCount),
                jointGroups: take(groupCount), jointIndex: take(groupCount),
                jointSlots: take(2 * program.memory.slotCriterion.count),
                jointSlotStart: take(unknownTotal + 1),
                segmentLeads: vectors + 3 * classTotal, leadsReady: take(classTotal),
                segmentStart: take(unknownTotal + 1), segmentFirst: take(classTotal),
                segmentEnd: take(classTotal), segmentClass: take(classTotal),
                segmentLow: vectors, segmentHigh: vectors + classTotal,
                entries: vectors + 2 * classTotal, digits: take(unknownTotal),
                lists: take(unknownTotal), ranges: ranges, spare: spare)
            return analysis.run(
                scores: scores, low: low, high: high, wantsBounds: wantsBounds, limit: limit,
                effort: effort, foundRows: foundRows)
        }
        // The caller's scratch space when it has room (batch: no allocation per profile).
        if let space = space(vectors: vectorCount, ints: intCount, in: scratch) {
            return run(space.vectors, space.ints, spare: space.rest)
        }
        return withTemporarySpace(vectors: vectorCount, ints: intCount) {
            run($0, $1, spare: nil)
        }
    }

    /// ``run(program:classes:scores:low:high:)`` with its scratch space.
    private mutating func run(
        scores: UnsafePointer<Int64>, low: UnsafeMutablePointer<Int64>,
        high: UnsafeMutablePointer<Int64>, wantsBounds: Bool, limit: Int, effort: AnalysisEffort,
        foundRows: UnsafePointer<Int>?
    ) -> (winners: UInt64, isExact: Bool) {
        for criterion in 0..<program.criterionCount
        where classes[criterion] == program.memory.classCount[criterion]
            && program.memory.criterionSlotStart[criterion]
                < program.memory.criterionSlotStart[criterion + 1]
        {
            unknown[unknownCount] = criterion
            unknownCount += 1
        }
        touchTables(scores: scores, foundRows: foundRows)
        jointSlotStart[unknownCount] = jointSlotCount
        for position in 0..<unknownCount { sweep(position) }
        segmentStart[unknownCount] = segmentCount
        var combinations = 1
        for position in 0..<unknownCount {
            combinations = min(
                combinations * (segmentStart[position + 1] - segmentStart[position]), limit + 1)
            digits[position] = 0
        }
        let enumerable = combinations * (jointGroupCount + unknownCount + 1) <= limit
        if !wantsBounds && combinations > effort.searchAbove {
            let perStep = jointGroupCount + unknownCount + 1
            // As an evaluation, the search is short when the evaluation could not
            // enumerate (it reports the over-estimate of its own short search); when it
            // could, any exact answer is the evaluation's, and the search may take as
            // much work as enumerating would.
            let work =
                effort.searchSteps.map {
                    effort.estimatesAsBounds && enumerable
                        ? max($0, combinations) * perStep : $0 * perStep
                }
                ?? effort.limit * effort.searchFactor
            // A next question's answer that may search as long as the enumeration, after
            // an answer whose search went past its quick phase, goes with the leads per
            // class at once: the answers before have mostly walked the tables' rows for
            // them (``EstimateRanges``), and a quick phase would mostly be spent again
            // (3,000 mixed rules, three criteria given: 1,199 → 1,015 M instructions).
            let longBefore = (ranges?.searchSteps ?? 0) > effort.quickSteps
            let quickSteps =
                longBefore && effort.estimatesAsBounds && enumerable ? 0 : effort.quickSteps
            if let winners = searchWinners(
                limit: work, quickSteps: quickSteps, leads: effort.jointLeads,
                keepsRows: effort.keepsSegmentRows)
            {
                return (winners, true)
            }
            // As an evaluation: its enumeration when it has one (the search gave up
            // first), its estimate when it has none (its own search gave up too).
            guard effort.estimatesAsBounds && enumerable else {
                return (estimate(low: low, high: high), false)
            }
            for position in 0..<unknownCount { digits[position] = 0 }
        }
        guard enumerable else {
            return (estimate(low: low, high: high), false)
        }
        startCombinations()
        if wantsBounds { boundSegments() }
        var lowest = ScoreLanes.highest
        var highest = ScoreLanes.lowest
        var mask: UInt64 = 0
        repeat {
            if wantsBounds { widenBounds(lowest: &lowest, highest: &highest) }
            mask |= combinationWinners()
        } while MixedRadixCounter.increment(
            digits, count: unknownCount,
            radix: { segmentStart[$0 + 1] - segmentStart[$0] },
            { position, digit in moveSegment(of: position, to: digit) })
        for form in 0..<formCount {
            low[form] = lowest[form]
            high[form] = highest[form]
        }
        return (mask, true)
    }

    /// What a slot's class adds to its table's row.
    @inline(__always)
    func offset(_ slot: Int, _ valueClass: Int) -> Int {
        Int(program.memory.slotMaps.base[program.memory.slotMapStart.base[slot] &+ valueClass])
    }

    /// Counts the unknown criteria each table reads, records the current rows, the
    /// joint tables and their slots, and sets ``base`` to the scores less the rows of
    /// the tables that read an unknown criterion. `foundRows`, when given, holds the rows
    /// that scoring found (see ``ProgramMemory/foundRowIndex``), which are not found again.
    private mutating func touchTables(scores: UnsafePointer<Int64>, foundRows: UnsafePointer<Int>?)
    {
        let slots = program.memory.criterionSlots.base
        let starts = program.memory.criterionSlotStart.base
        let groupOf = program.memory.slotGroup.base
        for position in 0..<unknownCount {
            let criterion = unknown[position]
            for index in starts[criterion]..<starts[criterion + 1] {
                count[groupOf[slots[index]]] = 0
                jointRow[groupOf[slots[index]]] = -1
            }
        }
        for form in 0..<formCount { base[form] = scores[form] }
        let wide = program.memory.wideRows.base
        for position in 0..<unknownCount {
            let criterion = unknown[position]
            for index in starts[criterion]..<starts[criterion + 1] {
                let group = groupOf[slots[index]]
                if count[group] == 0 {
                    let found = program.memory.foundRowIndex.base[group]
                    current[group] =
                        found >= 0 && foundRows != nil
                        ? foundRows![found]
                        : program.row(of: program.memory.groups[group], classes: classes)
                    assert(
                        current[group]
                            == program.row(of: program.memory.groups[group], classes: classes),
                        "a row found in scoring differs from the table's row")
                    base &-= wide[current[group]]
                }
                count[group] += 1
            }
        }
        for position in 0..<unknownCount {
            let criterion = unknown[position]
            jointSlotStart[position] = jointSlotCount
            for index in starts[criterion]..<starts[criterion + 1] {
                let slot = slots[index]
                let group = groupOf[slot]
                guard count[group] >= 2 else { continue }
                jointSlots[2 * jointSlotCount] = slot
                jointSlots[2 * jointSlotCount + 1] = position
                jointSlotCount += 1
                if jointRow[group] == -1 {
                    jointRow[group] = 0
                    jointGroups[jointGroupCount] = group
                    jointIndex[group] = jointGroupCount
                    jointGroupCount += 1
                }
            }
        }
    }

    /// Whether a joint table's row changes between class `valueClass - 1` and
    /// `valueClass` of the criterion of `slot`, for some local classes of its other
    /// unknown criteria: when it does not (its rules do not fire there, given the known
    /// criteria), the class does not start a segment, and the table's row stays the same
    /// across the merged segment for every choice of the others.
    ///
    /// With every criterion of the table unknown, the program has the answer for the
    /// event of a number (``ProgramMemory/sharedEventChanges``; `event` is its index in
    /// ``ProgramMemory/sharedEvents``): no walk over the rows.
    func changesRow(of group: Int, at slot: Int, valueClass: Int, event: Int) -> Bool {
        if event < program.memory.sharedEventChanges.count,
            program.memory.sharedEventChanges[event] < 2,
            count[group] == program.memory.groups[group].slots.count
        {
            return program.memory.sharedEventChanges[event] == 1
        }
        let wide = program.memory.wideRows.base
        let after = offset(slot, valueClass)
        let before = offset(slot, valueClass - 1)
        // The row with the slot's criterion at local class 0.
        let first =
            current[group]
            - offset(slot, program.memory.classCount[program.memory.slotCriterion[slot]])
        var changes = false
        forEachRow(of: group, from: first, except: slot) { row in
            changes = !ScoreLanes.same(wide[row + after], wide[row + before])
            return !changes
        }
        return changes
    }

    /// Calls `body` with each row of a table that its unknown criteria (but the one of
    /// slot `except`) can select, from `first`: a row with those criteria unknown.
    /// Stops when `body` returns false.
    func forEachRow(of group: Int, from first: Int, except: Int, _ body: (Int) -> Bool) {
        let slots = program.memory.groups[group].slots
        let memory = (
            counts: program.memory.slotLocalCount.base, strides: program.memory.slotStride.base
        )
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * slots.count) { scratch in
            let unknownSlots = scratch.baseAddress!
            let digits = unknownSlots + slots.count
            var count = 0
            var row = first
            for slot in slots where slot != except && isUnknown(slot) {
                unknownSlots[count] = slot
                digits[count] = 0
                count += 1
                row -= memory.counts[slot] * memory.strides[slot]
            }
            repeat {
                guard body(row) else { return }
            } while MixedRadixCounter.increment(
                digits, count: count, radix: { memory.counts[unknownSlots[$0]] },
                { index, digit in
                    let slot = unknownSlots[index]
                    row +=
                        digit == 0
                        ? -(memory.counts[slot] - 1) * memory.strides[slot] : memory.strides[slot]
                })
        }
    }

    /// Whether a slot's criterion is unknown.
    @inline(__always)
    func isUnknown(_ slot: Int) -> Bool {
        let criterion = program.memory.slotCriterion[slot]
        return classes[criterion] == program.memory.classCount[criterion]
    }

    /// Whether a form is at the top, alone or tied, by these margins over every other
    /// form (lane `g`: its score less form `g`'s): none is negative.
    @inline(__always)
    func reachesTop(_ form: Int, margin: SIMD8<Int64>) -> Bool {
        for other in 0..<formCount where other != form {
            if margin[other] < 0 { return false }
        }
        return true
    }
}
