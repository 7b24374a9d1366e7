/// One table of a ``Program``: the rules that read the same criteria, folded into one
/// row of points per combination of those criteria's classes.
///
/// Each criterion the rules read is a *slot* of the table. The table's own (local)
/// classes of a criterion merge the neighbouring value classes that its rules cannot
/// tell apart, and "unknown" is one more local class, so a profile picks exactly one
/// row: the sum, over the slots, of the local class times the slot's stride.
package struct RuleGroup: Sendable {
    /// The table's slots (see ``ProgramMemory/slotCriterion``).
    package var slots: Range<Int>
    /// The table's first row in ``ProgramMemory/rows``.
    package var firstRow: Int
    /// The number of rows: the product of each slot's local classes, unknown included.
    package var rowCount: Int
    /// The table's rules in ``ProgramMemory/groupRules``.
    package var rules: Range<Int>
}
