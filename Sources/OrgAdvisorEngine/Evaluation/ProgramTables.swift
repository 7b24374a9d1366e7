import OrgAdvisorRules

/// A program's class tables as plain values, for archives: what
/// ``ProgramMemory/addGroups(rules:classes:)`` computes, so that a rule base read from an
/// archive restores its tables instead of building them again.
///
/// This file is the one place that maps the table fields of ``ProgramMemory`` to an
/// archive: ``init(_:)`` takes them from a built program, ``ProgramMemory/restore(_:)``
/// puts them back (with the fields derived from them), and ``write(to:)`` and
/// ``read(from:)`` give their bytes. A change of those fields changes ``version`` (an
/// archive of another version is refused) and these four functions.
///
/// Only what cannot be derived is kept: each table's criteria, where each of its local
/// classes starts (by value class), its rules, the rows, and the rules evaluated one by
/// one. Strides, maps, row counts and the vector rows follow from them; everything is
/// checked against the rule base before it is restored (``validate(criteria:rules:classes:formCount:)``).
package struct ProgramTables: Sendable, Equatable {
    /// The version of what is written; part of the archive. Version 2 merges tables
    /// over listed criteria (``TableFusion``), whose rules need not read every criterion
    /// of their table, which version 1 readers refuse.
    package static let version = "orgadvisor-tables/2"
    /// The versions read: version 1 tables, one per set of criteria, are tables of
    /// version 2 too (the same fields, checked the same way).
    package static let readableVersions = [version, "orgadvisor-tables/1"]

    /// The number of slots (criteria) of each table.
    package var tableSlotCount: [Int] = []
    /// The criterion of each slot, table after table.
    package var slotCriterion: [Int] = []
    /// The number of local classes of each slot, unknown not counted.
    package var slotLocalCount: [Int] = []
    /// For each slot, the value classes where its second, third… local class starts
    /// (`slotLocalCount - 1` of them), slot after slot.
    package var localStarts: [Int] = []
    /// The number of rules of each table.
    package var tableRuleCount: [Int] = []
    /// The rules of each table, table after table.
    package var tableRules: [Int] = []
    /// Rows of `formCount` points, table after table.
    package var rows: [Int64] = []
    /// The rules evaluated one by one, in increasing order.
    package var genericRules: [Int] = []

    /// No tables.
    package init() {}

    /// The tables of a built program.
    package init(_ memory: borrowing ProgramMemory) {
        for group in memory.groups.buffer {
            tableSlotCount.append(group.slots.count)
            tableRuleCount.append(group.rules.count)
            for position in group.rules { tableRules.append(memory.groupRules[position]) }
            for slot in group.slots {
                let criterion = memory.slotCriterion[slot]
                slotCriterion.append(criterion)
                slotLocalCount.append(memory.slotLocalCount[slot])
                let map = memory.slotMapStart[slot]
                for valueClass in 1..<max(memory.classCount[criterion], 1)
                where memory.slotMaps[map + valueClass] != memory.slotMaps[map + valueClass - 1] {
                    localStarts.append(valueClass)
                }
            }
        }
        rows.reserveCapacity(memory.rowCount * memory.formCount)
        for row in 0..<memory.rowCount {
            for form in 0..<memory.formCount { rows.append(memory.point(row: row, form: form)) }
        }
        genericRules = Array(memory.genericRules.buffer)
    }

    /// Writes the tables.
    package func write(to writer: inout ArchiveWriter) {
        writer.string(ProgramTables.version)
        for list in [
            tableSlotCount, slotCriterion, slotLocalCount, localStarts, tableRuleCount, tableRules,
        ] {
            writer.packed(list)
        }
        writer.index(rows.count)
        for value in rows { writer.fixed(UInt64(bitPattern: value)) }
        writer.packed(genericRules)
    }

    /// Reads tables written by ``write(to:)`` (checked by ``validate(criteria:rules:classes:formCount:)``
    /// before use).
    package static func read(from reader: inout ArchiveReader) throws(RuleBaseArchive.Failure)
        -> ProgramTables
    {
        let version = try reader.string()
        guard ProgramTables.readableVersions.contains(version) else {
            throw RuleBaseArchive.Failure(
                description:
                    "compiled tables of format '\(version)'; this orgadvisor reads '\(ProgramTables.version)'"
            )
        }
        var tables = ProgramTables()
        tables.tableSlotCount = try reader.packed()
        tables.slotCriterion = try reader.packed()
        tables.slotLocalCount = try reader.packed()
        tables.localStarts = try reader.packed()
        tables.tableRuleCount = try reader.packed()
        tables.tableRules = try reader.packed()
        let count = try reader.count(itemBytes: 8)
        let bytes = try reader.raw(count * 8)
        tables.rows = [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
            for index in 0..<count { buffer[index] = Int64(littleEndian: buffer[index]) }
            initialized = count
        }
        tables.genericRules = try reader.packed()
        return tables
    }
}

extension ProgramMemory {
    /// Puts back tables taken from a program of the same rule base (``ProgramTables``,
    /// checked by ``ProgramTables/validate(criteria:rules:classes:formCount:)``), instead of
    /// ``addGroups(rules:classes:)``: the same fields, with those derived from them.
    mutating func restore(_ tables: ProgramTables, rules: [Rule]) {
        let slots = tables.slotCriterion.count
        slotCriterion.reserveCapacity(slots)
        slotGroup.reserveCapacity(slots)
        slotMapStart.reserveCapacity(slots)
        slotStride.reserveCapacity(slots)
        slotLocalCount.reserveCapacity(slots)
        slotMaps.reserveCapacity(tables.slotCriterion.reduce(0) { $0 + classCount[$1] + 1 })
        groups.reserveCapacity(tables.tableSlotCount.count)
        groupRules.reserveCapacity(tables.tableRules.count)
        if formCount <= 8 { wideRows.reserveCapacity(tables.rows.count / max(formCount, 1)) }
        var slot = 0
        var start = 0
        var rule = 0
        var firstRow = 0
        for table in tables.tableSlotCount.indices {
            let firstSlot = slotCriterion.count
            var stride = 1
            for _ in 0..<tables.tableSlotCount[table] {
                let criterion = tables.slotCriterion[slot]
                let localCount = tables.slotLocalCount[slot]
                slotCriterion.append(criterion)
                slotGroup.append(groups.count)
                slotMapStart.append(slotMaps.count)
                slotStride.append(stride)
                slotLocalCount.append(localCount)
                var local: Int32 = 0
                let end = start + max(localCount - 1, 0)
                for valueClass in 0..<classCount[criterion] {
                    if start < end && tables.localStarts[start] == valueClass {
                        local += 1
                        start += 1
                    }
                    slotMaps.append(local * Int32(stride))
                }
                slotMaps.append(Int32(localCount) * Int32(stride))
                stride *= localCount + 1
                slot += 1
            }
            let firstRule = groupRules.count
            for _ in 0..<tables.tableRuleCount[table] {
                groupRules.append(tables.tableRules[rule])
                rule += 1
            }
            groups.append(
                RuleGroup(
                    slots: firstSlot..<slotCriterion.count, firstRow: firstRow, rowCount: stride,
                    rules: firstRule..<groupRules.count))
            firstRow += stride
        }
        appendRows(tables.rows, count: firstRow)
        for rule in tables.genericRules {
            genericRules.append(rule)
            for criterion in rules[rule].criteria {
                genericCriteriaMask |= criterion < 64 ? 1 << UInt64(criterion) : ~0
            }
        }
    }
}
