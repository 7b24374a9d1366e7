import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// `orgadvisor page` in headless Chromium: the page loads from a file with the network
/// blocked, its JavaScript API gives exactly the command line's results, its controls
/// and URL fragment drive the result, in French and in English. The page needs the
/// WebAssembly module that `WebAssembly/build.sh` builds: without it (or without
/// Chromium) the tests are skipped, unless `CI` is set, where they fail.
@Suite("page in a browser")
struct PageTests {
    static let module = TestFiles.url(".build/wasm/orgadvisor-page.wasm")
    static let hasModule = FileManager.default.fileExists(atPath: module.path)
    static let onCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let runs = (BrowserTests.browser != nil && hasModule) || onCI
    static let skipped =
        "the page tests need chromium and the WebAssembly module: build it with 'WebAssembly/build.sh' (CI does)"

    /// The browser and a fresh directory; on CI without a browser or module, a failure.
    func setUp() throws -> (HeadlessChromium, URL) {
        let browser = try #require(
            BrowserTests.browser,
            "chromium is not installed, and CI requires it: install it with 'apt-get install -y chromium'"
        )
        try #require(
            Self.hasModule,
            "no WebAssembly module at '\(Self.module.path)', and CI requires it: run 'WebAssembly/build.sh' before the tests"
        )
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (browser, directory)
    }

    /// Writes the page for `language` into `directory`.
    func page(_ language: String, in directory: URL, _ extra: [String] = []) throws -> URL {
        let url = directory.appendingPathComponent("page-\(language).html")
        let written = try BinaryRunner.run(
            ["page", "--lang", language, "--output", url.path] + extra)
        #expect(written.code == 0, "\(written.stderr)")
        return url
    }

    /// A session on `url`, its scorer ready.
    func open(
        _ url: String, _ browser: HeadlessChromium, _ directory: URL, arguments: [String] = [],
        network: Bool = false
    ) throws -> ChromiumSession {
        let session = try ChromiumSession(
            browser: browser, directory: directory, arguments: arguments)
        if network { try session.send("Network.enable") }
        try session.navigate(url)
        _ = try session.evaluate("window.orgadvisor.ready")
        return session
    }

    /// The network blocked: no name resolves and every connection goes to a closed port.
    static let offline = [
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
        "--proxy-bypass-list=<-loopback>",
    ]

    @Test(
        "500 profiles scored through the page's API give exactly batch's results",
        .enabled(if: runs, Comment(rawValue: skipped)))
    func scoresLikeBatch() throws {
        let (browser, directory) = try setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let profiles = PageTestProfiles.generate(count: 500, rules: RuleBase.builtIn)
        let lines = profiles.map { PageTestProfiles.json($0) }
        let input = directory.appendingPathComponent("profiles.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(
            to: input, atomically: true, encoding: .utf8)
        let batch = try BinaryRunner.run(["batch", input.path, "--format", "jsonl"])
        #expect(batch.code == 0, "\(batch.stderr)")
        let expected = try batch.stdout.split(separator: "\n").map { line in
            try PageTestProfiles.summary(ofBatchLine: String(line))
        }
        let session = try open(
            try page("en", in: directory).absoluteString, browser, directory,
            arguments: Self.offline)
        let array = "[" + lines.joined(separator: ",") + "]"
        let text = try session.string(Self.scoreTwice(array))
        let result = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let scored = try #require(result["first"] as? [[String: Any]])
        #expect(scored.count == profiles.count + 40)
        var differences = 0
        for (index, line) in expected.enumerated() where index < scored.count {
            var got = scored[index]
            let next = got.removeValue(forKey: "nextQuestion")
            if PageTestProfiles.canonical(got) != PageTestProfiles.canonical(line) {
                differences += 1
                if differences <= 3 {
                    Issue.record("profile \(index + 1) \(lines[index]): page \(got), batch \(line)")
                }
            }
            // The next question on its own equals the evaluation's (nothing excluded).
            if index < 40 {
                let alone = scored[profiles.count + index]["next"]
                #expect(
                    "\(alone ?? "nil")" == "\(next ?? "nil")", "next question of \(lines[index])")
            }
        }
        #expect(differences == 0, "\(differences) of \(profiles.count) profiles differ")
        let statuses = Set(expected.compactMap { $0["status"] as? String })
        #expect(statuses == ["decided", "provisional", "tie", "nothing-given"], "\(statuses)")
        #expect(result["same"] as? Bool == true, "the second pass gave other results")
        let after = try #require(result["after"] as? [String: Any])
        let again = try #require(result["again"] as? [String: Any])
        // Nothing left behind, and no more memory taken (a page's worth of splitting).
        #expect(
            after["live"] as? Int == again["live"] as? Int,
            "memory left behind by the same calls again: \(after) then \(again)")
        #expect(
            (again["heap"] as? Int ?? .max) <= (after["heap"] as? Int ?? 0) + 65536
                && after["memory"] as? Int == again["memory"] as? Int,
            "the module's memory grew over the same calls again: \(after) then \(again)")
    }

    /// A script that scores `array` (a JSON array of profiles) through the API, then
    /// asks 40 of them for the report, the what-if and the next question, twice: the
    /// first pass's results, whether the second gave the same, and the module's memory
    /// after each (the second time, the same calls must not take more).
    static func scoreTwice(_ array: String) -> String {
        """
        (async () => {
          const profiles = \(array);
          const pass = async () => {
            const out = [];
            for (const p of profiles) {
              const r = await orgadvisor.score(p);
              out.push({ status: r.status, recommended: r.recommended, winner: r.winner,
                tie: r.tie, ranking: r.ranking.map((x) => x.form),
                scores: Object.fromEntries(r.ranking.map((x) => [x.form, x.score])),
                possibleWinners: r.possibleWinners,
                nextQuestion: r.nextQuestion ? r.nextQuestion.criterion : null });
            }
            for (const p of profiles.slice(0, 40)) {
              await orgadvisor.report(p, { lang: "fr" });
              await orgadvisor.whatIf(p);
              const next = await orgadvisor.nextQuestion(p);
              out.push({ next: next ? next.criterion : null });
            }
            return out;
          };
          const first = await pass();
          const after = await orgadvisor.memory();
          const second = await pass();
          const again = await orgadvisor.memory();
          return JSON.stringify({ first, same: JSON.stringify(first) === JSON.stringify(second),
            after, again });
        })()
        """
    }

    @Test(
        "evaluate() gives the bytes of 'orgadvisor --format json', in both languages",
        .enabled(if: runs, Comment(rawValue: skipped)))
    func sameBytes() throws {
        let (browser, directory) = try setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = try open(
            try page("en", in: directory).absoluteString, browser, directory,
            arguments: Self.offline)
        for profile in [
            #"{"sites": 5, "volume": "high"}"#, #"{"employees": 3, "powerusers": "yes"}"#,
        ] {
            for language in ["en", "fr"] {
                let native = try BinaryRunner.run(
                    ["--profile", "-", "--format", "json", "--lang", language], stdin: profile)
                let literal = String(
                    decoding: try JSONSerialization.data(withJSONObject: [profile]), as: UTF8.self)
                let text = try session.string(
                    "orgadvisor.evaluate(\(literal)[0], { lang: '\(language)' })")
                #expect(text == native.stdout, "\(profile) in \(language)")
            }
        }
        let error = try session.string(
            "orgadvisor.score({ sitse: 5 }).then(() => 'no error', (e) => e.message)")
        #expect(error == "profile: unknown criterion 'sitse'; did you mean 'sites'?")
    }
}
