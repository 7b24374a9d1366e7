import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// `orgadvisor report` as a reader sees it: the page rendered by headless Chromium,
/// checked on the DOM the browser built and on the pixels it drew. Chromium is
/// required on CI (`CI` set: `.ci/run` installs it); elsewhere the test is skipped
/// with a message when no browser is installed.
@Suite("report in a browser")
struct BrowserTests {
    static let browser = HeadlessChromium.find()
    static let onCI = ProcessInfo.processInfo.environment["CI"] != nil

    /// A fresh temporary directory, removed by the caller.
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The browser; on CI without one, a failure (the test is skipped elsewhere).
    private func requireBrowser() throws -> HeadlessChromium {
        try #require(
            Self.browser,
            "chromium is not installed, and CI requires it: install it with 'apt-get install -y chromium' (.ci/run does)"
        )
    }

    @Test(
        "the browser draws the report: DOM and screenshot",
        .enabled(
            if: browser != nil || onCI,
            "chromium is not installed: the browser test is skipped (CI installs it)"))
    func report() throws {
        let browser = try requireBrowser()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("report.html")
        let written = try BinaryRunner.run([
            "report", "--sites", "5", "--volume", "high", "--lang", "en", "--output", page.path,
        ])
        #expect(written.code == 0, "\(written.stderr)")
        let rules = RuleBase.builtIn

        // The DOM the browser built from the page.
        let dump = try browser.run(["--dump-dom", page.absoluteString], in: directory)
        #expect(dump.code == 0, "\(dump.stderr)")
        let dom = String(decoding: dump.stdout, as: UTF8.self)
        #expect(dom.contains("<html lang=\"en\">"))
        // Several sites and many requests tie (Rules/40-rules.orgrules).
        let tie =
            "No recommendation: tie at the top between Call-center and Power-User-Organisation"
        #expect(dom.contains("<title>Support organisation: \(tie)</title>"))
        #expect(dom.contains("<p class=\"recommended status-tie\">\(tie)</p>"))
        for heading in [
            "Profile", "Recommendation", "Ranking", "Explanation",
            "What the criteria not given could change", "What if", "Advice",
        ] {
            #expect(dom.contains("<h2>\(heading)</h2>"), "heading \(heading)")
        }
        let chartStart = try #require(dom.range(of: "<svg class=\"ranking-chart\""))
        let chartEnd = try #require(dom[chartStart.lowerBound...].range(of: "</svg>"))
        let chart = dom[chartStart.lowerBound..<chartEnd.upperBound]
        #expect(chart.components(separatedBy: "<rect ").count - 1 == rules.forms.count)
        for form in rules.forms {
            #expect(chart.contains("data-form=\"\(form.id)\""), "a bar for \(form.id)")
            #expect(chart.contains("fill=\"\(RankingChartSVG.color(ofForm: form.index))\""))
        }
        #expect(!dom.contains("<script"))

        // The pixels it drew.
        let screenshot = directory.appendingPathComponent("report.png")
        let shot = try browser.run(
            ["--screenshot=\(screenshot.path)", "--window-size=1000,1400", page.absoluteString],
            in: directory)
        #expect(shot.code == 0, "\(shot.stderr)")
        let image = try PNGImage(Array(try Data(contentsOf: screenshot)))
        #expect(image.width == 1000 && image.height == 1400)
        let histogram = image.histogram()
        let white = histogram[0xFFFFFF] ?? 0
        let total = image.width * image.height
        // Text, rules and bars: far more than a blank page, far less than a full one.
        #expect(total - white > total / 50, "only \(total - white) pixels are not white")
        #expect(white > total / 3)
        #expect(histogram.count > 50, "only \(histogram.count) colours")
        // Each form's bar, in its colour: at least a 2 × 20 pixel bar.
        for form in rules.forms {
            let hex = RankingChartSVG.color(ofForm: form.index).dropFirst()
            let color = try #require(UInt32(hex, radix: 16))
            #expect(
                histogram[color] ?? 0 >= 40,
                "the bar of \(form.id) (\(hex)) has \(histogram[color] ?? 0) pixels")
        }
    }

    @Test(
        "the browser draws a decision map: each form's cells in its colour",
        .enabled(
            if: browser != nil || onCI,
            "chromium is not installed: the browser test is skipped (CI installs it)"))
    func decisionMap() throws {
        let browser = try requireBrowser()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let picture = directory.appendingPathComponent("map.svg")
        // Every other criterion given: Hotline wins 5 cells, Help-Desk 2, Call-center 1,
        // and Hotline and Help-Desk tie in one (hatched); the golden transcript 'map'
        // shows the same grid as text.
        let written = try BinaryRunner.run([
            "map", "--x", "volume", "--y", "complexity", "--structure", "centralised",
            "--employees", "30", "--resources", "limited", "--customers", "internal",
            "--channels", "phone", "--hours", "office", "--powerusers", "no", "--format", "svg",
            "--output", picture.path,
        ])
        #expect(written.code == 0, "\(written.stderr)")
        let screenshot = directory.appendingPathComponent("map.png")
        let shot = try browser.run(
            ["--screenshot=\(screenshot.path)", "--window-size=700,600", picture.absoluteString],
            in: directory)
        #expect(shot.code == 0, "\(shot.stderr)")
        let image = try PNGImage(Array(try Data(contentsOf: screenshot)))
        let histogram = image.histogram()
        func pixels(_ form: String) throws -> Int {
            let index = try #require(RuleBase.builtIn.form(form)?.index)
            let color = try #require(UInt32(FormPalette.tint(ofForm: index).dropFirst(), radix: 16))
            return histogram[color] ?? 0
        }
        // A cell is 96 × 48 pixels; a legend swatch and a share bar are far smaller.
        let cell = 90 * 40
        #expect(try pixels("hotline") > 5 * cell && pixels("hotline") < 7 * cell)
        #expect(try pixels("help-desk") > 2 * cell && pixels("help-desk") < 3 * cell)
        #expect(try pixels("call-center") > cell && pixels("call-center") < 2 * cell)
        for form in ["customer-care-center", "power-user-organisation"] {
            #expect(try pixels(form) < cell, "\(form) wins no cell")
        }
    }

    @Test(
        "the browser shows rule texts as text, never as markup",
        .enabled(
            if: browser != nil || onCI,
            "chromium is not installed: the browser test is skipped (CI installs it)"))
    func escaping() throws {
        let browser = try requireBrowser()
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rulesFile = directory.appendingPathComponent("hostile.orgrules")
        try #"""
        rulebase "hostile" version "1"
        criterion size: choice
            label "Size <img src=x onerror=alert(1)>"
            value small
            value big
        form a
            label "A <script>document.title='pwned'</script>"
            description "A & <b>bold</b>"
        form b
            label "B"
            description "B"
        rule r
            when size = small
            points a +1, b -1
            because "Because </svg><script>alert(2)</script> & 'more'"
        """#.write(to: rulesFile, atomically: true, encoding: .utf8)
        let page = directory.appendingPathComponent("hostile.html")
        let written = try BinaryRunner.run([
            "report", "--rules", rulesFile.path, "--size", "small", "--lang", "en", "--output",
            page.path,
        ])
        #expect(written.code == 0, "\(written.stderr)")
        let dump = try browser.run(["--dump-dom", page.absoluteString], in: directory)
        let dom = String(decoding: dump.stdout, as: UTF8.self)
        #expect(dom.contains("<title>Support organisation: A &lt;script&gt;"))
        #expect(!dom.contains("<script"), "no script element")
        #expect(!dom.contains("<img"), "no image element")
        #expect(!dom.contains("<b>"))
        #expect(dom.contains("&lt;/svg&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; 'more'"))
        #expect(dom.components(separatedBy: "<rect ").count - 1 == 2, "the chart is whole")
    }
}
