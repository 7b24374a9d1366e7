import Foundation
import TestSupport
import Testing

/// `report --fragment` pasted into a host page with aggressive element rules of its own,
/// as a learning platform's theme has: in headless Chromium, the fragment's ranking is
/// drawn in the fragment's colours, and the host's own elements keep the host's style.
/// Skipped with a message when no browser is installed (CI requires one).
@Suite("report fragment in a host page")
struct FragmentBrowserTests {
    /// The host page: its rules would hide tables and turn all text red.
    static let host = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"/><title>Host</title>
        <style>
        body { color: rgb(0, 128, 0); font-family: serif; }
        div, p, h2, td, th, li { color: rgb(255, 0, 0); }
        p { font-size: 30px; }
        table { display: none; }
        </style></head><body>
        <p id="host-before">before</p>
        <table id="host-table"><tr><td>host cell</td></tr></table>
        FRAGMENT
        <h2 id="host-after">after</h2>
        </body></html>

        """

    @Test(
        "the fragment's ranking is visible in its own colours; the host keeps its style",
        .enabled(
            if: BrowserTests.browser != nil || BrowserTests.onCI,
            "chromium is not installed: the browser test is skipped (CI installs it)"))
    func hosted() throws {
        let browser = try #require(BrowserTests.browser, "chromium is not installed")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-fragment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try BinaryRunner.run([
            "report", "--structure", "centralised", "--employees", "12", "--volume", "low",
            "--complexity", "low", "--channels", "phone", "--fragment",
        ])
        #expect(run.code == 0, "\(run.stderr)")
        let page = directory.appendingPathComponent("host.html")
        try Self.host.replacing("FRAGMENT", with: run.stdout).write(
            to: page, atomically: true, encoding: .utf8)
        let session = try ChromiumSession(browser: browser, directory: directory)
        try session.navigate(page.absoluteString)
        func style(_ selector: String, _ property: String) throws -> String {
            try session.string(
                "getComputedStyle(document.querySelector('\(selector)')).getPropertyValue('\(property)')"
            )
        }
        let ink = "rgb(29, 35, 42)"
        // The fragment: its tables shown, its texts in its ink, not the host's red.
        #expect(try style(".orgadvisor-report table.ranking", "display") == "table")
        #expect(try style(".orgadvisor-report table.ranking td", "display") == "table-cell")
        let height = try session.evaluate(
            "document.querySelector('.orgadvisor-report table.ranking').offsetHeight")
        #expect((height as? Int ?? 0) > 100, "ranking table height \(String(describing: height))")
        #expect(try style(".orgadvisor-report", "color") == ink)
        #expect(try style("#orgadvisor-ranking h2", "color") == ink)
        #expect(try style(".orgadvisor-report table.ranking td", "color") == ink)
        #expect(try style(".orgadvisor-report .recommended", "color") == ink)
        #expect(try style(".orgadvisor-report .rule-head", "font-size") == "16px")
        #expect(try style(".orgadvisor-report .recommended .winner", "color") == "rgb(11, 83, 148)")
        // The host: its own rules, none of the fragment's.
        #expect(try style("#host-before", "color") == "rgb(255, 0, 0)")
        #expect(try style("#host-before", "font-size") == "30px")
        #expect(try style("#host-before", "box-sizing") == "content-box")
        #expect(try style("#host-table", "display") == "none")
        #expect(try style("#host-after", "color") == "rgb(255, 0, 0)")
        #expect(try style("#host-after", "border-bottom-style") == "none")
        #expect(try style("body", "margin-top") == "8px")
        #expect(try style("body", "font-family") == "serif")
    }
}
