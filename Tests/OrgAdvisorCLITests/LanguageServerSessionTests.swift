import Foundation
import OrgAdvisor
import Testing

/// `orgadvisor lsp` run as an editor runs it: a scripted session of framed messages on
/// standard input, the answers read from standard output.
@Suite struct LanguageServerSessionTests {
    static let criteria = """
        criterion volume: level
            label en "Support request rate" fr "Taux de demande de support"
            question en "How many requests come in?" fr "Combien de demandes arrivent ?"
            weight 3
            value low en "low" fr "faible"
            value high en "high" fr "élevé" alias "beaucoup"

        """

    /// An error after an emoji and accented text: `oops` at UTF-16 character 56 of
    /// line 5 (scalar column 56), and `volume` left with one value.
    static let brokenCriteria = criteria.replacingOccurrences(
        of: "value high en \"high\" fr \"élevé\" alias \"beaucoup\"",
        with: "value high en \"high 📞\" fr \"élevé\" alias \"beaucoup\" oops")

    static let rules = """
        form hotline
            label "Hotline"
            description fr "C’est la forme la plus simple d’une unité de support centralisée."
                        en "The simplest form of a centralised support unit."

        form call-center
            label "Call-center"
            description fr "Une centrale d’appel intelligente."

        rule many-calls
            when volume = high
            points call-center +3, hotline -2
            because fr "« reçoit ses appels »" en "Many calls."

        """

    static func framed(_ json: String) -> String {
        "Content-Length: \(json.utf8.count)\r\n\r\n" + json
    }

    static func quoted(_ text: String) -> String {
        JSONValue.string(text).serialized()
    }

