import OrgAdvisorEngine
import OrgAdvisorLanguageServer
import OrgAdvisorRules
import Testing

@Suite struct LanguageServerTests {
    /// The diagnostics published for each URI, as `range severity message` lines.
    static func published(_ messages: [JSONValue]) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for message in messages where message["method"]?.text == "textDocument/publishDiagnostics" {
            let params = message["params"]
            out[params?["uri"]?.text ?? "?"] = (params?["diagnostics"]?.elements ?? []).map {
                "\($0["range"]?.shownRange ?? "?") \($0["severity"]?.text ?? "?") \($0["message"]?.text ?? "?")"
            }
        }
        return out
    }

    @Test func diagnosticsOfTheFilesCompiledTogether() {
        var session = ServerSession()
        session.start()
        // The open document's unsaved text wins over the disk; the rule file that is
        // not open is compiled from the disk and published too.
        let opened = Self.published(
            session.open(ServerSession.criteriaURI, ServerSession.brokenCriteria))
        #expect(
            opened[ServerSession.criteriaURI] == [
                "0:10-0:16 1 a level criterion needs at least two values; add 'value' lines to 'volume'",
                "5:56-5:60 1 expected ',' or the end of the line after the alias, found 'oops'",
            ])
        #expect(
            opened[ServerSession.rulesURI] == [
                "11:18-11:22 1 unknown value 'high'; expected one of 'low' for 'volume'"
            ])
        let fixed = Self.published(
            session.notify(
                "textDocument/didChange",
                #"{"textDocument":{"uri":"\#(ServerSession.criteriaURI)","version":2},"contentChanges":[{"text":\#(ServerSession.quoted(ServerSession.criteria))}]}"#
            ))
        #expect(fixed == [ServerSession.criteriaURI: [], ServerSession.rulesURI: []])
    }

    @Test func incrementalChangeInUTF16() {
        var session = ServerSession()
        session.start()
        _ = session.open(ServerSession.criteriaURI, ServerSession.brokenCriteria)
        // Delete " oops": UTF-16 characters 55 to 60 of line 5 (after the emoji).
        let messages = session.notify(
            "textDocument/didChange",
            #"{"textDocument":{"uri":"\#(ServerSession.criteriaURI)","version":2},"contentChanges":[{"range":{"start":{"line":5,"character":55},"end":{"line":5,"character":60}},"text":""}]}"#
        )
        #expect(Self.published(messages)[ServerSession.criteriaURI] == [])
    }

    @Test func positionsInUTF8WhenTheClientPrefersIt() {
        var session = ServerSession()
        session.start(capabilities: #"{"general":{"positionEncodings":["utf-8","utf-16"]}}"#)
        let published = Self.published(
            session.open(ServerSession.criteriaURI, ServerSession.brokenCriteria))
        // `oops` after 55 scalars, of which the emoji (4 bytes) and two é (2 bytes each):
        // byte 60.
        #expect(published[ServerSession.criteriaURI]?.last?.hasPrefix("5:60-5:64 ") == true)
    }

    @Test func aFileAloneCompilesAlone() {
        var session = ServerSession(files: [:])
        session.start()
        let published = Self.published(session.open("untitled:Untitled-1", ServerSession.criteria))
        #expect(
            published == [
                "untitled:Untitled-1": [
                    "0:0-0:1 1 the rule base declares no form; declare at least one 'form'"
                ]
            ])
    }

    @Test func hoverShowsLabelsQuestionValuesAndCourseText() {
        var session = ServerSession()
        session.start()
        _ = session.open(ServerSession.rulesURI, ServerSession.rules)
        let criterion = session.result(
            "textDocument/hover", ServerSession.at(ServerSession.rulesURI, 11, 11))
        let criterionText = criterion?["contents"]?["value"]?.text ?? ""
        #expect(criterion?["range"]?.shownRange == "11:9-11:15")
        for part in [
            "**criterion** `volume`: level",
            "en “Support request rate”, fr “Taux de demande de support”",
            "Question: en “How many requests come in?”, fr “Combien de demandes arrivent ?”",
            "- `high` en “high”, fr “élevé”", "Declared in `criteria.orgrules:1`",
        ] {
            #expect(criterionText.contains(part), "\(part)")
        }
        let value = session.result(
            "textDocument/hover", ServerSession.at(ServerSession.rulesURI, 11, 20))
        let valueText = value?["contents"]?["value"]?.text ?? ""
        #expect(valueText.contains("**value** `high` of criterion `volume`"))
        #expect(valueText.contains("Label: en “high”, fr “élevé”"))
        #expect(valueText.contains("Aliases: “beaucoup”"))
        let form = session.result(
            "textDocument/hover", ServerSession.at(ServerSession.rulesURI, 12, 28))
        let formText = form?["contents"]?["value"]?.text ?? ""
        #expect(formText.contains("**form** `hotline`"))
        #expect(
            formText.contains(
                "fr “C’est la forme la plus simple d’une unité de support centralisée.”"))
        #expect(formText.contains("Course card: Hotline"))
        let rule = session.result(
            "textDocument/hover", ServerSession.at(ServerSession.rulesURI, 10, 7))
        #expect(
            rule?["contents"]?["value"]?.text?.contains(
                "Because: en “Many calls.”, fr “« reçoit ses appels »”") == true)
        // Nothing to say about a keyword.
        #expect(
            session.result("textDocument/hover", ServerSession.at(ServerSession.rulesURI, 11, 5))
                == .null)
    }

    struct DefinitionCase: Sendable, CustomStringConvertible {
        var line: Int
        var character: Int
        /// `file line:character-line:character`, or nil for no definition.
        var expected: String?
        var description: String { "\(line):\(character)" }
    }

    @Test(arguments: [
        DefinitionCase(line: 11, character: 10, expected: "criteria.orgrules 0:10-0:16"),
        DefinitionCase(line: 11, character: 19, expected: "criteria.orgrules 5:10-5:14"),
        DefinitionCase(line: 12, character: 14, expected: "rules.orgrules 6:5-6:16"),
        DefinitionCase(line: 12, character: 28, expected: "rules.orgrules 0:5-0:12"),
        DefinitionCase(line: 10, character: 7, expected: "rules.orgrules 10:5-10:15"),
        DefinitionCase(line: 13, character: 20, expected: nil),
    ])
    func definition(_ test: DefinitionCase) {
        var session = ServerSession()
        session.start()
        _ = session.open(ServerSession.rulesURI, ServerSession.rules)
        let result = session.result(
            "textDocument/definition",
            ServerSession.at(ServerSession.rulesURI, test.line, test.character))
        guard let expected = test.expected else {
            #expect(result == .null)
            return
        }
        let file = result?["uri"]?.text.map { DocumentURI.fileName(of: $0) } ?? "?"
        #expect("\(file) \(result?["range"]?.shownRange ?? "?")" == expected)
    }
}
