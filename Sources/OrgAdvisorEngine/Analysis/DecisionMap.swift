import OrgAdvisorRules

/// The winner over a grid of two criteria, the others fixed by a base profile or left
/// unknown: one cell per pair of value classes (see ``ProfileSpace``), each computed
/// exactly from the compiled rule base.
///
/// A cell's profile is the base profile with the two axis criteria set to a value of
/// their classes; every value of a class gives the same cell, so the map is exact, not
/// sampled. Derivations apply as in ``RuleBase/evaluate(_:trace:)``: with `sites` on an
/// axis and `structure` not given, each column gets the structure its number of sites
/// implies. When criteria are unknown, a cell lists the forms that could still win.
///
/// ```swift
/// let rules = RuleBase.builtIn
/// let map = rules.decisionMap(
///     x: rules.criterion("volume")!.index, y: rules.criterion("structure")!.index,
///     base: Profile(for: rules))
/// map.cell(x: 2, y: 1).possibleWinners   // forms that may win with high volume, decentralised
/// ```
public struct DecisionMap: Sendable {
    /// One axis: a criterion and its value classes, in increasing order.
    public struct Axis: Sendable {
        /// The criterion's index.
        public let criterion: Int
        /// Its value classes, in order (the columns or the rows).
        public let classes: [ValueClass]
        /// The rule base whose criterion it is (for the labels of listed values).
        package let ruleBase: RuleBase
    }

    /// One cell: the result for one class of each axis criterion.
    public struct Cell: Sendable, Hashable {
        /// The class index on the x axis (the column).
        public let x: Int
        /// The class index on the y axis (the row).
        public let y: Int
        /// The scores of the cell's profile by form, unknown criteria contributing
        /// nothing (as ``Evaluation/scores``); final only when ``scoresAreFinal``.
        public let scores: [Score]
        /// True when no unknown criterion can change any score: the scores are the
        /// cell's scores for every way of giving the unknown criteria.
        public let scoresAreFinal: Bool
        /// The forms sharing the top of ``scores``, in declaration order.
        public let tiedAtTop: [Int]
        /// The forms that rank first for some values of the unknown criteria, in
        /// declaration order (just the winner when nothing unknown matters).
        public let possibleWinners: [Int]
        /// False when the unknown criteria had too many combinations to enumerate and
        /// ``possibleWinners`` is a safe over-estimate.
        public let isExact: Bool
        /// The criteria not given that a derivation sets in this cell, by index.
        public let derived: [Int]

        /// The form that wins whatever the unknown criteria are, or nil when they decide.
        public var winner: Int? {
            possibleWinners.count == 1 ? possibleWinners[0] : nil
        }

        /// True when the scores are final and several forms share the top score (the
        /// first declared of them is the winner).
        public var tie: Bool {
            scoresAreFinal && tiedAtTop.count > 1
        }
    }

    /// The rule base (with any weight changes) that made the map.
    public let ruleBase: RuleBase
    /// The base profile: the criteria other than the axes, given or unknown.
    public let base: Profile
    /// The horizontal axis (columns).
    public let x: Axis
    /// The vertical axis (rows).
    public let y: Axis
    /// The cells, row by row: `cells[row * x.classes.count + column]`.
    public let cells: [Cell]
    /// The whole-space summary, when computed (see ``RuleBase/winShares(in:range:)``).
    public var shares: WinShares?

    /// The cell of column `x` and row `y`.
    public func cell(x column: Int, y row: Int) -> Cell {
        cells[row * x.classes.count + column]
    }

    /// The criteria that are neither axes nor given in the base profile, by index.
    public var notGiven: [Int] {
        ruleBase.criteria.indices.filter { index in
            index != x.criterion && index != y.criterion && !base.isGiven(index)
        }
    }

    /// How a criterion that is not given is derived across the map: in every cell, in
    /// some, or in none.
    public enum Derivation: Sendable, Hashable {
        /// A derivation sets it in every cell.
        case everywhere
        /// A derivation sets it in some cells only.
        case somewhere
        /// No derivation sets it: it stays unknown.
        case nowhere
    }

    /// How a criterion that is not given is derived across the map.
    public func derivation(of criterion: Int) -> Derivation {
        let count = cells.count(where: { $0.derived.contains(criterion) })
        return count == 0 ? .nowhere : (count == cells.count ? .everywhere : .somewhere)
    }

    /// The criteria given in the base profile (never the axes), by index.
    public var given: [Int] {
        ruleBase.criteria.indices.filter { index in
            index != x.criterion && index != y.criterion && base.isGiven(index)
        }
    }

    /// The forms that win or may win in at least one cell, in declaration order.
    public var formsOnMap: [Int] {
        let used = Set(cells.flatMap { $0.possibleWinners })
        return ruleBase.forms.indices.filter(used.contains)
    }

