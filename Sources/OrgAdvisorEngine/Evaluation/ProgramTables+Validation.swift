import OrgAdvisorRules

extension ProgramTables {
    /// Checks that the tables fit the rule base, as ``ProgramMemory/addGroups(rules:classes:)``
    /// would have built them, in everything the engine relies on: each table reads, in
    /// increasing order, the criteria its rules read together, its local classes are runs
    /// of value classes (one per listed value), its rows are within the limits and their
    /// number is the product of its local classes (unknown included), every rule is in
    /// exactly one table or evaluated one by one, and no row gives a form more or less
    /// than the table's rules together could (so that no sum of rows passes the score
    /// limit).
    ///
    /// The rows' points are not computed again (that would be building the tables): the
    /// archive's checksum vouches for them.
    package func validate(
        criteria: [Criterion], rules: [Rule], classes: [[ValueClass]], formCount: Int
    ) throws(RuleBaseArchive.Failure) {
        func failure(_ what: String) -> RuleBaseArchive.Failure {
            RuleBaseArchive.Failure(
                description: "the compiled tables do not fit the rules: \(what)")
        }
        guard tableSlotCount.count == tableRuleCount.count,
            ProgramTables.sum(tableSlotCount) == slotCriterion.count,
            slotLocalCount.count == slotCriterion.count,
            ProgramTables.sum(slotLocalCount.map { max($0 - 1, 0) }) == localStarts.count,
            ProgramTables.sum(tableRuleCount) == tableRules.count
        else { throw failure("their lists have inconsistent lengths") }
        var seen = [Bool](repeating: false, count: rules.count)
        var slot = 0
        var start = 0
        var rule = 0
        var totalRows = 0
        var limits = [Int64](repeating: 0, count: 2 * formCount)
        for table in tableSlotCount.indices {
            guard tableSlotCount[table] > 0, tableRuleCount[table] > 0 else {
                throw failure("table \(table) is empty")
            }
            let read = Array(slotCriterion[slot..<slot + tableSlotCount[table]])
            var rowCount = 1
            for criterion in read {
                guard criterion < classes.count, criterion < criteria.count else {
                    throw failure("table \(table) reads an unknown criterion")
                }
                let localCount = slotLocalCount[slot]
                let starts = localStarts[start..<start + max(localCount - 1, 0)]
                try checkLocalClasses(
                    starts, localCount: localCount, classCount: classes[criterion].count,
                    enumerated: criteria[criterion].kind.isEnumerated, table: table, failure)
                let (product, overflow) = rowCount.multipliedReportingOverflow(by: localCount + 1)
                guard !overflow, product <= ProgramMemory.rowLimit else {
                    throw failure("table \(table) has too many rows")
                }
                rowCount = product
                start += starts.count
                slot += 1
            }
            guard zip(read, read.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw failure("the criteria of table \(table) are not in increasing order")
            }
            totalRows += rowCount
            guard totalRows <= ProgramMemory.totalRowLimit else {
                throw failure("the tables have too many rows")
            }
            for form in limits.indices { limits[form] = 0 }
            var readByRules = [Bool](repeating: false, count: read.count)
            for _ in 0..<tableRuleCount[table] {
                let index = tableRules[rule]
                rule += 1
                guard index < rules.count, !seen[index] else {
                    throw failure("rule \(index) is unknown or in two tables")
                }
                seen[index] = true
                // A rule reads some of its table's criteria (several sets of criteria
                // share a merged table, ``TableFusion``); its rules together read them all.
                for criterion in rules[index].criteria {
                    guard let position = read.firstIndex(of: criterion) else {
                        throw failure(
                            "rule '\(rules[index].id)' reads a criterion its table does not")
                    }
                    readByRules[position] = true
                }
                let weight = rules[index].weight
                for entry in rules[index].points {
                    let points = (weight * entry.points).micro
                    limits[2 * entry.form + (points < 0 ? 0 : 1)] &+= points
                }
            }
            guard !readByRules.contains(false) else {
                throw failure("table \(table) reads a criterion that none of its rules reads")
            }
            try checkRows(
                first: (totalRows - rowCount) * formCount, count: rowCount * formCount,
                formCount: formCount, limits: limits, table: table, failure)
        }
        guard rows.count == totalRows &* formCount else {
            throw failure("\(rows.count) points in rows, expected \(totalRows &* formCount)")
        }
        var previous = -1
        for index in genericRules {
            guard index > previous, index < rules.count, !seen[index] else {
                throw failure("the rules evaluated one by one are not in order, or unknown")
            }
            seen[index] = true
            previous = index
        }
        guard !seen.contains(false) else { throw failure("a rule is in no table") }
    }

    /// Checks one slot's local classes: runs of value classes starting at `starts`
    /// (increasing, inside the classes), one per value class for a listed criterion.
    private func checkLocalClasses(
        _ starts: ArraySlice<Int>, localCount: Int, classCount: Int, enumerated: Bool,
        table: Int, _ failure: (String) -> RuleBaseArchive.Failure
    ) throws(RuleBaseArchive.Failure) {
        guard localCount <= classCount, (localCount == 0) == (classCount == 0),
            !enumerated || localCount == classCount
        else { throw failure("table \(table) has \(localCount) local classes of a criterion") }
        var previous = 0
        for valueClass in starts {
            guard valueClass > previous, valueClass < classCount else {
                throw failure("the local classes of table \(table) are not in order")
            }
            previous = valueClass
        }
    }

    /// Checks that each row of a table gives each form at least the sum of its rules'
    /// negative points and at most the sum of their positive points.
    private func checkRows(
        first: Int, count: Int, formCount: Int, limits: [Int64], table: Int,
        _ failure: (String) -> RuleBaseArchive.Failure
    ) throws(RuleBaseArchive.Failure) {
        guard first >= 0, first + count <= rows.count else {
            throw failure("the rows end before table \(table)")
        }
        // Each form's least and greatest points over the rows, then one check of each (no
        // rows are within any limits).
        let withinLimits = rows.withUnsafeBufferPointer { rows in
            (0..<formCount).allSatisfy { form in
                var least = limits[2 * form]
                var greatest = limits[2 * form + 1]
                for row in stride(from: first + form, to: first + count, by: formCount) {
                    least = min(least, rows[row])
                    greatest = max(greatest, rows[row])
                }
                return least == limits[2 * form] && greatest == limits[2 * form + 1]
            }
        }
        guard withinLimits else {
            throw failure("a row of table \(table) gives more points than its rules")
        }
    }

    /// The sum of counts, nil when it overflows.
    private static func sum(_ counts: [Int]) -> Int? {
        var total = 0
        for count in counts {
            let (next, overflow) = total.addingReportingOverflow(count)
            if overflow { return nil }
            total = next
        }
        return total
    }
}
