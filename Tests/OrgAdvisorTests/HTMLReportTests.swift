import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The course page: golden HTML and Markdown pages of the default rule base, reviewed
/// like code, and the properties every page must have (self-contained, escaped,
/// well-formed, deterministic, extensible).
@Suite("Course pages")
struct HTMLReportTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let given: [String: String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "readme-example", given: ["sites": "5", "volume": "high"]),
        Case(
            name: "small-office",
            given: [
                "structure": "centralised", "employees": "12", "volume": "low", "complexity": "low",
                "channels": "phone",
            ]),
        Case(name: "empty-profile", given: [:]),
    ]

    private func check(_ text: String, _ path: String) {
        if let mismatch = TestFiles.snapshotMismatch(
            text, at: "Tests/OrgAdvisorTests/Snapshots/" + path)
        {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("HTML and Markdown course pages in French and English", arguments: cases)
    func pages(_ test: Case) throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(test.given))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        let whatIf = rules.whatIf(evaluation.profile)
        for language in Language.allCases {
            let html = HTMLReport(language: language).render(
                evaluation, effects: effects, whatIf: whatIf)
            check(html, "\(test.name).\(language.rawValue).html")
            try Self.checkWellFormed(html)
            let markdown = MarkdownReport(language: language).renderCoursePage(
                evaluation, effects: effects, whatIf: whatIf)
            check(markdown, "\(test.name).course.\(language.rawValue).md")
        }
    }

    @Test("a page needs nothing outside itself", arguments: cases)
    func selfContained(_ test: Case) throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(test.given))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        let whatIf = rules.whatIf(evaluation.profile)
        for language in Language.allCases {
            let page = HTMLReport(language: language).render(
                evaluation, effects: effects, whatIf: whatIf)
            #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n"))
            #expect(page.contains("<meta charset=\"utf-8\"/>"))
            #expect(page.contains("<style>"))
            for forbidden in [
                "http:", "https:", "src=", "url(", "@import", "<script", "<link", "<img",
            ] {
                #expect(!page.contains(forbidden), "\(forbidden) in the page")
            }
            let markdown = MarkdownReport(language: language).renderCoursePage(
                evaluation, effects: effects, whatIf: whatIf)
            #expect(!markdown.contains("http"))
        }
    }

    @Test("the same evaluation gives byte-identical pages")
    func deterministic() throws {
        let rules = RuleBase.builtIn
        let profile = try rules.profile(["employees": "12", "volume": "low"])
        func html() -> String {
            let evaluation = rules.evaluate(profile)
            return HTMLReport(language: .french).render(
                evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
                whatIf: rules.whatIf(profile))
        }
        func markdown() -> String {
            let evaluation = rules.evaluate(profile)
            return MarkdownReport(language: .english).renderCoursePage(
                evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
                whatIf: rules.whatIf(profile))
        }
        let first = html()
        let firstMarkdown = markdown()
        for _ in 0..<5 {
            #expect(html() == first)
            #expect(markdown() == firstMarkdown)
        }
    }

    @Test("the chart has one bar per form, negative scores left of the zero line")
    func chart() throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(["sites": "5", "volume": "high"]))
        let svg = RankingChartSVG(language: .english).render(evaluation)
        let document = try ParsedXML(svg)
        #expect(document.root == "svg")
        #expect(document.attributes(of: "svg").first?["role"] == "img")
        #expect(
            document.attributes(of: "svg").first?["aria-label"]?.contains("Call-center +9") == true
        )
        let bars = document.attributes(of: "rect")
        #expect(bars.count == rules.forms.count)
        let zero = try #require(document.attributes(of: "line").first?["x1"].flatMap { Int($0) })
        for (position, form) in evaluation.ranking.enumerated() {
            let x = try #require(bars[position]["x"].flatMap { Int($0) })
            let width = try #require(bars[position]["width"].flatMap { Int($0) })
            #expect(bars[position]["fill"] == RankingChartSVG.color(ofForm: form))
            if evaluation.scores[form] < .zero {
                #expect(x + width <= zero, "\(rules.forms[form].id) goes left")
            } else {
                #expect(x == zero, "\(rules.forms[form].id) starts at zero")
            }
        }
        // The longest bar is the one with the largest magnitude.
        let widths = bars.compactMap { $0["width"].flatMap { Int($0) } }
        let magnitudes = evaluation.ranking.map { evaluation.scores[$0].micro.magnitude }
        #expect(
            widths.firstIndex(of: widths.max()!) == magnitudes.firstIndex(of: magnitudes.max()!))
        // Texts: every label and score is there as text.
        for form in rules.forms {
            #expect(document.texts.contains { $0.hasSuffix(form.label.english ?? "") })
            #expect(document.texts.contains(evaluation.scores[form.index].signedDescription))
        }
    }

    /// A rule base whose every text is hostile markup.
    static let hostile = #"""
        rulebase "<b>&amp;" version "1<2"
            title "Tom & Jerry's \"rules\" <script>alert(1)</script>"
        criterion size: choice
            label "Size <small> & \"big\""
            value small en "<i>small</i>" fr "petit & 'menu'"
            value big
        criterion team: integer from 1 to 100
            label "Team ]]> & <team>"
        form a
            label "A <svg onload=alert(1)>"
            description "Desc & <desc> \"quoted\" 'single'"
        form b
            label "B & b"
            description "</title></svg><p>"
        derive big-team
            set size = big
            when team >= 50
            because "Many <people> & more"
        rule r1
            when size = small
            points a +2, b -1
            because "Because <a href='x'>click</a> & \"more\""
        rule r2
            when team < 10
            points b +1
            because "Few & far <between>"
        advice x
            title "Advice <h1>"
            text "Text & <em>stuff</em> 'quoted' \"double\""
        """#

    @Test("every text from the rules is escaped, in HTML, SVG and Markdown")
    func escaping() throws {
        let rules = try RuleBase(source: Self.hostile, path: "hostile<&>.orgrules")
        let section = ReportSection(
            id: "map <&>", title: "Map <&> \"x\"", fragment: "<svg role=\"img\"><rect/></svg>",
            caption: "Caption & <c>")
        for given in [["size": "small", "team": "5"], ["team": "60"], [:]] {
            let evaluation = rules.evaluate(try rules.profile(given))
            let effects = rules.unknownCriterionEffects(of: evaluation)
            let whatIf = rules.whatIf(evaluation.profile)
            for language in Language.allCases {
                let page = HTMLReport(language: language, sections: [section]).render(
                    evaluation, effects: effects, whatIf: whatIf)
                try Self.checkWellFormed(page)
                for raw in [
                    "<b>", "<script", "<i>small", "<small>", "<svg onload", "<desc>", "<people>",
                    "<a href='x'>", "<between>", "Advice <h1>", "<em>", "<c>", "<team>",
                    "</title></svg><p>",
                ] {
                    #expect(!page.contains(raw), "unescaped \(raw)")
                }
                #expect(page.contains("Tom &amp; Jerry&#39;s &quot;rules&quot; &lt;script&gt;"))
                #expect(page.contains("<svg role=\"img\"><rect/></svg>"), "the fragment is kept")
                #expect(page.contains("id=\"extra-map----\""))
                #expect(page.contains("<h2>Map &lt;&amp;&gt; &quot;x&quot;</h2>"))
                #expect(page.contains("<figcaption>Caption &amp; &lt;c&gt;</figcaption>"))
                let markdown = MarkdownReport(language: language).renderCoursePage(
                    evaluation, effects: effects, whatIf: whatIf, sections: [section])
                // Outside HTML blocks a `<` is escaped as `\<`; inside them, as `&lt;`.
                let unescaped = markdown.replacing("\\<", with: "")
                for raw in ["<b>", "<script", "<i>small", "<people>", "<a href", "<h1>", "<em>"] {
                    #expect(!unescaped.contains(raw), "unescaped \(raw) in Markdown")
                }
                try Self.checkWellFormed(
                    "<page>" + Self.htmlBlocks(of: markdown).joined() + "</page>")
            }
        }
    }

    @Test("appended sections come after the built-in ones, in order, listed in the contents")
    func appendedSections() throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(["sites": "5"]))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        let whatIf = rules.whatIf(evaluation.profile)
        let first = ReportSection(
            id: "decision-map", title: "Decision map", fragment: "<svg role=\"img\"></svg>",
            caption: "sites × volume")
        let second = ReportSection(id: "notes", title: "Notes", fragment: "<p>n</p>")
        let page = HTMLReport(language: .english).appending(first).appending(second).render(
            evaluation, effects: effects, whatIf: whatIf)
        let order = ["#profile", "#advice", "#extra-decision-map", "#extra-notes"]
        let positions = order.map { page.range(of: "href=\"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        let advice = try #require(page.range(of: "<section id=\"advice\">"))
        let map = try #require(page.range(of: "<section id=\"extra-decision-map\">"))
        let notes = try #require(page.range(of: "<section id=\"extra-notes\">"))
        #expect(advice.lowerBound < map.lowerBound && map.lowerBound < notes.lowerBound)
        #expect(!page.contains("<figcaption></figcaption>"))
        try Self.checkWellFormed(page)
        let markdown = MarkdownReport(language: .english).renderCoursePage(
            evaluation, effects: effects, whatIf: whatIf, sections: [first, second])
        #expect(markdown.contains("### Decision map\n\n<figure>\n<svg role=\"img\"></svg>\n"))
    }

    @Test("a standalone SVG document is inlined without its XML declaration")
    func standaloneSVG() throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(["sites": "5"]))
        let svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" role="img"><title>Map</title></svg>

            """
        let section = ReportSection(id: "map", title: "Map", fragment: svg)
        let effects = rules.unknownCriterionEffects(of: evaluation)
        let whatIf = rules.whatIf(evaluation.profile)
        let page = HTMLReport(language: .english, sections: [section]).render(
            evaluation, effects: effects, whatIf: whatIf)
        #expect(!page.contains("<?xml"))
        #expect(page.contains("<figure>\n<svg xmlns="))
        try Self.checkWellFormed(page)
        let markdown = MarkdownReport(language: .english).renderCoursePage(
            evaluation, effects: effects, whatIf: whatIf, sections: [section])
        #expect(!markdown.contains("<?xml"))
        #expect(markdown.contains("### Map\n\n<figure>\n<svg xmlns="))
    }

    @Test("the Markdown report without a course page is unchanged by it")
    func plainMarkdownUnchanged() throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(["sites": "5", "volume": "high"]))
        let plain = MarkdownReport(language: .french).render(
            evaluation, effects: rules.unknownCriterionEffects(of: evaluation))
        #expect(!plain.contains("<svg"))
        #expect(!plain.contains("### Et si"))
        let page = MarkdownReport(language: .french).renderCoursePage(
            evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
            whatIf: rules.whatIf(evaluation.profile))
        #expect(page.contains("<svg"))
        #expect(page.contains("### Et si"))
    }

    // MARK: Helpers

    /// The HTML blocks of a Markdown text: from a line starting with `<` up to a blank line.
    static func htmlBlocks(of markdown: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix("<figure>") { current = [] }
            if current != nil {
                if line.isEmpty {
                    blocks.append(current!.joined(separator: "\n"))
                    current = nil
                } else {
                    current!.append(line)
                }
            }
        }
        return blocks
    }

    /// Fails unless `text` parses as XML.
    static func checkWellFormed(
        _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        _ = try ParsedXML(text, sourceLocation: sourceLocation)
    }
}
