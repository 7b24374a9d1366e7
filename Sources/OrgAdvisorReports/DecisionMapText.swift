import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a decision map as a text table for people, fitting a width (80 columns by
/// default): forms by name, or by short name with a legend when the names do not fit,
/// and columns split into several tables when even those do not; then the whole-space
/// shares.
public struct DecisionMapText: Sendable {
    /// The language of headings and labels.
    public var language: Language
    /// The width to fit, in columns (at least 60).
    public var width: Int

    /// Creates a renderer.
    public init(language: Language, width: Int = 80) {
        self.language = language
        self.width = max(60, width)
    }

    private var strings: DecisionMapStrings { .of(language) }
    private var colon: String { language.colon }

    /// The table, ending with a newline.
    public func render(_ map: DecisionMap) -> String {
        let rules = map.ruleBase
        let xCriterion = rules.criteria[map.x.criterion]
        let yCriterion = rules.criteria[map.y.criterion]
        let report = TextReport(language: language, width: width)
        var out =
            "\(strings.title)\(colon) \(yCriterion.id) (\(yCriterion.label.text(language))) × "
            + "\(xCriterion.id) (\(xCriterion.label.text(language)))"
        out = report.wrap(out, indent: 0, hanging: 2)
        let given = DecisionMapStrings.givenList(map, language)
        out += report.wrap(
            "\(strings.given)\(colon) "
                + (given.isEmpty ? strings.none : given.joined(separator: ", ")), indent: 0,
            hanging: 2)
        let notGiven = DecisionMapStrings.notGivenList(map, language)
        out += report.wrap(
            "\(strings.notGiven)\(colon) "
                + (notGiven.isEmpty ? strings.none : notGiven.joined(separator: ", ")), indent: 0,
            hanging: 2)
        out += "\n"
        let full = rules.forms.map { $0.label.text(language) }
        let short = map.shortNames(language)
        // Full names if they fit, else short names, else short names without spaces,
        // else several tables.
        var names = full
        var texts = self.texts(map, names: full, compact: false)
        var tables = layout(map, texts: texts)
        if tables.count > 1 {
            names = short
            texts = self.texts(map, names: short, compact: false)
            tables = layout(map, texts: texts)
        }
        if tables.count > 1 {
            texts = self.texts(map, names: short, compact: true)
            tables = layout(map, texts: texts)
        }
        for (offset, columns) in tables.enumerated() {
            if offset > 0 { out += "\n" }
            out += table(map, texts: texts, columns: columns)
        }
        var notes = ""
        if map.cells.contains(where: { $0.winner == nil }) {
            notes += report.wrap("A / B\(colon) \(strings.undetermined)", indent: 0, hanging: 2)
        }
        if map.cells.contains(where: { !$0.isExact }) {
            notes += report.wrap("~\(colon) \(strings.estimated)", indent: 0, hanging: 2)
        }
        if map.cells.contains(where: { $0.tie }) {
            notes += report.wrap("A = B\(colon) \(strings.tie)", indent: 0, hanging: 2)
        }
        if names == short, short != full {
            let legend = map.formsOnMap.map { "\(short[$0]) = \(full[$0])" }
            notes += report.wrap(legend.joined(separator: ", "), indent: 0, hanging: 2)
        }
        if !notes.isEmpty { out += "\n" + notes }
        out += "\n" + summary(map, report: report)
        out += "\(strings.ruleBase)\(colon) \(rules.name) \(rules.version) (\(rules.fingerprint))\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// The cells' texts, by row then column.
    private func texts(_ map: DecisionMap, names: [String], compact: Bool) -> [[String]] {
        (0..<map.y.classes.count).map { row in
            (0..<map.x.classes.count).map { column in
                DecisionMapStrings.cellText(
                    map.cell(x: column, y: row), names: names, compact: compact)
            }
        }
    }

    /// The columns of each table so that every table fits the width.
    private func layout(_ map: DecisionMap, texts: [[String]]) -> [[Int]] {
        let labelWidth = rowLabelWidth(map)
        var tables: [[Int]] = [[]]
        var used = labelWidth
        for column in 0..<map.x.classes.count {
            let columnWidth = self.columnWidth(map, texts: texts, column: column)
            if !tables[tables.count - 1].isEmpty, used + 2 + columnWidth > width {
                tables.append([])
                used = labelWidth
            }
            tables[tables.count - 1].append(column)
            used += 2 + columnWidth
        }
        return tables
    }

    private func header(_ map: DecisionMap) -> String {
        let rules = map.ruleBase
        return "\(rules.criteria[map.y.criterion].id) \\ \(rules.criteria[map.x.criterion].id)"
    }

    private func rowLabelWidth(_ map: DecisionMap) -> Int {
        (map.y.labels.map { $0.text(language).count } + [header(map).count]).max() ?? 0
    }

    private func columnWidth(_ map: DecisionMap, texts: [[String]], column: Int) -> Int {
        (texts.map { $0[column].count } + [map.x.labels[column].text(language).count]).max() ?? 0
    }

    private func table(_ map: DecisionMap, texts: [[String]], columns: [Int]) -> String {
        let labelWidth = rowLabelWidth(map)
        let widths = columns.map { columnWidth(map, texts: texts, column: $0) }
        func line(_ label: String, _ cells: [String]) -> String {
            var text = label.padded(to: labelWidth)
            for (offset, cell) in cells.enumerated() {
                text += "  " + cell.padded(to: widths[offset])
            }
            return text.trimmingTrailingSpaces + "\n"
        }
        var out = line(header(map), columns.map { map.x.labels[$0].text(language) })
        out +=
            String(repeating: "-", count: labelWidth + widths.reduce(0) { $0 + 2 + $1 }) + "\n"
        for row in 0..<map.y.classes.count {
            out += line(map.y.labels[row].text(language), columns.map { texts[row][$0] })
        }
        return out
    }

    private func summary(_ map: DecisionMap, report: TextReport) -> String {
        guard let shares = map.shares else { return strings.notComputed + "\n" }
        let rules = map.ruleBase
        let size = shares.spaceSize.map { DecisionMapStrings.count($0, language) } ?? "> 2^63"
        guard shares.isEnumerated else {
            return report.wrap(DecisionMapStrings.fill(strings.tooLarge, size), indent: 0)
        }
        var out = report.wrap(
            DecisionMapStrings.fill(strings.wholeSpace, size) + " (\(strings.wholeSpaceNote))"
                + colon, indent: 0, hanging: 2)
        var rows: [(String, Int)] = rules.forms.indices.map {
            (rules.forms[$0].label.text(language), shares.wins[$0])
        }
        rows.append((strings.ties, shares.ties))
        let labelWidth = rows.map { $0.0.count }.max() ?? 0
        let counts = rows.map { DecisionMapStrings.count($0.1, language) }
        let countWidth = counts.map { $0.count }.max() ?? 0
        let percents = rows.map { DecisionMapStrings.percent($0.1, of: shares.counted, language) }
        let percentWidth = percents.map { $0.count }.max() ?? 0
        let barRoom = max(
            0, min(30, width - (2 + labelWidth + 2 + countWidth + 2 + percentWidth + 2)))
        for (offset, row) in rows.enumerated() {
            var line = "  " + row.0.padded(to: labelWidth) + "  "
            line += counts[offset].padded(toLeading: countWidth) + "  "
            line += percents[offset].padded(toLeading: percentWidth)
            if offset < rules.forms.count, shares.counted > 0 {
                let bar = (row.1 * barRoom + shares.counted / 2) / shares.counted
                if bar > 0 { line += "  " + String(repeating: "█", count: bar) }
            }
            out += line + "\n"
        }
        return out
    }
}

extension String {
    /// The string followed by spaces up to `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string preceded by spaces up to `width` characters.
    func padded(toLeading width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// The string without trailing spaces.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