    /// The messages of the server's standard output.
    static func messages(_ stdout: String) throws -> [JSONValue] {
        var bytes = Array(stdout.utf8)[...]
        var out: [JSONValue] = []
        while !bytes.isEmpty {
            let header = try #require(bytes.firstRange(of: Array("\r\n\r\n".utf8)))
            let text = String(decoding: bytes[..<header.lowerBound], as: UTF8.self)
            let length = try #require(
                Int(text.replacingOccurrences(of: "Content-Length: ", with: "")))
            let content = bytes[header.upperBound..<header.upperBound + length]
            out.append(try JSONParser.parse(Array(content)))
            bytes = bytes[(header.upperBound + length)...]
        }
        return out
    }

    /// One line per message: its id or method, and what the test looks at.
    static func summary(_ message: JSONValue, directory: String) -> String {
        func text(_ value: JSONValue?) -> String {
            switch value {
            case .string(let text)?: return text.replacingOccurrences(of: directory, with: "DIR")
            case .number(let text)?: return text
            case .null?: return "null"
            default: return value.map { $0.serialized() } ?? "-"
            }
        }
        func range(_ value: JSONValue?) -> String {
            ["start", "end"].map {
                text(value?[$0]?["line"]) + ":" + text(value?[$0]?["character"])
            }
            .joined(separator: "-")
        }
        if message["method"] == .string("textDocument/publishDiagnostics") {
            let params = message["params"]
            guard case .array(let diagnostics)? = params?["diagnostics"] else { return "?" }
            let shown = diagnostics.map {
                range($0["range"]) + " " + text($0["message"]).prefix(40)
            }
            return "diagnostics \(text(params?["uri"])) [\(shown.joined(separator: "; "))]"
        }
        let id = text(message["id"])
        if let error = message["error"] { return "\(id) error \(text(error["code"]))" }
        let result = message["result"]
        if case .array(let items)? = result {
            return "\(id) completion " + items.map { text($0["label"]) }.joined(separator: ",")
        }
        if let contents = result?["contents"]?["value"] {
            return "\(id) hover \(range(result?["range"])) " + text(contents).prefix(40)
        }
        if let uri = result?["uri"] {
            return "\(id) definition \(text(uri)) \(range(result?["range"]))"
        }
        if let capabilities = result?["capabilities"] {
            return "\(id) initialized \(text(capabilities["positionEncoding"]))"
        }
        return "\(id) \(text(result))"
    }

    @Test func scriptedSession() throws {
        let directory = try TemporaryDirectory("lsp")
        defer { directory.remove() }
        // On disk, the criteria are right; the editor's unsaved text is not.
        try Self.criteria.write(
            toFile: directory.file("criteria.orgrules"), atomically: true, encoding: .utf8)
        try Self.rules.write(
            toFile: directory.file("rules.orgrules"), atomically: true, encoding: .utf8)
        let criteria = "file://" + directory.file("criteria.orgrules")
        let rules = "file://" + directory.file("rules.orgrules")
        func at(_ uri: String, _ line: Int, _ character: Int) -> String {
            #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(line),"character":\#(character)}}"#
        }
        let script = [
            #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}"#,
            #"{"jsonrpc":"2.0","method":"initialized","params":{}}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(criteria)","languageId":"orgrules","version":1,"text":\#(Self.quoted(Self.brokenCriteria))}}}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(criteria)","version":2},"contentChanges":[{"text":\#(Self.quoted(Self.criteria))}]}}"#,
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(rules)","languageId":"orgrules","version":1,"text":\#(Self.quoted(Self.rules))}}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":\#(at(rules, 10, 11))}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":\#(at(rules, 11, 28))}"#,
            #"{"jsonrpc":"2.0","id":4,"method":"textDocument/definition","params":\#(at(rules, 10, 19))}"#,
            #"{"jsonrpc":"2.0","id":5,"method":"textDocument/definition","params":\#(at(rules, 11, 14))}"#,
            #"{"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":\#(at(rules, 10, 18))}"#,
            #"{"jsonrpc":"2.0","id":7,"method":"textDocument/completion","params":\#(at(rules, 11, 11))}"#,
            #"{"jsonrpc":"2.0","id":8,"method":"textDocument/references","params":\#(at(rules, 9, 11))}"#,
            #"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":8}}"#,
            #"{"jsonrpc":"2.0","id":9,"method":"shutdown"}"#,
            #"{"jsonrpc":"2.0","method":"exit"}"#,
        ].map(Self.framed).joined()
        let run = try BinaryRunner.run(["lsp"], stdin: script)
        #expect(run.stderr == "")
        #expect(run.code == 0)
        let summaries = try Self.messages(run.stdout).map {
            Self.summary($0, directory: directory.path)
        }
        #expect(
            summaries == [
                "1 initialized utf-16",
                "diagnostics file://DIR/criteria.orgrules [0:10-0:16 a level criterion needs at least two val; 5:56-5:60 expected ',' or the end of the line afte]",
                "diagnostics file://DIR/rules.orgrules [10:18-10:22 unknown value 'high'; expected one of 'l]",
                "diagnostics file://DIR/criteria.orgrules []",
                "diagnostics file://DIR/rules.orgrules []",
                "diagnostics file://DIR/rules.orgrules []",
                "2 hover 10:9-10:15 **criterion** `volume`: level\n\nLabel: en",
                "3 hover 11:27-11:34 **form** `hotline`\n\nLabel: “Hotline”\n\nDe",
                "4 definition file://DIR/criteria.orgrules 5:10-5:14",
                "5 definition file://DIR/rules.orgrules 5:5-5:16",
                "6 completion low,high",
                "7 completion hotline,call-center",
                "8 error -32601",
                "9 null",
            ])
    }

    struct BrokenCase: Sendable, CustomStringConvertible {
        var description: String
        var input: [UInt8]
        /// The error codes answered, in order.
        var codes: [String]
        var exitCode: Int32
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let initialize = bytes(
        framed(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#))
    static let shutdownAndExit = bytes(
        framed(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
            + framed(#"{"jsonrpc":"2.0","method":"exit"}"#))

    @Test(arguments: [
        BrokenCase(
            description: "content that is not UTF-8",
            input: initialize + bytes("Content-Length: 4\r\n\r\n\"") + [0xFF, 0xFE] + bytes("\"")
                + shutdownAndExit,
            codes: ["-", "-32700", "-"], exitCode: 0),
        BrokenCase(
            description: "a huge Content-Length",
            input: initialize + bytes("Content-Length: 9223372036854775807\r\n\r\n{}")
                + shutdownAndExit,
            codes: ["-", "-32700", "-"], exitCode: 0),
        BrokenCase(
            description: "a header without a length",
            input: initialize + bytes("Content-Type: x\r\n\r\n") + shutdownAndExit,
            codes: ["-", "-32700", "-"], exitCode: 0),
        BrokenCase(
            description: "the input ends inside a message",
            input: initialize + bytes("Content-Length: 100\r\n\r\n{"),
            codes: ["-"], exitCode: 1),
        BrokenCase(
            description: "the input ends before shutdown", input: initialize, codes: ["-"],
            exitCode: 1),
        BrokenCase(description: "no input", input: [], codes: [], exitCode: 1),
    ])
    func brokenInput(_ test: BrokenCase) throws {
        let directory = try TemporaryDirectory("lsp-broken")
        defer { directory.remove() }
        let input = directory.file("input")
        try Data(test.input).write(to: URL(fileURLWithPath: input))
        let run = try BinaryRunner.run(["lsp"], redirection: "<'\(input)'")
        #expect(run.code == test.exitCode)
        let messages = try Self.messages(run.stdout)
        #expect(messages.map { $0["error"]?["code"].map { $0.serialized() } ?? "-" } == test.codes)
    }
}
