import OrgAdvisorRules

/// A ``Program``'s constants, declared once: the program builder appends to them while a
/// rule base is compiled, ``finish()`` derives the tables computed from the others, and
/// the program owns them from then on, read in place through raw pointers (no closure,
/// retain or bounds check per profile). Each array frees its memory when the program ends.
package struct ProgramMemory: ~Copyable, @unchecked Sendable {
    /// The number of criteria (the length of a profile's values).
    package var criterionCount = 0
    /// The number of forms (the length of a row of points).
    package var formCount = 0
    /// The deepest stack any condition needs.
    package var maxStack = 1

    /// The postfix instructions of every condition.
    package var instructions = RawArray<Program.Instruction>()
    /// The sorted values of every `in [...]` list, each list a run.
    package var sets = RawArray<Double>()
    /// Instruction range of each rule's condition.
    package var ruleCode = RawArray<Range<Int>>()
    /// Contribution range of each rule: its points, one contribution per form it scores.
    package var ruleContributions = RawArray<Range<Int>>()
    /// The form each contribution scores.
    package var contributionForm = RawArray<Int>()
    /// The weighted points of each contribution, in millionths.
    package var contributionScore = RawArray<Int64>()
    /// Derivations, in dependency order.
    package var derivations = RawArray<Program.DerivationCode>()
    /// The criteria that derivations set, each once (filled by ``finish()``).
    package var derivationTargets = RawArray<Int>()

    /// The rules that are not folded into the table, evaluated one by one.
    package var genericRules = RawArray<Int>()
    /// The criteria that the generic rules read, one bit per criterion index; all bits
    /// set when a criterion index is 64 or more.
    package var genericCriteriaMask: UInt64 = 0

    /// Criteria whose single-criterion rules are folded into a table: for each value,
    /// the points all those rules give each form.
    package var tableCriteria = RawArray<Int>()
    /// Where each table criterion's rows start in ``table`` (one row per value).
    package var tableOffsets = RawArray<Int>()
    /// Rows of `formCount` points.
    package var table = RawArray<Int64>()
    /// With at most 8 forms, the same rows as vectors (unused lanes zero), added in one
    /// vector operation each: row `wideRows[position] + value`; else empty.
    package var wideTable = RawArray<SIMD8<Int64>>()
    /// The first row in ``wideTable`` of each table criterion.
    package var wideRows = RawArray<Int>()

    /// The number of rows (values) of each table criterion (filled by ``finish()``).
    package var tableValueCounts = RawArray<Int>()
    /// For each row of ``table``, what turns it into the next row of its criterion (the
    /// first after the last): the difference, row by row, to step through every value
    /// (filled by ``finish()``).
    package var tableSteps = RawArray<Int64>()
    /// ``tableSteps`` as vectors, like ``wideTable`` (empty with more than 8 forms).
    package var wideSteps = RawArray<SIMD8<Int64>>()
    /// With at most 8 forms (else empty), for each table criterion and form `f`, a
    /// vector whose lane `g` is the most that one of the criterion's rows adds to form
    /// `f`'s score minus form `g`'s (zero in lane `f` and unused lanes): vector
    /// `position * formCount + f`.
    package var wideLeads = RawArray<SIMD8<Int64>>()
    /// The same numbers by the form led (with at most 8 forms, else empty): lane `f` of
    /// vector `position * formCount + g` is lane `g` of ``wideLeads``'s vector
    /// `position * formCount + f`.
    package var wideLeadsOver = RawArray<SIMD8<Int64>>()
    /// With at most 8 forms (else empty), for each form `f`, the lead over each form
    /// `g` that `f` needs to rank first: 1 in the lanes before `f`, 0 after it, -2^62
    /// (no need) in lane `f` and in unused lanes.
    package var wideNeeds = RawArray<SIMD8<Int64>>()
    /// The same needs by the form led: lane `f` of vector `g` is lane `g` of
    /// ``wideNeeds``'s vector `f`.
    package var wideNeedsOver = RawArray<SIMD8<Int64>>()
    /// Whether all table rows together move a score by less than 2^60, so that sums and
    /// differences of scores below 2^61 never overflow (set by ``finish()``).
    package var tableIsSmall = true

    /// Empty constants, to be filled by the program builder.
    package init() {}
}
