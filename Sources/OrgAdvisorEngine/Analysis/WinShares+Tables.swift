import OrgAdvisorRules

extension RuleBase {
    /// ``winShares(in:range:)`` from the class tables: the profiles are stepped through
    /// in the same order (the last criterion fastest), and each step adds again only the
    /// rows of the tables that read a criterion whose class changed, instead of scoring
    /// the profile whole. A fully given profile has nothing to derive (a derivation only
    /// sets a criterion not given), so its scores are the sum of one row per table.
    ///
    /// Nil when the tables cannot tell alone: rules evaluated one by one, more than 8
    /// forms, or a space that is not this rule base's.
    func winSharesFromTables(in space: ProfileSpace, range: Range<Int>) -> WinShares? {
        let program = self.program
        let criterionCount = criteria.count
        guard space.ruleBase === self, program.memory.genericRules.count == 0, forms.count <= 8,
            program.memory.wideRows.count > 0 || program.memory.groups.count == 0
        else { return nil }
        for criterion in 0..<criterionCount
        where space.classes[criterion].count != program.memory.classCount[criterion] {
            return nil
        }
        var wins = [Int](repeating: 0, count: forms.count)
        var tieWins = [Int](repeating: 0, count: forms.count)
        let radices = space.classes.map { $0.count }
        guard !range.isEmpty, radices.allSatisfy({ $0 > 0 }) else {
            return WinShares(
                spaceSize: space.fullCount, isEnumerated: true, counted: 0, wins: wins,
                tieWins: tieWins)
        }
        let formCount = forms.count
        let wide = program.memory.wideRows.base
        // Per criterion and class `d`: the tables whose row changes when the criterion
        // steps into `d` from the class before it, and by how much:
        // `moveStart[classStart[c] + d]..<moveStart[classStart[c] + d + 1]` in `moveGroup`
        // and `moveChange`. A step to the next class moves the slots of its events
        // (``ProgramMemory/events``); the step back to class 0 (after the last), any slot
        // whose offset differs between the two.
        var classStart = [Int](repeating: 0, count: criterionCount + 1)
        for criterion in 0..<criterionCount {
            classStart[criterion + 1] = classStart[criterion] + radices[criterion]
        }
        var moveStart = [0]
        var moveGroup: [Int] = []
        var moveChange: [Int] = []
        for criterion in 0..<criterionCount {
            let last = radices[criterion] - 1
            let slotsOfCriterion =
                program.memory.criterionSlotStart[
                    criterion]..<program.memory.criterionSlotStart[criterion + 1]
            for digit in 0...last {
                let events = program.memory.classOffset[criterion] + digit
                let slots =
                    digit == 0
                    ? Array(slotsOfCriterion).map { program.memory.criterionSlots[$0] }
                    : Array(
                        program.memory.eventStart[events]..<program.memory.eventStart[events + 1]
                    ).map { program.memory.events[$0] }
                for slot in slots {
                    let start = program.memory.slotMapStart[slot]
                    let change =
                        Int(program.memory.slotMaps[start + digit])
                        - Int(program.memory.slotMaps[start + (digit == 0 ? last : digit - 1)])
                    if change != 0 {
                        moveGroup.append(program.memory.slotGroup[slot])
                        moveChange.append(change)
                    }
                }
                moveStart.append(moveGroup.count)
            }
        }
        // Each table's row for the first profile (a class index is its digit), and their
        // sum.
        let digits = MixedRadixCounter.digits(of: range.lowerBound, radices: radices)
        var rows = [Int](repeating: 0, count: program.memory.groups.count)
        var total = SIMD8<Int64>()
        digits.withUnsafeBufferPointer { digits in
            for (index, group) in program.memory.groups.buffer.enumerated() {
                rows[index] = program.row(of: group, classes: digits.baseAddress!)
                total &+= wide[rows[index]]
            }
        }
        var counter = MixedRadixCounter(radices: radices, position: range.lowerBound)
        rows.withUnsafeMutableBufferPointer { rows in
            moveGroup.withUnsafeBufferPointer { moveGroup in
                moveChange.withUnsafeBufferPointer { moveChange in
                    moveStart.withUnsafeBufferPointer { moveStart in
                        classStart.withUnsafeBufferPointer { classStart in
                            var remaining = range.count
                            while true {
                                let (best, tied) = Ranking.top(count: formCount) { total[$0] }
                                wins[best] &+= 1
                                if tied { tieWins[best] &+= 1 }
                                remaining &-= 1
                                if remaining == 0 { break }
                                // The next profile: the tables of each criterion whose class
                                // changes move their rows.
                                counter.increment { criterion, digit in
                                    let at = classStart[criterion] &+ digit
                                    for move in moveStart[at]..<moveStart[at &+ 1] {
                                        let group = moveGroup[move]
                                        let old = rows[group]
                                        let new = old &+ moveChange[move]
                                        rows[group] = new
                                        total &+= wide[new] &- wide[old]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return WinShares(
            spaceSize: space.fullCount, isEnumerated: true, counted: range.count, wins: wins,
            tieWins: tieWins)
    }
}
