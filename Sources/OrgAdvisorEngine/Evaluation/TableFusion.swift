/// Which rules share a table (see ``ProgramMemory/addGroups(rules:classes:)``).
///
/// The rules that read the same criteria share one table. Then the tables that read two
/// listed criteria or more, and no number, are merged as long as the merged table keeps
/// at most ``rowLimit`` rows: a profile then finds one row where it found several, and
/// the analyses follow fewer tables when such a criterion is unknown. A listed value is
/// always a local class of its own, so a merged table's row count is known before it is
/// built (the product of each criterion's values, plus one for "unknown"). Numbers are
/// left out: their local classes would multiply with every merge, and the analysis of an
/// unknown number pays for each place where a table's row changes.
///
/// A rule in a merged table does not read all of its criteria; the table's rows are
/// still found by running each rule's condition on representatives
/// (``TableBuilder``), so they are exact whatever the rule reads.
struct TableFusion {
    /// The most rows of a table made by merging (64 KiB of 8-lane rows).
    static let rowLimit = 1 << 10

    /// A table to build: the criteria it reads (increasing), its rules (increasing), and
    /// the tables of one criterion set it was merged from (indices into the sets given
    /// to ``init(keys:members:listedClasses:)``), in case it cannot be built whole.
    struct Table {
        var criteria: [Int]
        var rules: [Int]
        var parts: [Int]
    }

    /// The tables, those that were not merged first, in the order of their sets, then
    /// the merged ones in the order they were made.
    private(set) var tables: [Table] = []

    /// Merges the tables of `keys` (each a set of criteria, increasing) and `members`
    /// (their rules). `listedClasses` gives a listed criterion's local classes, unknown
    /// included, and nil for a number.
    init(keys: [[Int]], members: [[Int]], listedClasses: (Int) -> Int?) {
        /// The rows of a table over these criteria, nil when one is a number or past the limit.
        func rowCount(_ criteria: [Int]) -> Int? {
            var product = 1
            for criterion in criteria {
                guard let count = listedClasses(criterion) else { return nil }
                product *= count
                if product > TableFusion.rowLimit { return nil }
            }
            return product
        }
        var candidates: [Int] = []
        for index in keys.indices {
            if keys[index].count >= 2, rowCount(keys[index]) != nil {
                candidates.append(index)
            } else {
                tables.append(Table(criteria: keys[index], rules: members[index], parts: [index]))
            }
        }
        // The tables of most criteria first: the others mostly fit in them.
        candidates.sort { first, second in
            keys[first].count != keys[second].count
                ? keys[first].count > keys[second].count : first < second
        }
        var merged: [Table] = []
        for index in candidates {
            var best: (table: Int, union: [Int], added: Int)?
            for table in merged.indices {
                let union = TableFusion.union(merged[table].criteria, keys[index])
                guard let rows = rowCount(union) else { continue }
                let added = rows - rowCount(merged[table].criteria)!
                if best.map({ added < $0.added }) ?? true { best = (table, union, added) }
            }
            if let best {
                merged[best.table].criteria = best.union
                merged[best.table].rules += members[index]
                merged[best.table].parts.append(index)
            } else {
                merged.append(Table(criteria: keys[index], rules: members[index], parts: [index]))
            }
        }
        for var table in merged {
            table.rules.sort()
            tables.append(table)
        }
    }

    /// The union of two increasing lists, increasing.
    static func union(_ first: [Int], _ second: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count || j < second.count {
            if j == second.count || (i < first.count && first[i] < second[j]) {
                result.append(first[i])
                i += 1
            } else {
                if i < first.count && first[i] == second[j] { i += 1 }
                result.append(second[j])
                j += 1
            }
        }
        return result
    }
}
