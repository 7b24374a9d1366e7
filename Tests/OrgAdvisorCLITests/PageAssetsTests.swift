import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// `orgadvisor page --assets` and the example course page that embeds the scorer.
@Suite("embedded scorer in a browser")
struct PageAssetsTests {
    let base = PageTests()

    /// The command line's winner and status for a profile.
    private func native(_ profile: String) throws -> (winner: String, status: String) {
        let run = try BinaryRunner.run(["--profile", "-", "--format", "json"], stdin: profile)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (object?["winner"] as? String ?? "", object?["status"] as? String ?? "")
    }

    @Test(
        "the example course page: result cards and score() through orgadvisor.js",
        .enabled(if: PageTests.runs, Comment(rawValue: PageTests.skipped)))
    func coursePage() throws {
        let (browser, directory) = try base.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let assets = directory.appendingPathComponent("assets")
        let written = try BinaryRunner.run(["page", "--assets", assets.path])
        #expect(written.code == 0, "\(written.stderr)")
        for name in ["orgadvisor.js", "orgadvisor.wasm", "rules.orgarchive"] {
            #expect(
                FileManager.default.fileExists(atPath: assets.appendingPathComponent(name).path))
        }
        let page = directory.appendingPathComponent("index.html")
        try FileManager.default.copyItem(
            at: TestFiles.url("Examples/course-page/index.html"), to: page)
        let session = try ChromiumSession(
            browser: browser, directory: directory,
            arguments: ["--allow-file-access-from-files"] + PageTests.offline)
        try session.navigate(page.absoluteString)
        _ = try session.evaluate("OrgAdvisor.cards")
        let cards = try session.string(
            "JSON.stringify([...document.querySelectorAll('[data-orgadvisor]')].map((node) => {"
                + " const card = node.querySelector('.orgadvisor-card');"
                + " return [node.dataset.profile, card.dataset.winner, card.dataset.status,"
                + " card.lang, card.querySelectorAll('li').length]; }))")
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(cards.utf8)) as? [[Any]])
        #expect(rows.count == 3)
        for row in rows {
            let expected = try native(row[0] as? String ?? "")
            #expect(row[1] as? String == expected.winner && row[2] as? String == expected.status)
            #expect(row[4] as? Int == RuleBase.builtIn.forms.count)
        }
        #expect(rows.map { $0[3] as? String } == ["en", "en", "fr"])
        _ = try session.evaluate(
            "new Promise((done) => { const check = () => document.documentElement.dataset.exercise"
                + " ? done() : setTimeout(check, 20); check(); })")
        let winners = try session.string(
            "JSON.stringify([...document.querySelectorAll('#sites-table tbody tr')]"
                + ".map((row) => row.dataset.winner))")
        var expected: [String] = []
        for sites in [1, 2, 3, 5, 10] {
            expected.append(
                try native(
                    #"{"sites": \#(sites), "volume": "high", "complexity": "medium", "customers": "internal"}"#
                ).winner)
        }
        #expect(
            winners
                == String(
                    decoding: try JSONSerialization.data(withJSONObject: expected), as: UTF8.self))
    }
}
