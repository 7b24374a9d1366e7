import OrgAdvisorRules

/// Scores facts that differ from the facts scored before in a few criteria: from their
/// scores, re-adding only the rows of the tables that read a criterion whose class
/// changed (for a move to a neighbouring class, only those whose row changes there).
///
/// The scores of facts are the sum of one row per table (``Program/score(_:into:stack:)``);
/// a table whose criteria keep their classes keeps its row. So what-if, the effects of
/// the unknown criteria and the next question's witnesses, which score many profiles
/// one or two criteria away from the one evaluated, cost the tables of the criteria
/// changed, not every table. Exact: the same sums as scoring the facts whole, which
/// debug builds check.
///
/// Only for programs whose every rule is in a table (no generic rule) with at most 8
/// forms, and base facts in their classes; ``init(ruleBase:facts:)`` is nil otherwise,
/// and ``score(_:into:)`` is false for facts that are not in their classes.
final class ChangeScorer {
    let ruleBase: RuleBase
    let program: Program
    /// What the last scoring leaves (one value, moved out while scoring, so that the
    /// loops read local arrays, without an access check per element).
    private var state: State

    /// The facts scored last, as the tables read them.
    private struct State {
        /// The class of every criterion that a table reads.
        var classes: [Int] = []
        /// The row of every table, and their sum.
        var rows: [Int] = []
        var scores = SIMD8<Int64>()
        /// Per table: the number of the last scoring that re-added its row.
        var stamps: [Int] = []
        var stamp = 0
        /// The tables whose row the last scoring changed.
        var changes: [Int] = []

        /// Re-adds a table's row with the classes `now`, once per scoring.
        @inline(__always)
        mutating func touch(_ group: Int, _ now: UnsafeMutablePointer<Int>, _ program: Program) {
            guard stamps[group] != stamp else { return }
            stamps[group] = stamp
            let row = program.row(of: program.memory.groups[group], classes: now)
            let wide = program.memory.wideRows.base
            scores &+= wide[row] &- wide[rows[group]]
            if row != rows[group] { changes.append(group) }
            rows[group] = row
        }
    }

    /// The tables whose row the last scoring changed.
    var changes: [Int] { state.changes }

    /// A scorer around `facts` (after derivations), or nil (see ``ChangeScorer``).
    init?(ruleBase: RuleBase, facts: [Double]) {
        let program = ruleBase.program
        guard program.memory.genericRules.count == 0, program.formCount > 0,
            program.formCount <= 8, facts.count == program.criterionCount
        else { return nil }
        self.ruleBase = ruleBase
        self.program = program
        var classes = [Int](repeating: 0, count: max(program.criterionCount, 1))
        var facts = facts
        let classified = facts.withUnsafeMutableBufferPointer { facts in
            classes.withUnsafeMutableBufferPointer { classes in
                program.classify(facts, into: classes.baseAddress!, checkingAll: false)
            }
        }
        guard classified else { return nil }
        let wide = program.memory.wideRows.base
        var rows: [Int] = []
        var scores = SIMD8<Int64>()
        classes.withUnsafeBufferPointer { classes in
            for group in 0..<program.memory.groups.count {
                let row = program.row(
                    of: program.memory.groups[group], classes: classes.baseAddress!)
                rows.append(row)
                scores &+= wide[row]
            }
        }
        state = State(
            classes: classes, rows: rows, scores: scores,
            stamps: [Int](repeating: 0, count: program.memory.groups.count))
    }

    /// Writes the scores of `facts` (one per criterion, after derivations) into `scores`
    /// (one per form), or returns false when a fact is in no class (score them whole).
    /// From the facts scored last: a criterion that moves to a neighbouring class
    /// changes the rows of the tables whose local class changes there
    /// (``ProgramMemory/events``), one that moves further all its tables'.
    func score(
        _ facts: UnsafeMutableBufferPointer<Double>, into scores: UnsafeMutablePointer<Int64>
    ) -> Bool {
        let program = self.program
        var state = State()
        swap(&state, &self.state)
        defer { swap(&state, &self.state) }
        let found = withUnsafeTemporaryAllocation(of: Int.self, capacity: state.classes.count) {
            now in
            guard program.classify(facts, into: now.baseAddress!, checkingAll: false) else {
                return false
            }
            state.stamp += 1
            state.changes.removeAll(keepingCapacity: true)
            let starts = program.memory.criterionSlotStart.base
            let groupOf = program.memory.slotGroup.base
            for criterion in 0..<program.criterionCount
            where starts[criterion] < starts[criterion + 1]
                && now[criterion] != state.classes[criterion]
            {
                let (from, to) = (state.classes[criterion], now[criterion])
                let unknown = program.memory.classCount[criterion]
                if from != unknown && to != unknown && abs(to - from) <= Self.eventSpan {
                    let first = program.memory.classOffset[criterion] + min(from, to) + 1
                    let last = program.memory.classOffset[criterion] + max(from, to)
                    let events = program.memory.events.base
                    let eventStart = program.memory.eventStart.base
                    for index in eventStart[first]..<eventStart[last + 1] {
                        state.touch(groupOf[events[index]], now.baseAddress!, program)
                    }
                } else {
                    let slots = program.memory.criterionSlots.base
                    for index in starts[criterion]..<starts[criterion + 1] {
                        state.touch(groupOf[slots[index]], now.baseAddress!, program)
                    }
                }
                state.classes[criterion] = to
            }
            return true
        }
        guard found else { return false }
        for form in 0..<program.formCount { scores[form] = state.scores[form] }
        return true
    }

    /// The most classes a criterion may move by and still be rescored by its events.
    static let eventSpan = 8

    /// A table's row in the facts scored last.
    func row(of group: Int) -> Int { state.rows[group] }

    /// The scores of a profile's values (before derivations), in micro-points: from the
    /// base when its facts are in their classes, else scored whole.
    func score(_ profile: Profile, into scores: inout [Score]) {
        let program = self.program
        let formCount = program.formCount
        if scores.count != formCount { scores = [Score](repeating: .zero, count: formCount) }
        let found = profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: Int64.self) { raw in
                    program.withFacts(of: given.baseAddress!) { facts, _ in
                        score(facts, into: raw.baseAddress!)
                    }
                }
            }
        }
        guard found else {
            ruleBase.score(profile, into: &scores)
            return
        }
        #if DEBUG
            var whole: [Score] = []
            ruleBase.score(profile, into: &whole)
            assert(whole == scores, "the scores of a change and of the whole profile differ")
        #endif
    }
}
