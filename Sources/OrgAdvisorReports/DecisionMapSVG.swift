import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a decision map as an SVG picture for course pages: a labelled grid with one
/// colour per form and the form's short name written in each cell (readable in
/// greyscale), hatched cells listing the possible winners where the criteria not given
/// decide, a legend and the whole-space shares.
///
/// The picture is self-contained (no external fonts, style sheets or scripts; no
/// `<style>` element, so that inlining it never restyles a page) and deterministic.
/// ``render(_:)`` gives an `<svg>` element to inline in HTML; ``document(_:)`` adds the
/// XML declaration for a standalone `.svg` file.
public struct DecisionMapSVG: Sendable {
    /// The language of titles and labels.
    public var language: Language

    /// Creates a renderer.
    public init(language: Language) {
        self.language = language
    }

    /// The fill colour of each form, by form index: a light tint of its colour in every
    /// picture (``FormPalette``), so that black text stays legible.
    public static func colors(count: Int) -> [String] {
        (0..<count).map(FormPalette.tint(ofForm:))
    }

    fileprivate var strings: DecisionMapStrings { .of(language) }
    fileprivate var colon: String { language.colon }

    /// A standalone SVG file: the XML declaration, then ``render(_:)``.
    public func document(_ map: DecisionMap) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + render(map)
    }

    // Layout, in pixels.
    private let margin = 24
    private let cellHeight = 48
    private let titleSize = 17
    private let labelSize = 13
    private let cellSize = 13
    private let smallSize = 12

    /// The approximate width of a text in a sans-serif font.
    private func textWidth(_ text: String, size: Int, bold: Bool = false) -> Int {
        text.count * size * (bold ? 60 : 54) / 100
    }

    /// The `<svg>` element, ending with a newline, with no XML declaration: inline it
    /// in HTML as it is.
    public func render(_ map: DecisionMap) -> String {
        let layout = Layout(map, self)
        var body = ""
        var y = drawHeading(layout, into: &body)
        y = drawColumnLabels(layout, y: y, into: &body)
        let gridTop = y
        drawCells(layout, top: gridTop, into: &body)
        drawGridLines(layout, top: gridTop, into: &body)
        let bottom = drawRowLabels(layout, top: gridTop, into: &body)
        y = drawMarkNotes(layout, y: bottom + 26, into: &body)
        y = drawLegend(layout, y: y + 10, into: &body)
        body += text(
            "\(strings.ruleBase)\(colon) \(map.ruleBase.name) \(map.ruleBase.version) (\(map.ruleBase.fingerprint))",
            x: margin, y: y + 26, size: 11, fill: "#666666")
        return svgElement(layout, height: y + 26 + margin - 8, body: body)
    }

    /// What the parts of the picture share: names, colours and sizes.
    private struct Layout {
        let map: DecisionMap
        let colors: [String]
        let short: [String]
        let full: [String]
        let id: String
        let columns: Int
        let rows: Int
        /// The text of each cell, row by row.
        let texts: [String]
        let cellWidth: Int
        let gridLeft: Int
        let gridWidth: Int
        let gridHeight: Int
        let width: Int
        let title: String
        /// The y axis title, turned a quarter, in as many lines as the grid's height needs.
        let yTitleLines: [String]

        init(_ map: DecisionMap, _ svg: DecisionMapSVG) {
            let language = svg.language
            let rules = map.ruleBase
            self.map = map
            colors = DecisionMapSVG.colors(count: rules.forms.count)
            short = map.shortNames(language)
            full = rules.forms.map { $0.label.text(language) }
            let xCriterion = rules.criteria[map.x.criterion]
            let yCriterion = rules.criteria[map.y.criterion]
            id = "orgadvisor-map-" + DecisionMapSVG.identifier(xCriterion.id + "-" + yCriterion.id)
            columns = map.x.classes.count
            rows = map.y.classes.count
            let short = short
            texts = map.cells.map { DecisionMapStrings.cellText($0, names: short) }
            let longestCell =
                texts.map { svg.textWidth($0, size: svg.cellSize, bold: true) }.max() ?? 0
            let longestColumnLabel =
                map.x.labels.map { svg.textWidth($0.text(language), size: svg.labelSize) }.max()
                ?? 0
            cellWidth = max(96, longestCell + 20, longestColumnLabel + 12)
            let rowLabelWidth =
                (map.y.labels.map { svg.textWidth($0.text(language), size: svg.labelSize) }.max()
                    ?? 0) + 14
            gridHeight = rows * svg.cellHeight
            let yTitle = "\(yCriterion.label.text(language)) (\(yCriterion.id))"
            yTitleLines = svg.wrap(
                yTitle, room: max(gridHeight + 32, 80), size: svg.labelSize, bold: true)
            let axisTitleWidth = yTitleLines.count * (svg.labelSize + 4) + 10
            gridLeft = svg.margin + axisTitleWidth + rowLabelWidth
            gridWidth = columns * cellWidth
            width = max(gridLeft + gridWidth + svg.margin, 640)
            title =
                "\(svg.strings.title)\(svg.colon) \(yCriterion.label.text(language)) × \(xCriterion.label.text(language))"
        }

        /// The room for a line of text across the picture.
        func textRoom(_ svg: DecisionMapSVG) -> Int { width - 2 * svg.margin }
    }

    /// The title and the fixed criteria, wrapped; returns the last line's baseline.
    private func drawHeading(_ layout: Layout, into body: inout String) -> Int {
        let given = DecisionMapStrings.givenList(layout.map, language)
        let notGiven = DecisionMapStrings.notGivenList(layout.map, language)
        // Items are kept whole: `criterion = value` never breaks.
        let keep = { (item: String) in item.replacingEvery(" ", with: "\u{A0}") }
        let room = layout.textRoom(self)
        var infoLines = wrap(
            "\(strings.given)\(colon) "
                + (given.isEmpty ? strings.none : given.map(keep).joined(separator: ", ")),
            room: room, size: smallSize)
        infoLines += wrap(
            "\(strings.notGiven)\(colon) "
                + (notGiven.isEmpty ? strings.none : notGiven.map(keep).joined(separator: ", ")),
            room: room, size: smallSize)
        var y = margin + titleSize
        body += text(layout.title, x: margin, y: y, size: titleSize, weight: "bold")
        for line in infoLines {
            y += smallSize + 6
            body += text(line, x: margin, y: y, size: smallSize, fill: "#333333")
        }
        return y
    }

    /// The x axis title and the column labels; returns the grid's top.
    private func drawColumnLabels(_ layout: Layout, y: Int, into body: inout String) -> Int {
        let criterion = layout.map.ruleBase.criteria[layout.map.x.criterion]
        var y = y + 28
        body += text(
            "\(criterion.label.text(language)) (\(criterion.id))",
            x: layout.gridLeft + layout.gridWidth / 2, y: y, size: labelSize, weight: "bold",
            anchor: "middle")
        y += labelSize + 10
        for column in 0..<layout.columns {
            body += text(
                layout.map.x.labels[column].text(language),
                x: layout.gridLeft + column * layout.cellWidth + layout.cellWidth / 2,
                y: y, size: labelSize, anchor: "middle")
        }
        return y + 8
    }

    /// The cells: the winner's colour, or hatched with a chip of each possible winner's
    /// colour.
    private func drawCells(_ layout: Layout, top gridTop: Int, into body: inout String) {
        let width = layout.cellWidth
        for cell in layout.map.cells {
            let left = layout.gridLeft + cell.x * width
            let top = gridTop + cell.y * cellHeight
            let label = layout.texts[cell.y * layout.columns + cell.x]
            let centre = left + width / 2
            if let winner = cell.winner {
                body += rect(
                    x: left, y: top, width: width, height: cellHeight, fill: layout.colors[winner])
                body += text(
                    label, x: centre, y: top + cellHeight / 2 + cellSize / 2 - 1, size: cellSize,
                    weight: "bold", anchor: "middle")
                continue
            }
            body += rect(x: left, y: top, width: width, height: cellHeight, fill: "#ffffff")
            body += rect(
                x: left, y: top, width: width, height: cellHeight, fill: "url(#\(layout.id)-hatch)")
            body += text(
                label, x: centre, y: top + cellHeight / 2 - 1, size: cellSize, weight: "bold",
                anchor: "middle")
            let chip = 10
            let gap = 4
            let count = cell.possibleWinners.count
            var chipLeft = centre - (count * chip + (count - 1) * gap) / 2
            for form in cell.possibleWinners {
                body += rect(
                    x: chipLeft, y: top + cellHeight / 2 + 6, width: chip, height: chip,
                    fill: layout.colors[form], stroke: "#555555")
                chipLeft += chip + gap
            }
        }
    }

    /// Grid lines over the cells, and the frame.
    private func drawGridLines(_ layout: Layout, top gridTop: Int, into body: inout String) {
        for column in 1..<max(1, layout.columns) {
            let x = layout.gridLeft + column * layout.cellWidth
            body += line(x1: x, y1: gridTop, x2: x, y2: gridTop + layout.gridHeight)
        }
        for row in 1..<max(1, layout.rows) {
            let y = gridTop + row * cellHeight
            body += line(x1: layout.gridLeft, y1: y, x2: layout.gridLeft + layout.gridWidth, y2: y)
        }
        body +=
            "  <rect x=\"\(layout.gridLeft)\" y=\"\(gridTop)\" width=\"\(layout.gridWidth)\" height=\"\(layout.gridHeight)\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n"
    }

    /// Row labels and the y axis title, turned a quarter; returns the bottom of the grid
    /// or of the title, when the title is longer than the grid is tall.
    private func drawRowLabels(_ layout: Layout, top gridTop: Int, into body: inout String) -> Int {
        for row in 0..<layout.rows {
            body += text(
                layout.map.y.labels[row].text(language), x: layout.gridLeft - 8,
                y: gridTop + row * cellHeight + cellHeight / 2 + labelSize / 2 - 1, size: labelSize,
                anchor: "end")
        }
        let yTitleY = gridTop + layout.gridHeight / 2
        for (offset, line) in layout.yTitleLines.enumerated() {
            let yTitleX = margin + labelSize + offset * (labelSize + 4)
            body +=
                "  <text x=\"\(yTitleX)\" y=\"\(yTitleY)\" font-size=\"\(labelSize)\" font-weight=\"bold\" text-anchor=\"middle\" transform=\"rotate(-90 \(yTitleX) \(yTitleY))\">\(DecisionMapSVG.escape(line))</text>\n"
        }
        let longestLine =
            layout.yTitleLines.map { textWidth($0, size: labelSize, bold: true) }.max() ?? 0
        return gridTop + max(layout.gridHeight, (layout.gridHeight + longestLine) / 2)
    }

    /// Notes on the marks used (undetermined, estimated, tie); returns the next baseline.
    private func drawMarkNotes(_ layout: Layout, y: Int, into body: inout String) -> Int {
        let cells = layout.map.cells
        var y = y
        if cells.contains(where: { $0.winner == nil }) {
            body += rect(
                x: margin, y: y - 11, width: 14, height: 14, fill: "#ffffff", stroke: "#555555")
            body += rect(
                x: margin, y: y - 11, width: 14, height: 14, fill: "url(#\(layout.id)-hatch)")
            body += text(
                "A / B\(colon) \(strings.undetermined)", x: margin + 22, y: y, size: smallSize)
            y += smallSize + 10
        }
        if cells.contains(where: { !$0.isExact }) {
            body += text("~\(colon) \(strings.estimated)", x: margin + 22, y: y, size: smallSize)
            y += smallSize + 10
        }
        if cells.contains(where: { $0.tie }) {
            body += text("A = B\(colon) \(strings.tie)", x: margin + 22, y: y, size: smallSize)
            y += smallSize + 10
        }
        return y
    }

    /// The legend, with the whole-space shares as bars when they were counted; returns
    /// the last line's baseline.
    private func drawLegend(_ layout: Layout, y: Int, into body: inout String) -> Int {
        var y = y
        let shares = layout.map.shares
        let size = shares?.spaceSize.map { DecisionMapStrings.count($0, language) } ?? "> 2^63"
        var summaryTitle = strings.forms
        if let shares {
            summaryTitle = DecisionMapStrings.fill(
                shares.isEnumerated ? strings.wholeSpace : strings.tooLarge, size)
        }
        body += text(summaryTitle, x: margin, y: y, size: labelSize, weight: "bold")
        if let shares, shares.isEnumerated {
            for line in wrap(
                "(\(strings.wholeSpaceNote))", room: layout.textRoom(self), size: smallSize)
            {
                y += smallSize + 5
                body += text(line, x: margin, y: y, size: smallSize, fill: "#333333")
            }
        }
        y += 10
        let shortWidth =
            (layout.short.map { textWidth($0, size: smallSize, bold: true) }.max() ?? 0) + 16
        let nameWidth =
            ((layout.full + [strings.ties]).map { textWidth($0, size: smallSize) }.max() ?? 0) + 14
        let barLeft = margin + 22 + shortWidth + nameWidth
        let barRoom = max(120, min(260, layout.width - margin - barLeft - 150))
        let counted = shares.flatMap { $0.isEnumerated ? $0 : nil }
        for form in layout.map.ruleBase.forms.indices {
            y += 22
            body += rect(
                x: margin, y: y - 12, width: 16, height: 16, fill: layout.colors[form],
                stroke: "#555555")
            body += text(layout.short[form], x: margin + 22, y: y, size: smallSize, weight: "bold")
            body += text(layout.full[form], x: margin + 22 + shortWidth, y: y, size: smallSize)
            if let counted {
                let length =
                    counted.counted == 0
                    ? 0 : (counted.wins[form] * barRoom + counted.counted / 2) / counted.counted
                body += rect(
                    x: barLeft, y: y - 11, width: length, height: 14, fill: layout.colors[form])
                body += text(
                    DecisionMapStrings.percent(counted.wins[form], of: counted.counted, language)
                        + "  (\(DecisionMapStrings.count(counted.wins[form], language)))",
                    x: barLeft + length + 6, y: y, size: smallSize)
            }
        }
        if let counted {
            y += 22
            body += text(
                strings.ties, x: margin + 22 + shortWidth, y: y, size: smallSize, fill: "#333333")
            body += text(
                DecisionMapStrings.percent(counted.ties, of: counted.counted, language)
                    + "  (\(DecisionMapStrings.count(counted.ties, language)))",
                x: barLeft + 6, y: y, size: smallSize, fill: "#333333")
        }
        return y
    }

    /// The `<svg>` element around the body: title, hatch pattern, white background.
    private func svgElement(_ layout: Layout, height: Int, body: String) -> String {
        let width = layout.width
        let id = layout.id
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title\" font-family=\"Helvetica, Arial, sans-serif\" fill=\"#111111\">\n"
        out += "  <title id=\"\(id)-title\">\(DecisionMapSVG.escape(layout.title))</title>\n"
        out += "  <defs>\n"
        out +=
            "    <pattern id=\"\(id)-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\n"
        out +=
            "      <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b8b8b8\" stroke-width=\"3\"/>\n"
        out += "    </pattern>\n"
        out += "  </defs>\n"
        out += "  <rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        out += body
        out += "</svg>\n"
        return out
    }

    // MARK: Elements

    private func text(
        _ content: String, x: Int, y: Int, size: Int, weight: String? = nil,
        anchor: String? = nil, fill: String? = nil
    ) -> String {
        var out = "  <text x=\"\(x)\" y=\"\(y)\" font-size=\"\(size)\""
        if let weight { out += " font-weight=\"\(weight)\"" }
        if let anchor { out += " text-anchor=\"\(anchor)\"" }
        if let fill { out += " fill=\"\(fill)\"" }
        return out + ">\(DecisionMapSVG.escape(content))</text>\n"
    }

    private func rect(
        x: Int, y: Int, width: Int, height: Int, fill: String, stroke: String? = nil
    ) -> String {
        var out =
            "  <rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill)\""
        if let stroke { out += " stroke=\"\(stroke)\"" }
        return out + "/>\n"
    }

    private func line(x1: Int, y1: Int, x2: Int, y2: Int) -> String {
        "  <line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\" stroke=\"#ffffff\" stroke-width=\"2\"/>\n"
    }

    /// Splits a text into lines of at most `room` pixels (estimated), at spaces.
    private func wrap(_ text: String, room: Int, size: Int, bold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if !current.isEmpty, textWidth(candidate, size: size, bold: bold) > room {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Text with the XML special characters escaped.
    static func escape(_ text: String) -> String { HTMLText.escape(text) }

    /// Letters, digits and `-` only, for element ids.
    static func identifier(_ text: String) -> String {
        String(
            text.lowercased().map { character in
                character.isASCII && (character.isLetter || character.isNumber) ? character : "-"
            })
    }
}
