import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The header row of a CSV or TSV batch input: what each column holds. A column is a
/// criterion (named by its id or its label in either language, in any case, with or
/// without accents), `id` or `name` (copied to the result), or ignored (an empty name,
/// or one starting with `_`, as keys of JSON records).
public struct SpreadsheetHeader: Sendable {
    /// What a column holds.
    public enum Column: Sendable, Hashable {
        /// The value of the criterion with this index.
        case criterion(Int)
        /// The record's `id`.
        case id
        /// The record's `name`.
        case name
        /// Nothing read.
        case ignored
    }

    /// A header that cannot be used: the message and the 1-based column it names.
    public struct Failure: Error, Sendable, Hashable {
        /// What is wrong, lower case, names in single quotes.
        public var message: String
        /// The 1-based column (field number).
        public var column: Int
    }

    /// What a cell's quick reading needs of a criterion, without copying it.
    struct Limits: Sendable {
        var isEnumerated: Bool
        var minimum: Double
        var maximum: Double
    }

    /// The field separator: `,` for CSV, a tab for TSV.
    public let separator: UInt8
    /// The columns, in order.
    public let columns: [Column]
    /// Each criterion's kind and range, by criterion index.
    let limits: [Limits]

    /// Reads a header row's cells against a rule base.
    ///
    /// - Throws: ``Failure`` for a column that names no criterion (with the nearest
    ///   one), or a criterion, `id` or `name` named twice.
    public init(cells: [String], separator: UInt8, ruleBase: RuleBase) throws(Failure) {
        self.separator = separator
        limits = ruleBase.criteria.map { criterion in
            Limits(
                isEnumerated: criterion.kind.isEnumerated,
                minimum: criterion.minimum ?? -.infinity, maximum: criterion.maximum ?? .infinity)
        }
        var byName: [String: Column] = [:]
        // Ids first, so that a label never hides another criterion's id.
        for criterion in ruleBase.criteria {
            byName[TextFolding.fold(criterion.id)] = .criterion(criterion.index)
        }
        for criterion in ruleBase.criteria {
            for label in [criterion.label.english, criterion.label.french].compactMap({ $0 }) {
                let key = TextFolding.fold(label)
                if byName[key] == nil { byName[key] = .criterion(criterion.index) }
            }
        }
        byName["id"] = .id
        byName["name"] = .name
        var columns: [Column] = []
        var seen: [Column: Int] = [:]
        for (index, cell) in cells.enumerated() {
            let name = cell.trimmingSpaces
            if name.isEmpty || name.hasPrefix("_") {
                columns.append(.ignored)
                continue
            }
            guard let column = byName[TextFolding.fold(name)] else {
                let candidates = ruleBase.criteria.map { $0.id } + ["id", "name"]
                let hint = NameSuggestion.nearest(to: name, in: candidates).map {
                    "; did you mean '\($0)'?"
                }
                throw Failure(
                    message: "unknown column '\(name)'; expected a criterion (its id or label),"
                        + " 'id' or 'name'" + (hint ?? ""),
                    column: index + 1)
            }
            if let first = seen[column] {
                throw Failure(
                    message: "column '\(name)' repeats column \(first) ('\(cells[first - 1])')",
                    column: index + 1)
            }
            seen[column] = index + 1
            columns.append(column)
        }
        self.columns = columns
    }
}
