import OrgAdvisorRules

extension ProgramMemory {
    /// The most rows one table may have. The rules that read the same criteria share a
    /// table; when theirs would be larger, each rule gets its own, and a rule whose own
    /// table would still be larger (one reading many criteria with many classes) is
    /// evaluated one by one (``genericRules``).
    static let rowLimit = 1 << 14
    /// The most rows of all tables together (about 27 MB with 8-lane rows): the rules
    /// whose tables would pass it are evaluated one by one, so that a rule base of many
    /// rules over many classes cannot take all memory.
    static let totalRowLimit = 1 << 18

    /// Records each criterion's value classes, for the class look-up.
    mutating func addClasses(criteria: [Criterion], classes: [[ValueClass]]) {
        var offset = 0
        for criterion in criteria {
            let list = classes[criterion.index]
            classCount.append(list.count)
            classOffset.append(offset)
            offset += list.count + 1
            if criterion.kind.isEnumerated {
                classBoundsStart.append(-1)
            } else {
                classBoundsStart.append(classBounds.count)
                for valueClass in list { classBounds.append(ClassBounds(valueClass)) }
            }
        }
    }

    /// Folds the rules into tables, one per set of criteria read, those over listed
    /// criteria merged while they stay small (``TableFusion``; see ``rowLimit``).
    /// ``ruleCode`` and ``ruleContributions`` must be complete.
    mutating func addGroups(rules: [Rule], classes: [[ValueClass]]) {
        var position: [[Int]: Int] = [:]
        var members: [[Int]] = []
        var keys: [[Int]] = []
        for index in rules.indices {
            var key = rules[index].criteria.sorted()
            key.removeDuplicates()
            if let found = position[key] {
                members[found].append(index)
            } else {
                position[key] = keys.count
                keys.append(key)
                members.append([index])
            }
        }
        let fusion = TableFusion(keys: keys, members: members) { criterion in
            classBoundsStart[criterion] < 0 ? classes[criterion].count + 1 : nil
        }
        var builder = TableBuilder(
            classes: classes, criterionCount: criterionCount, maxStack: maxStack)
        var generic: [Int] = []
        for table in fusion.tables {
            let parts = table.parts.map { (criteria: keys[$0], rules: members[$0]) }
            if addGroup(
                table.rules, reading: table.criteria, parts: parts, rules: rules, &builder)
            {
                continue
            }
            // Too large together: each set of criteria on its own, else each rule.
            for (key, list) in parts {
                if table.parts.count > 1, addGroup(list, reading: key, rules: rules, &builder) {
                    continue
                }
                for rule in list
                where list.count == 1 || !addGroup([rule], reading: key, rules: rules, &builder) {
                    generic.append(rule)
                }
            }
        }
        for rule in generic.sorted() {
            genericRules.append(rule)
            for criterion in rules[rule].criteria {
                genericCriteriaMask |= criterion < 64 ? 1 << UInt64(criterion) : ~0
            }
        }
    }

    /// Appends the table of `members` (rule indices), which read `criteria`, merged from
    /// `parts` when there are several (``TableFusion``); false, appending nothing, when
    /// it would have more than ``rowLimit`` rows, or take the tables past
    /// ``totalRowLimit``.
    private mutating func addGroup(
        _ members: [Int], reading criteria: [Int],
        parts: [(criteria: [Int], rules: [Int])] = [], rules: [Rule],
        _ builder: inout TableBuilder
    ) -> Bool {
        builder.collectAtoms(of: members, rules: rules)
        var maps: [[Int32]] = []
        var representatives: [[Double]] = []
        var tableRows = 1
        for criterion in criteria {
            let (map, values) = builder.localClasses(
                of: criterion, enumerated: classBoundsStart[criterion] < 0)
            let (product, overflow) = tableRows.multipliedReportingOverflow(by: values.count)
            guard !overflow, product <= ProgramMemory.rowLimit,
                rowCount + product <= ProgramMemory.totalRowLimit
            else { return false }
            tableRows = product
            maps.append(map)
            representatives.append(values)
        }
        let firstSlot = slotCriterion.count
        var stride = 1
        var strides: [Int] = []
        for (slot, criterion) in criteria.enumerated() {
            slotCriterion.append(criterion)
            slotGroup.append(groups.count)
            slotMapStart.append(slotMaps.count)
            for local in maps[slot] { slotMaps.append(local * Int32(stride)) }
            strides.append(stride)
            slotStride.append(stride)
            slotLocalCount.append(representatives[slot].count - 1)
            stride *= representatives[slot].count
        }
        let firstRule = groupRules.count
        for rule in members { groupRules.append(rule) }
        groups.append(
            RuleGroup(
                slots: firstSlot..<slotCriterion.count, firstRow: rowCount,
                rowCount: tableRows, rules: firstRule..<groupRules.count))
        let table =
            parts.count > 1
            ? builder.mergedRows(
                parts: parts, rules: rules, criteria: criteria, representatives: representatives,
                count: tableRows, memory: self)
            : builder.rows(
                of: members, rules: rules, criteria: criteria, representatives: representatives,
                strides: strides, count: tableRows, memory: self)
        appendRows(table, count: tableRows)
        return true
    }
}

extension Array where Element: Equatable {
    /// Removes the elements equal to the one before them.
    mutating func removeDuplicates() {
        var kept = 0
        for index in indices where kept == 0 || self[index] != self[kept - 1] {
            self[kept] = self[index]
            kept += 1
        }
        removeLast(count - kept)
    }
}
