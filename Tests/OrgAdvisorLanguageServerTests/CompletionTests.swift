import OrgAdvisorEngine
import OrgAdvisorLanguageServer
import Testing

@Suite struct CompletionTests {
    struct Case: Sendable, CustomStringConvertible {
        /// Lines appended to the rules file; `|` marks the cursor.
        var text: String
        /// The labels proposed, in order.
        var labels: [String]
        var description: String { text.debugDescription }
    }

    static let forms = ["hotline", "call-center"]
    static let criteria = ["volume", "powerusers"]
    static let ruleAttributes = ["when", "points", "weight", "because", "card", "note", "accept"]

    static let cases: [Case] = [
        Case(text: "|", labels: ["rulebase", "criterion", "form", "rule", "derive", "advice"]),
        Case(text: "cri|", labels: ["rulebase", "criterion", "form", "rule", "derive", "advice"]),
        Case(text: "rule r\n    |", labels: ruleAttributes),
        Case(text: "rule r\n    poi|", labels: ruleAttributes),
        Case(text: "form f\n    |", labels: ["label", "description", "card", "accept"]),
        Case(text: "rule r\n    when |", labels: criteria + ["not"]),
        Case(text: "rule r\n    when vol|", labels: criteria + ["not"]),
        Case(text: "rule r\n    when volume = |", labels: ["low", "high"]),
        Case(text: "rule r\n    when volume >= h|", labels: ["low", "high"]),
        Case(text: "rule r\n    when powerusers != |", labels: ["yes", "no"]),
        Case(text: "rule r\n    when volume in [|", labels: ["low", "high"]),
        Case(text: "rule r\n    when volume not in [low, |", labels: ["low", "high"]),
        Case(text: "rule r\n    when volume in [low,\n        |", labels: ["low", "high"]),
        Case(text: "rule r\n    when volume = high |", labels: ["and", "or"]),
        Case(text: "rule r\n    when volume = high and |", labels: criteria + ["not"]),
        Case(text: "rule r\n    when (|", labels: criteria + ["not"]),
        Case(text: "rule r\n    when not |", labels: criteria),
        Case(text: "rule r\n    when volume |", labels: ["in", "not"]),
        Case(text: "rule r\n    points |", labels: forms),
        Case(text: "rule r\n    points hotline +1, call|", labels: forms),
        Case(text: "rule r\n    points hotline |", labels: []),
        Case(text: "advice a\n    for hotline, |", labels: forms),
        Case(text: "derive d\n    set |", labels: criteria),
        Case(text: "derive d\n    set volume = |", labels: ["low", "high"]),
        Case(text: "rule r\n    because |", labels: ["en", "fr"]),
        Case(text: "rule r\n    because fr \"un texte |", labels: []),
        Case(text: "rule r\n    accept |", labels: ["never-true", "no-effect"]),
        Case(text: "form f\n    accept |", labels: ["never-wins", "tie"]),
        Case(text: "criterion c: |", labels: ["choice", "level", "yesno", "integer", "decimal"]),
        Case(text: "criterion c: integer |", labels: ["from", "to"]),
        Case(text: "criterion c: integer from 1 |", labels: ["to"]),
        Case(text: "criterion c: level\n    value v |", labels: ["en", "fr", "alias"]),
        Case(text: "rulebase \"name\" |", labels: ["version"]),
        Case(text: "rule r # a comment |", labels: []),
    ]

    @Test(arguments: cases)
    func proposals(_ test: Case) throws {
        let text = ServerSession.rules + test.text.replacingOccurrencesOfBar()
        let cursor = ServerSession.rules + test.text
        let prefix = String(cursor[..<cursor.firstIndex(of: "|")!])
        let line = prefix.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let character = prefix.split(separator: "\n", omittingEmptySubsequences: false).last!.utf16
            .count
        var session = ServerSession()
        session.start()
        _ = session.open(ServerSession.rulesURI, text)
        let result = session.result(
            "textDocument/completion", ServerSession.at(ServerSession.rulesURI, line, character))
        #expect(result?.elements.map { $0["label"]?.text ?? "?" } == test.labels)
    }

    @Test func theNameTypedIsReplaced() {
        var session = ServerSession()
        session.start()
        _ = session.open(
            ServerSession.rulesURI, ServerSession.rules + "rule r\n    points hotline +1, call-ce")
        let line = ServerSession.rules.split(separator: "\n", omittingEmptySubsequences: false)
            .count
        let result = session.result(
            "textDocument/completion", ServerSession.at(ServerSession.rulesURI, line, 30))
        let item = result?.elements.first { $0["label"]?.text == "call-center" }
        #expect(item?["textEdit"]?["range"]?.shownRange == "\(line):23-\(line):30")
        #expect(item?["detail"]?.text == "Call-center")
    }
}

extension String {
    /// The text without its cursor mark.
    fileprivate func replacingOccurrencesOfBar() -> String {
        String(filter { $0 != "|" })
    }
}
