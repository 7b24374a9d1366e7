import OrgAdvisorEngine
import OrgAdvisorLanguageServer
import Testing

/// The JSON-RPC and lifecycle rules: errors for what is not a valid request, and never
/// a crash.
@Suite struct ProtocolTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        /// The message content (framed by the test), after `initialize`.
        var content: [UInt8]
        /// The error code answered, or nil for no answer.
        var code: Int?
    }

    static func text(_ description: String, _ json: String, _ code: Int?) -> Case {
        Case(description: description, content: Array(json.utf8), code: code)
    }

    static let cases: [Case] = [
        text("not JSON", "{\"jsonrpc\":", -32700),
        text("a trailing comma", #"{"jsonrpc":"2.0","id":1,"method":"shutdown",}"#, -32700),
        Case(
            description: "bytes that are not UTF-8 in a string",
            content: Array(#"{"jsonrpc":"2.0","id":1,"method":""#.utf8) + [0xFF, 0xFE]
                + Array(#""}"#.utf8),
            code: -32700),
        text("empty content", "", -32700),
        text("nesting past the limit", String(repeating: "[", count: 100_000), -32700),
        text("not an object", "[1,2]", -32600),
        text("no jsonrpc", #"{"id":1,"method":"shutdown"}"#, -32600),
        text("no method", #"{"jsonrpc":"2.0","id":1}"#, -32600),
        text("an id that is an object", #"{"jsonrpc":"2.0","id":{},"method":"x"}"#, -32600),
        text(
            "an unknown request", #"{"jsonrpc":"2.0","id":1,"method":"workspace/symbol"}"#, -32601),
        text("an unknown notification", #"{"jsonrpc":"2.0","method":"$/unknown"}"#, nil),
        text("a response from the client", #"{"jsonrpc":"2.0","id":7,"result":null}"#, nil),
        text(
            "hover without a position",
            #"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{}}"#, -32602),
        text(
            "hover in a document that is not open",
            #"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///x.orgrules"},"position":{"line":0,"character":0}}}"#,
            -32602),
        text(
            "initialize twice", #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#,
            -32600),
        text(
            "a change to a document that is not open",
            #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///x.orgrules"},"contentChanges":[{"text":"x"}]}}"#,
            nil),
        text(
            "an open without text",
            #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{}}}"#,
            nil),
    ]

    @Test(arguments: cases)
    func answers(_ test: Case) {
        var session = ServerSession()
        session.start()
        var framer = MessageFramer()
        framer.append(MessageFramer.frame(test.content))
        var sent: [JSONValue] = []
        while let frame = framer.next() { sent += session.server.handle(frame) }
        #expect(
            sent.map { $0["error"]?["code"]?.text.flatMap { Int($0) } }
                == (test.code.map { [$0] } ?? []))
        // The server goes on: a request after it is answered.
        #expect(session.request("shutdown").last?["result"] == .null)
    }

    @Test func aBrokenHeaderIsAParseError() {
        var session = ServerSession()
        session.start()
        let sent = session.server.handle(.broken("no 'Content-Length' header"))
        #expect(sent.first?["error"]?["code"]?.text == "-32700")
        #expect(sent.first?["id"] == .null)
    }

    struct Lifecycle: Sendable, CustomStringConvertible {
        var description: String
        var shutdown: Bool
        var exitCode: Int32
    }

    @Test(arguments: [
        Lifecycle(description: "exit after shutdown", shutdown: true, exitCode: 0),
        Lifecycle(description: "exit without shutdown", shutdown: false, exitCode: 1),
    ])
    func exitCodes(_ test: Lifecycle) {
        var session = ServerSession()
        session.start()
        if test.shutdown { _ = session.request("shutdown") }
        #expect(session.server.exitCode == nil)
        #expect(session.server.exitCodeAtEndOfInput == test.exitCode)
        _ = session.notify("exit")
        #expect(session.server.exitCode == test.exitCode)
    }

    @Test func requestsBeforeInitializeAndAfterShutdown() {
        var session = ServerSession()
        #expect(
            session.request("textDocument/hover", "{}").last?["error"]?["code"]?.text == "-32002")
        // Notifications before initialize are dropped.
        #expect(session.open(ServerSession.rulesURI, ServerSession.rules).isEmpty)
        session.start()
        _ = session.request("shutdown")
        #expect(
            session.request("textDocument/hover", "{}").last?["error"]?["code"]?.text == "-32600")
    }

    @Test func initializeAnswersTheCapabilities() {
        var session = ServerSession()
        let result = session.result("initialize", #"{"capabilities":{}}"#)
        #expect(result?["capabilities"]?["positionEncoding"]?.text == "utf-16")
        #expect(result?["capabilities"]?["textDocumentSync"]?["change"]?.text == "2")
        #expect(result?["capabilities"]?["hoverProvider"] == .bool(true))
        #expect(result?["capabilities"]?["definitionProvider"] == .bool(true))
        #expect(result?["capabilities"]?["completionProvider"] != nil)
        #expect(result?["serverInfo"]?["version"]?.text == "9.9.9")
    }

    /// Random bytes, and random cuts of a valid session, never crash the framer or the
    /// server.
    @Test func randomInputNeverCrashes() {
        var generator = SystemRandomNumberGenerator()
        let valid = Array(
            MessageFramer.frame(
                Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#.utf8))
                + MessageFramer.frame(
                    Array(
                        #"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///rules/rules.orgrules","version":1,"text":"rule x\n    when volume = high\n"}}}"#
                            .utf8))
                + MessageFramer.frame(
                    Array(
                        #"{"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///rules/rules.orgrules"},"position":{"line":1,"character":18}}}"#
                            .utf8)))
        for round in 0..<300 {
            var bytes = valid
            for _ in 0..<(round % 8) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[index] = UInt8.random(in: 0...255, using: &generator)
            }
            var server = LanguageServer(version: "0", disk: .none)
            var framer = MessageFramer(maximumContentLength: 4096)
            var offset = 0
            while offset < bytes.count {
                let piece = Int.random(in: 1...64, using: &generator)
                framer.append(bytes[offset..<min(bytes.count, offset + piece)])
                offset += piece
                while let frame = framer.next() { _ = server.handle(frame) }
            }
        }
    }

    /// Hover, definition and completion at every position of the test files (and one
    /// past each line's end) answer without a crash.
    @Test func everyPositionIsAnswered() {
        var session = ServerSession()
        session.start()
        for (uri, text) in [
            (ServerSession.rulesURI, ServerSession.rules),
            (ServerSession.criteriaURI, ServerSession.brokenCriteria),
        ] {
            _ = session.open(uri, text)
            for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated()
            {
                for character in 0...(content.utf16.count + 1) {
                    for method in ["hover", "definition", "completion"] {
                        let answer = session.request(
                            "textDocument/" + method, ServerSession.at(uri, line, character))
                        #expect(answer.last?["error"] == nil)
                    }
                }
            }
        }
    }
}
