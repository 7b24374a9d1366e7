import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders the ranking of an evaluation as an inline SVG chart of horizontal bars, one
/// per form in ranking order, from a zero line (negative scores go left), with the
/// labels and scores as text and an accessible name.
///
/// The SVG is meant to be inline in an HTML5 page (or a Markdown page rendered to
/// HTML): it has no `xmlns` attribute, no script, no link and no external font, and
/// every text in it is escaped. Each form keeps one colour (by declaration order), so
/// charts of different profiles can be compared at a glance.
public struct RankingChartSVG: Sendable {
    /// The language of labels and of the accessible name.
    public var language: Language
    /// The width of the chart, in pixels (at least 360).
    public var width: Int

    /// Creates a renderer.
    public init(language: Language, width: Int = 640) {
        self.language = language
        self.width = max(360, width)
    }

    /// The colour of a form's bar, by declaration index (``FormPalette``), as `#rrggbb`.
    public static func color(ofForm index: Int) -> String {
        FormPalette.color(ofForm: index)
    }

    private static let rowHeight = 32
    private static let barHeight = 20
    private static let padding = 8
    private static let valueRoom = 48

    /// The chart: one `<svg>` element, without a trailing newline.
    public func render(_ evaluation: Evaluation) -> String {
        let rules = evaluation.ruleBase
        let e = HTMLText.escape
        let labels = evaluation.ranking.enumerated().map { position, form in
            "\(position + 1). " + rules.forms[form].label.text(language)
        }
        let labelWidth = min(width / 2, 16 + 8 * (labels.map { $0.count }.max() ?? 0))
        let scores = evaluation.ranking.map { evaluation.scores[$0].doubleValue }
        let low = min(0, scores.min() ?? 0)
        var high = max(0, scores.max() ?? 0)
        if high == low { high = low + 1 }
        let left = labelWidth + (low < 0 ? Self.valueRoom : Self.padding)
        let right = width - Self.valueRoom
        let scale = Double(right - left) / (high - low)
        let zero = left + Int((-low * scale).rounded())
        let height = Self.padding * 2 + Self.rowHeight * evaluation.ranking.count
        let colon = language.colon
        let name =
            CoursePageStrings.of(language).chartLabel + colon + " "
            + evaluation.ranking.map {
                "\(rules.forms[$0].label.text(language)) \(evaluation.scores[$0].signedDescription)"
            }.joined(separator: ", ")
        var out = "<svg class=\"ranking-chart\" role=\"img\" aria-label=\"\(e(name))\""
        out += " viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
        out += " font-family=\"system-ui, sans-serif\" font-size=\"14\">\n"
        out += "<title>\(e(name))</title>\n"
        for (position, form) in evaluation.ranking.enumerated() {
            let score = evaluation.scores[form]
            let top = Self.padding + position * Self.rowHeight
            let barTop = top + (Self.rowHeight - Self.barHeight) / 2
            let textY = top + Self.rowHeight / 2 + 5
            let end = zero + Int((score.doubleValue * scale).rounded())
            // A zero score still gets a thin mark at the zero line, so every form shows.
            let x = score.micro < 0 ? min(end, zero - 2) : zero
            let barWidth = max(2, abs(end - zero))
            let weight = position == 0 ? " font-weight=\"bold\"" : ""
            let formID = e(rules.forms[form].id)
            out += "<g class=\"bar\" data-form=\"\(formID)\">"
            out += "<title>\(e(rules.forms[form].label.text(language)))\(colon) "
            out += "\(score.signedDescription)</title>\n"
            out +=
                "  <text x=\"\(Self.padding)\" y=\"\(textY)\"\(weight)>\(e(labels[position]))</text>\n"
            out +=
                "  <rect x=\"\(x)\" y=\"\(barTop)\" width=\"\(barWidth)\" height=\"\(Self.barHeight)\""
            out += " fill=\"\(Self.color(ofForm: form))\" shape-rendering=\"crispEdges\"/>\n"
            let valueX = score.micro < 0 ? x - 6 : x + barWidth + 6
            let anchor = score.micro < 0 ? "end" : "start"
            out += "  <text x=\"\(valueX)\" y=\"\(textY)\" text-anchor=\"\(anchor)\"\(weight)>"
            out += "\(score.signedDescription)</text>\n"
            out += "</g>\n"
        }
        out += "<line x1=\"\(zero)\" y1=\"\(Self.padding / 2)\" x2=\"\(zero)\""
        out += " y2=\"\(height - Self.padding / 2)\" stroke=\"#555555\" stroke-width=\"1\""
        out += " shape-rendering=\"crispEdges\"/>\n"
        out += "</svg>"
        return out
    }
}