    /// A short name for each form, by form index, unique within the rule base: the
    /// initials of the words of its label (`Help-Desk` → `HD`), lengthened when two
    /// would be the same, or the label itself when it has at most three characters.
    public func shortNames(_ language: Language) -> [String] {
        DecisionMap.shortNames(ruleBase.forms.map { $0.label.text(language) })
    }

    static func shortNames(_ labels: [String]) -> [String] {
        func words(_ label: String) -> [Substring] {
            label.split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "/" }
        }
        func name(_ label: String, letters: Int) -> String {
            let parts = words(label)
            guard label.count > 3, !parts.isEmpty else { return label }
            return parts.map { part in
                String(part.prefix(letters)).uppercasedFirst
            }.joined()
        }
        var letters = [Int](repeating: 1, count: labels.count)
        var names = labels.indices.map { name(labels[$0], letters: 1) }
        for _ in 0..<8 {
            var counts: [String: Int] = [:]
            for name in names { counts[name, default: 0] += 1 }
            let clashing = names.indices.filter { counts[names[$0]]! > 1 }
            if clashing.isEmpty { return names }
            for index in clashing {
                letters[index] += 1
                names[index] = name(labels[index], letters: letters[index])
            }
        }
        // Still the same: number them.
        return names.indices.map { names[$0] + String($0 + 1) }
    }
}

extension RuleBase {
    /// The decision map of two criteria: the winner for every pair of value classes of
    /// `x` (columns) and `y` (rows), the other criteria as in `base` (their given
    /// values, or unknown). The axes' values in `base`, if any, are replaced.
    ///
    /// Exact: each cell is what the evaluation of a representative profile of the cell
    /// gives (every value of a class gives the same result), with the exact possible
    /// winners over the unknown criteria. `x` and `y` must be different criterion indices.
    public func decisionMap(x: Int, y: Int, base: Profile) -> DecisionMap {
        decisionMap(x: x, y: y, base: base, cells: decisionMapCells(x: x, y: y, base: base))
    }

    /// The cells of ``decisionMap(x:y:base:)`` whose positions (row by row: `row *
    /// columns + column`) fall in `range`, or every cell when `range` is nil. Cells of
    /// consecutive ranges, put end to end, are the map's cells: a map can be computed in
    /// parts on several threads and assembled with ``decisionMap(x:y:base:cells:)``.
    public func decisionMapCells(x: Int, y: Int, base: Profile, range: Range<Int>? = nil)
        -> [DecisionMap.Cell]
    {
        precondition(x != y, "the two axes of a decision map must be different criteria")
        let space = ProfileSpace(self)
        let columns = space.classes[x].count
        let cellCount = range?.count ?? columns * space.classes[y].count
        var cells: [DecisionMap.Cell] = []
        cells.reserveCapacity(cellCount)
        // The cells share their unknown criteria: when their completions are few per
        // cell and some table reads two of them, each cell reads them all, kept with the
        // changes from the cell before (``AnswerCompletions``), as the answers to one
        // question do; else each cell is evaluated (without a table reading two, the
        // analysis sweeps each criterion's classes alone, for less).
        var completions = AnswerCompletions(
            ruleBase: self, maximumCompletions: Self.completionsPerAnswer * cellCount,
            onlyJoint: true)
        // Rows outer (y), columns inner (x): the order of `forEach`, y first.
        space.forEach(varying: [y, x], of: base, includingUnknown: false, in: range) {
            position, profile in
            let (column, row) = (position % columns, position / columns)
            cells.append(
                mapCell(profile, x: column, y: row, completions: &completions)
                    ?? mapCell(profile, x: column, y: row))
        }
        return cells
    }

    /// The decision map of ``decisionMap(x:y:base:)`` from its cells, every one in order
    /// (``decisionMapCells(x:y:base:range:)``).
    public func decisionMap(x: Int, y: Int, base: Profile, cells: [DecisionMap.Cell])
        -> DecisionMap
    {
        precondition(x != y, "the two axes of a decision map must be different criteria")
        let space = ProfileSpace(self)
        func axis(_ criterion: Int) -> DecisionMap.Axis {
            DecisionMap.Axis(
                criterion: criterion, classes: space.classes[criterion], ruleBase: self)
        }
        let xAxis = axis(x)
        let yAxis = axis(y)
        precondition(
            cells.count == xAxis.classes.count * yAxis.classes.count,
            "a decision map needs one cell per pair of classes")
        var normalized = base
        normalized.setRawValue(nil, at: x)
        normalized.setRawValue(nil, at: y)
        return DecisionMap(
            ruleBase: self, base: normalized, x: xAxis, y: yAxis, cells: cells, shares: nil)
    }
}

extension String {
    /// The string with its first character upper-cased.
    var uppercasedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
