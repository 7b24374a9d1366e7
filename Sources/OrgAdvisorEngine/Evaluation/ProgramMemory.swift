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

    /// The rules that are not folded into a table (a table would be too large),
    /// evaluated one by one.
    package var genericRules = RawArray<Int>()
    /// The criteria that the generic rules read, one bit per criterion index; all bits
    /// set when a criterion index is 64 or more.
    package var genericCriteriaMask: UInt64 = 0

    // MARK: Value classes

    /// The number of value classes of each criterion; class number `classCount[c]` is
    /// "unknown".
    package var classCount = RawArray<Int>()
    /// Where each criterion's numbers start in ``classBounds``; -1 for a listed
    /// criterion, whose value index is its class.
    package var classBoundsStart = RawArray<Int>()
    /// The intervals of the numeric criteria's classes, in increasing order.
    package var classBounds = RawArray<ClassBounds>()
    /// Where each criterion's classes (and its unknown class) start in a flat numbering
    /// of all classes: criterion `c`'s class `k` is `classOffset[c] + k`.
    package var classOffset = RawArray<Int>()

    // MARK: Tables

    /// The tables: the rules that read the same criteria, folded into one row of points
    /// per combination of those criteria's classes.
    package var groups = RawArray<RuleGroup>()
    /// The criterion of each slot (a table's criteria, table after table).
    package var slotCriterion = RawArray<Int>()
    /// The table of each slot.
    package var slotGroup = RawArray<Int>()
    /// For each slot and class of its criterion (unknown last), what the class adds to
    /// the row number: its local class times the slot's stride. Slot `s`'s class `k` is
    /// at `slotMapStart[s] + k`.
    package var slotMaps = RawArray<Int32>()
    /// Where each slot's map starts in ``slotMaps``.
    package var slotMapStart = RawArray<Int>()
    /// Each slot's criterion and map start side by side, for the row look-up (filled by
    /// ``finish()``).
    package var slotCodes = RawArray<SIMD2<Int32>>()
    /// What one local class of each slot adds to the row number.
    package var slotStride = RawArray<Int>()
    /// The number of local classes of each slot, unknown not counted.
    package var slotLocalCount = RawArray<Int>()
    /// The rules of each table, table after table (see ``RuleGroup/rules``).
    package var groupRules = RawArray<Int>()
    /// The number of rows of all tables.
    package var rowCount = 0
    /// With more than 8 forms, the rows: `formCount` points each, table after table; else
    /// empty (``wideRows`` holds them, read with ``point(row:form:)``).
    package var rows = RawArray<Int64>()
    /// With at most 8 forms, the rows as vectors (unused lanes zero), added in one vector
    /// operation each; else empty.
    package var wideRows = RawArray<SIMD8<Int64>>()

    /// The slots of each criterion: `criterionSlots[criterionSlotStart[c]..<criterionSlotStart[c + 1]]`
    /// (filled by ``finish()``).
    package var criterionSlotStart = RawArray<Int>()
    package var criterionSlots = RawArray<Int>()
    /// For each class `k > 0` of each criterion, the slots whose row changes between
    /// class `k - 1` and class `k`: `events[eventStart[classOffset[c] + k]..<eventStart[classOffset[c] + k + 1]]`
    /// (filled by ``finish()``).
    package var eventStart = RawArray<Int>()
    package var events = RawArray<Int>()
    /// The same, for the slots of the tables that read other criteria too (the sweep of
    /// ``ClassAnalysis``, which takes the tables that read the criterion alone from
    /// ``aloneSums``): `sharedEvents[sharedEventStart[classOffset[c] + k]..<sharedEventStart[classOffset[c] + k + 1]]`.
    package var sharedEventStart = RawArray<Int>()
    package var sharedEvents = RawArray<Int>()
    /// For each of ``sharedEvents``, what its slot's class before the event and its class
    /// at the event add to the row number, less what "unknown" adds: added to the table's
    /// row with the criterion unknown, the two rows the sweep moves between.
    package var sharedEventMaps = RawArray<SIMD2<Int32>>()
    /// With at most 8 forms, for each of ``sharedEvents`` of a number: 1 when some row of
    /// its table changes there with the table's other criteria in any of their classes
    /// ("unknown" in none), else 0; 2 for an event of a listed criterion (not computed).
    /// That is whether the event splits a sweep's segment when every criterion of the
    /// table is unknown, the same for every profile
    /// (``ClassAnalysis/changesRow(of:at:valueClass:event:)`` walks the rows otherwise).
    package var sharedEventChanges = RawArray<UInt8>()
    /// With at most 8 forms, per table of two criteria or more, over its rows with every
    /// criterion in a class ("unknown" in none): the lowest and the highest points of
    /// each form, then, one vector per form `f`, the most a row adds to `f`'s score less
    /// each other form's (lane `g`). That is what the table can add when every criterion
    /// it reads is unknown, the same for every profile: the analyses read it instead of
    /// walking the rows (filled by ``finish()``; table `t`'s vectors start at
    /// `t * (2 + formCount)`, zeros for a table of one criterion).
    package var tableRanges = RawArray<SIMD8<Int64>>()
    /// With at most 8 forms, for each class of each criterion (`classOffset[c] + k`, the
    /// unknown class included), the sum of the rows of the tables that read that
    /// criterion alone: what they add, whatever the profile (filled by ``finish()``).
    package var aloneSums = RawArray<SIMD8<Int64>>()

    // MARK: Row look-up (filled by ``finish()``, from the fields above)

    /// The listed criteria that some table reads, three numbers each: the criterion, its
    /// class count, and the first row of its first table that reads it alone: that
    /// table's row is found with the class, the first row plus the class (a listed
    /// value is a local class of its own). The criteria with such a table come first
    /// (``listedAloneCount``); the others have a zero.
    package var listedCodes = RawArray<Int32>()
    /// The number of criteria in ``listedCodes`` with a table that reads them alone.
    package var listedAloneCount = 0
    /// The numeric criteria that some table reads, five numbers each: the criterion, its
    /// class count, where its classes start in ``classBounds``, and for its first table
    /// that reads it alone (those with one first, ``numberAloneCount``; the others have
    /// zeros), that table's first row and the start of its slot's map in ``slotMaps``.
    package var numberCodes = RawArray<Int32>()
    /// The number of criteria in ``numberCodes`` with a table that reads them alone.
    package var numberAloneCount = 0
    /// The levels of each numeric criterion's search tree, top level first, in blocks of
    /// eight thresholds: a number's class is the count of its criterion's thresholds at
    /// or below it (see ``planClassSearch(_:)``).
    package var classSearch = RawArray<SIMD8<Double>>()
    /// The first block of each level in ``classSearch``, criterion after criterion.
    package var classSearchLevels = RawArray<Int>()
    /// Where each criterion's levels start in ``classSearchLevels``; one more at the end
    /// (a listed criterion has none).
    package var classSearchStart = RawArray<Int>()
    /// The other tables that read one criterion (when the rules reading it alone need
    /// several), three numbers each: the first row, then the slot's criterion and map
    /// start.
    package var unaryCodes = RawArray<Int32>()
    /// The tables that read two criteria, five numbers each: the first row, then each
    /// slot's criterion and map start.
    package var pairCodes = RawArray<Int32>()
    /// The tables that read three criteria, seven numbers each, as ``pairCodes``.
    package var tripleCodes = RawArray<Int32>()
    /// The other tables (reading four criteria or more), one after the other: the first
    /// row, the slot count, then each slot's criterion and map start.
    package var wideCodes = RawArray<Int32>()
    /// Per table: where ``Program/findRows(classes:rows:)`` writes its row (the tables of
    /// ``unaryCodes``, ``pairCodes``, ``tripleCodes`` and ``wideCodes``, in that order),
    /// or -1 for a table whose row is found with a class.
    package var foundRowIndex = RawArray<Int>()

    /// Empty constants, to be filled by the program builder.
    package init() {}

    /// Appends `count` rows of ``formCount`` points each: as vectors with at most 8
    /// forms, else as they are.
    mutating func appendRows(_ points: [Int64], count: Int) {
        if formCount <= 8 {
            for row in 0..<count {
                var wide = SIMD8<Int64>()
                for form in 0..<formCount { wide[form] = points[row * formCount + form] }
                wideRows.append(wide)
            }
        } else {
            rows.append(contentsOf: points)
        }
        rowCount += count
    }

    /// The points that row `row` (of all tables) gives form `form`.
    package func point(row: Int, form: Int) -> Int64 {
        formCount <= 8 ? wideRows[row][form] : rows[row * formCount + form]
    }
}
