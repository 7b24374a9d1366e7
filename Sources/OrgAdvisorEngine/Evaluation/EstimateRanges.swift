/// What the over-estimate found each table's rows can add (``ClassAnalysis``'s
/// `estimate(low:high:)`), kept from one analysis to the next: the answers to one
/// question differ in one criterion, so most tables have the same row with their unknown
/// criteria unknown, and the same range, which a walk over their rows found before.
///
/// The search for possible winners reads its joint tables' leads from here too: both go
/// through ``ClassAnalysis/tableRange(of:into:)``.
///
/// A table's range depends only on that row (it tells which criteria are unknown and the
/// classes of the others), so a range is reused only for the same table and row. Not
/// shared between threads: one per question.
package final class EstimateRanges {
    /// The vectors of one range: the lowest points, the highest, and a lead per form
    /// (see ``ScoreLanes/startRange(_:formCount:)``).
    let stride: Int
    /// Per table: the row whose range is kept, or -1.
    private var rows: [Int]
    /// Per table: its range, `stride` vectors.
    private var ranges: [SIMD8<Int64>]

    /// Empty, for the tables of `program`.
    package init(_ program: Program) {
        stride = 2 + program.formCount
        rows = [Int](repeating: -1, count: program.memory.groups.count)
        ranges = [SIMD8<Int64>](repeating: SIMD8(), count: stride * rows.count)
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
}
