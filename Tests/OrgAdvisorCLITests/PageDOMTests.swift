import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// The page as a student uses it: controls with labels, the result moving with them,
/// the profile in the URL fragment, the language switch, offline (see ``PageTests``).
@Suite("page controls in a browser")
struct PageDOMTests {
    let base = PageTests()

    /// The forms of the ranking table on the page, in order.
    static let ranking =
        "JSON.stringify([...document.querySelectorAll('#ranking tbody tr')].map((row) =>"
        + " row.cells[1].textContent.trim()))"

    /// The labels of the command line's ranking for a profile, in order.
    private func nativeRanking(_ arguments: [String], language: String) throws -> String {
        let native = try BinaryRunner.run(arguments + ["--format", "json", "--lang", language])
        let object = try JSONSerialization.jsonObject(with: Data(native.stdout.utf8))
        let ranking = (object as? [String: Any])?["ranking"] as? [[String: Any]] ?? []
        let labels = ranking.map { $0["label"] as? String ?? "" }
        return String(decoding: try JSONSerialization.data(withJSONObject: labels), as: UTF8.self)
    }

    @Test(
        "the page loads from a file with the network blocked, and asks for nothing",
        .enabled(if: PageTests.runs, Comment(rawValue: PageTests.skipped)))
    func offline() throws {
        let (browser, directory) = try base.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try base.page("en", in: directory)
        let session = try base.open(
            url.absoluteString, browser, directory, arguments: PageTests.offline, network: true)
        #expect(try session.string("document.documentElement.dataset.ready") == "true")
        #expect(try session.string("document.getElementById('oa-problem').textContent") == "")
        let requests = session.events.compactMap { event -> String? in
            guard event["method"] as? String == "Network.requestWillBeSent" else { return nil }
            return ((event["params"] as? [String: Any])?["request"] as? [String: Any])?["url"]
                as? String
        }
        #expect(requests == [url.absoluteString], "only the page itself is loaded: \(requests)")
        // Every control has a label and takes the keyboard focus.
        let unlabelled = try session.string(
            "JSON.stringify([...document.querySelectorAll('#oa-fields select, #oa-fields input')]"
                + ".filter((c) => !document.querySelector(`label[for='${c.id}']`) || c.tabIndex < 0)"
                + ".map((c) => c.id))")
        #expect(unlabelled == "[]")
        let count = try session.evaluate("document.querySelectorAll('#oa-fields .field').length")
        #expect(count as? Int == RuleBase.builtIn.criteria.count)
    }

    @Test(
        "changing a control updates the ranking, and the fragment keeps the profile",
        .enabled(if: PageTests.runs, Comment(rawValue: PageTests.skipped)))
    func controls() throws {
        let (browser, directory) = try base.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try base.page("en", in: directory)
        let session = try base.open(url.absoluteString, browser, directory)
        #expect(try session.string(Self.ranking) == nativeRanking([], language: "en"))
        // As a user would: a value chosen with the keyboard, then a number typed.
        _ = try session.evaluate("document.getElementById('oa-c-volume').focus()")
        for key in ["ArrowDown", "ArrowDown", "ArrowDown"] {
            try session.send(
                "Input.dispatchKeyEvent", ["type": "keyDown", "key": key, "code": key])
            try session.send("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": key])
        }
        #expect(try session.string("document.getElementById('oa-c-volume').value") == "high")
        _ = try session.evaluate("document.getElementById('oa-c-sites').focus()")
        try session.send("Input.insertText", ["text": "5"])
        #expect(try session.string("location.hash") == "#lang=en&sites=5&volume=high")
        #expect(
            try session.string(Self.ranking)
                == nativeRanking(["--sites", "5", "--volume", "high"], language: "en"))
        #expect(
            try session.string("document.querySelector('.recommended').textContent")
                .hasPrefix("No recommendation: tie at the top between Call-center and"))

        // A link with a profile in its fragment opens that case, here in French (a new
        // load: from the same page, only the fragment would change).
        try session.navigate("about:blank")
        try session.navigate(url.absoluteString + "#lang=fr&complexity=high&employees=30")
        _ = try session.evaluate("window.orgadvisor.ready")
        #expect(try session.string("document.documentElement.lang") == "fr")
        #expect(try session.string("document.getElementById('oa-c-complexity').value") == "high")
        #expect(try session.string("document.getElementById('oa-c-employees').value") == "30")
        #expect(
            try session.string(Self.ranking)
                == nativeRanking(["--complexity", "high", "--employees", "30"], language: "fr"))
    }

    @Test(
        "a French page and an English page, and the switch between them",
        .enabled(if: PageTests.runs, Comment(rawValue: PageTests.skipped)))
    func languages() throws {
        let (browser, directory) = try base.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let volume = try #require(RuleBase.builtIn.criterion("volume"))
        for (language, other) in [("fr", "en"), ("en", "fr")] {
            let url = try base.page(language, in: directory)
            let session = try base.open(url.absoluteString + "#volume=high", browser, directory)
            let lang: Language = language == "fr" ? .french : .english
            let question = try session.string(
                "document.querySelector('label[for=oa-c-volume] .question').textContent")
            #expect(question == volume.question?.text(lang))
            let option = try session.string(
                "document.querySelector('#oa-c-volume option[value=high]').textContent")
            #expect(option == volume.values[2].label.text(lang))
            let unknown = try session.string(
                "document.querySelector('#oa-c-sites').placeholder")
            #expect(unknown == (language == "fr" ? "inconnu" : "not known"))
            #expect(
                try session.string(Self.ranking)
                    == nativeRanking(["--volume", "high"], language: language))
            // The switch: the other language, the same profile.
            _ = try session.evaluate(
                "document.querySelector('input[name=oa-lang][value=\(other)]').click()")
            #expect(try session.string("document.documentElement.lang") == other)
            #expect(try session.string("location.hash") == "#lang=\(other)&volume=high")
            #expect(
                try session.string(Self.ranking)
                    == nativeRanking(["--volume", "high"], language: other))
        }
    }
}

extension PageDOMTests {
    @Test(
        "texts of another rule base stay text on the page, never markup",
        .enabled(if: PageTests.runs, Comment(rawValue: PageTests.skipped)))
    func hostileRules() throws {
        let (browser, directory) = try base.setUp()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("hostile.orgrules")
        try #"""
        rulebase "hostile" version "1"
            title "Rules </title><img src=x onerror=alert(1)>"
        criterion size: choice
            label "Size <img src=x onerror=alert(1)>"
            question "Which <b>size</b>?"
            value small en "small <script>alert(3)</script>" fr "petit"
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
        """#.write(to: rules, atomically: true, encoding: .utf8)
        let url = try base.page("en", in: directory, ["--rules", rules.path])
        let session = try base.open(url.absoluteString + "#size=small", browser, directory)
        #expect(try session.evaluate("document.querySelectorAll('img, b').length") as? Int == 0)
        #expect(try session.evaluate("document.scripts.length") as? Int == 4)
        #expect(
            try session.string(
                "document.querySelector('#oa-c-size option[value=small]').textContent")
                == "small <script>alert(3)</script>")
        #expect(
            try session.string("document.querySelector('.recommended .winner').textContent")
                == "A <script>document.title='pwned'</script>")
        #expect(
            try session.string("document.title")
                .hasSuffix(": A <script>document.title='pwned'</script>"))
    }
}
