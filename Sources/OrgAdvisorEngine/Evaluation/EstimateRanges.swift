/// What the over-estimate found each table's rows can add (``ClassAnalysis``'s
/// `estimate(low:high:)`), kept from one analysis to the next: the answers to one
/// question differ in one criterion, so most tables have the same row with their unknown
/// criteria unknown, and the same range, which a walk over their rows found before.
///
/// The search for possible winners reads its joint tables' leads from here too: both go
/// through ``ClassAnalysis/tableRange(of:into:)``. Its long phase keeps here the leads
/// per class of each joint table's unknown criteria (``copyClassLeads(_:row:slots:into:)``).
/// What the last searches found is kept for the next answer too: per form, the
/// combination that last showed it at the top (``keepWitness(of:_:)``), decided first;
/// whether the last search found every form (``searchFoundEveryForm``: then witnesses of
/// every form come before the leads); and how long the last search that descended took
/// (``searchSteps``: past its quick phase, the next starts with the leads per class).
///
/// A table's range depends only on that row (it tells which criteria are unknown and the
/// classes of the others), so a range is reused only for the same table and row. Not
/// shared between threads: one per question. Its per-table and per-form fields are raw
/// memory it owns, held by constants: a class's array properties would each be checked
/// for exclusive access at run time, at every read (2 % of a question with 3,000 rules).
package final class EstimateRanges {
    /// The vectors of one range: the lowest points, the highest, and a lead per form
    /// (see ``ScoreLanes/startRange(_:formCount:)``).
    let stride: Int
    /// The program whose tables these are (its forms, its slots' local classes).
    private let program: Program
    /// Per table: the row whose range is kept, or -1.
    private let rows: UnsafeMutablePointer<Int>
    /// Per table: its range, `stride` vectors.
    private let ranges: UnsafeMutablePointer<SIMD8<Int64>>
    /// Per table that the search's long phase walked: the row, its unknown slots in the
    /// order of the walk, the table's leads (a vector per form) and then, slot after slot,
    /// the leads per local class of the slot (a vector per form each).
    private var classLeads: [Int: (row: Int, slots: [Int], leads: [SIMD8<Int64>])] = [:]
    /// Whether the last search for possible winners found that every form can win
    /// (``WinnerSearch/run(_:)``), which the next one then tries to show first.
    var searchFoundEveryForm = false
    /// The steps that the last search that descended took (``WinnerSearch/run(_:)``):
    /// past the quick phase, the next one of an answer whose evaluation would enumerate
    /// goes with the leads per class at once.
    var searchSteps = 0
    /// Per form and criterion (`form * criterionCount + criterion`): the value class the
    /// criterion had in the last combination of segments that showed the form at the top
    /// (``ClassAnalysis/witnessWinners(of:)``), or -1; per form, whether there is one.
    private let witnessClasses: UnsafeMutablePointer<Int>
    private let witnessKept: UnsafeMutablePointer<Bool>

    /// Empty, for the tables of `program`.
    package init(_ program: Program) {
        stride = 2 + program.formCount
        self.program = program
        let tables = program.memory.groups.count
        rows = .allocate(capacity: max(tables, 1))
        rows.initialize(repeating: -1, count: tables)
        ranges = .allocate(capacity: max(stride * tables, 1))
        ranges.initialize(repeating: SIMD8(), count: stride * tables)
        let classes = program.formCount * program.criterionCount
        witnessClasses = .allocate(capacity: max(classes, 1))
        witnessClasses.initialize(repeating: -1, count: classes)
        witnessKept = .allocate(capacity: max(program.formCount, 1))
        witnessKept.initialize(repeating: false, count: program.formCount)
    }

    deinit {
        rows.deallocate()
        ranges.deallocate()
        witnessClasses.deallocate()
        witnessKept.deallocate()
    }

    /// Whether a combination that showed `form` at the top is kept.
    func hasWitness(of form: Int) -> Bool { witnessKept[form] }

    /// The value class of `criterion` in the combination kept for `form`, or -1 (then any
    /// will do: the combination is decided again).
    func witnessClass(of form: Int, criterion: Int) -> Int {
        witnessClasses[form * program.criterionCount + criterion]
    }

    /// Keeps the combination of segments `analysis`'s unknown criteria are in (by the
    /// first class of each one's segment) for each form of `forms`, which it shows at the
    /// top.
    func keepWitness(of forms: UInt64, _ analysis: ClassAnalysis) {
        let criterionCount = program.criterionCount
        for form in 0..<program.formCount where forms & (1 << UInt64(form)) != 0 {
            witnessKept[form] = true
            let classes = form * criterionCount
            for criterion in 0..<criterionCount { witnessClasses[classes + criterion] = -1 }
            for position in 0..<analysis.unknownCount {
                witnessClasses[classes + analysis.unknown[position]] = analysis.firstClass(
                    of: position, digit: analysis.digits[position])
            }
        }
    }

    /// Copies the range of `table` with `row` into `range` and returns true when it is
    /// kept; else false.
    func copy(_ table: Int, row: Int, into range: UnsafeMutablePointer<SIMD8<Int64>>) -> Bool {
        guard rows[table] == row else { return false }
        for vector in 0..<stride { range[vector] = ranges[table * stride + vector] }
        return true
    }

    /// Keeps `range` as the range of `table` with `row`.
    func keep(_ table: Int, row: Int, _ range: UnsafePointer<SIMD8<Int64>>) {
        rows[table] = row
        for vector in 0..<stride { ranges[table * stride + vector] = range[vector] }
    }

    /// Copies the leads of `table` with `row` and these unknown slots (in the order of the
    /// walk), kept by ``keepClassLeads(_:row:slots:from:)``, into `leads`, and returns true
    /// when they are kept; else false. `leads(index)` is where the leads of the slot at
    /// `index` go, `leads(-1)` the table's own.
    func copyClassLeads(
        _ table: Int, row: Int, slots: [Int],
        into leads: (Int) -> UnsafeMutablePointer<SIMD8<Int64>>
    ) -> Bool {
        guard let kept = classLeads[table], kept.row == row, kept.slots == slots else {
            return false
        }
        var next = 0
        for index in -1..<slots.count {
            let count = index < 0 ? 1 : program.memory.slotLocalCount[slots[index]]
            let target = leads(index)
            for vector in 0..<(count * program.formCount) {
                target[vector] = kept.leads[next]
                next += 1
            }
        }
        return true
    }

    /// Keeps the leads of `table` with `row` and these unknown slots, read as
    /// ``copyClassLeads(_:row:slots:into:)`` writes them.
    func keepClassLeads(
        _ table: Int, row: Int, slots: [Int],
        from leads: (Int) -> UnsafePointer<SIMD8<Int64>>
    ) {
        var kept: [SIMD8<Int64>] = []
        for index in -1..<slots.count {
            let count = index < 0 ? 1 : program.memory.slotLocalCount[slots[index]]
            let source = leads(index)
            for vector in 0..<(count * program.formCount) { kept.append(source[vector]) }
        }
        classLeads[table] = (row, slots, kept)
    }
}
