import OrgAdvisorEngine

/// The language server of `orgadvisor lsp` for rule files (LSP 3.17, JSON-RPC 2.0):
/// messages in, messages out, as data. The caller frames the bytes
/// (``MessageFramer``) and writes what ``handle(_:)`` returns, in order.
///
/// It follows the protocol's lifecycle (`initialize`, `initialized`, `shutdown`,
/// `exit`), keeps the open documents (full and incremental changes), publishes the
/// diagnostics of `orgadvisor check` for the rule files compiled together with a
/// document, and answers hover, go to definition and completion. Unknown requests get
/// `MethodNotFound`, unknown notifications are ignored, and a message that is not
/// JSON-RPC gets `ParseError` or `InvalidRequest`: no input stops it but `exit`.
public struct LanguageServer: Sendable {
    /// JSON-RPC and LSP error codes.
    enum ErrorCode: Int {
        case parseError = -32700
        case invalidRequest = -32600
        case methodNotFound = -32601
        case invalidParams = -32602
        case serverNotInitialized = -32002
    }

    /// An error answer, thrown by a request's handler.
    struct Failure: Error {
        var code: ErrorCode
        var message: String
    }

    /// Where the server is in its lifecycle.
    enum State: Sendable {
        case starting, running, shutDown
    }

    /// The name and version given in `serverInfo`.
    let version: String
    /// The files on disk.
    let disk: WorkspaceFiles
    var state = State.starting
    /// The encoding of positions agreed at `initialize`.
    var encoding = PositionEncoding.utf16
    /// The open documents by URI.
    var documents: [String: TextDocument] = [:]
    /// The diagnostics last published for each URI, so that a file is published again
    /// only when they change (the document changed is always published).
    var published: [String: JSONValue] = [:]

    /// The exit code once `exit` has come: 0 after `shutdown`, 1 without; nil before.
    public private(set) var exitCode: Int32?

    /// Creates a server reading rule files that are not open through `disk`.
    public init(version: String, disk: WorkspaceFiles) {
        self.version = version
        self.disk = disk
    }

    /// The exit code when the input ends without `exit`: 0 after `shutdown`, else 1.
    public var exitCodeAtEndOfInput: Int32 { state == .shutDown ? 0 : 1 }

    /// Handles one frame, returning the messages to send, in order.
    public mutating func handle(_ frame: MessageFramer.Frame) -> [JSONValue] {
        switch frame {
        case .broken(let reason):
            return [Self.errorResponse(id: .null, .parseError, "invalid message header: " + reason)]
        case .message(let content):
            let message: JSONValue
            do {
                message = try JSONParser.parse(content)
            } catch {
                return [
                    Self.errorResponse(id: .null, .parseError, "invalid JSON: " + error.description)
                ]
            }
            return handle(message)
        }
    }

    /// Handles one parsed message.
    mutating func handle(_ message: JSONValue) -> [JSONValue] {
        let id = message["id"]
        guard message.isObject, message["jsonrpc"]?.protocolString == "2.0" else {
            return [
                Self.errorResponse(
                    id: Self.validID(id) ?? .null, .invalidRequest, "not a JSON-RPC 2.0 message")
            ]
        }
        guard let method = message["method"]?.protocolString else {
            // A response to a request of ours (none is sent), or nothing valid.
            if message["result"] != nil || message["error"] != nil { return [] }
            return [
                Self.errorResponse(
                    id: Self.validID(id) ?? .null, .invalidRequest, "a message without 'method'")
            ]
        }
        let params = message["params"] ?? .null
        guard let id else {
            return notification(method, params)
        }
        guard let validID = Self.validID(id) else {
            return [
                Self.errorResponse(id: .null, .invalidRequest, "'id' must be a number or a string")
            ]
        }
        do throws(Failure) {
            let result = try request(method, params)
            return [.object([("jsonrpc", .string("2.0")), ("id", validID), ("result", result)])]
        } catch {
            return [Self.errorResponse(id: validID, error.code, error.message)]
        }
    }

    /// A request's result.
    private mutating func request(_ method: String, _ params: JSONValue) throws(Failure)
        -> JSONValue
    {
        switch (state, method) {
        case (.starting, "initialize"):
            state = .running
            return initializeResult(params)
        case (.starting, _):
            throw Failure(code: .serverNotInitialized, message: "the server is not initialized")
        case (.shutDown, _):
            throw Failure(code: .invalidRequest, message: "the server is shut down")
        case (.running, "initialize"):
            throw Failure(code: .invalidRequest, message: "the server is already initialized")
        case (.running, "shutdown"):
            state = .shutDown
            return .null
        case (.running, "textDocument/hover"):
            return try hover(params)
        case (.running, "textDocument/definition"):
            return try definition(params)
        case (.running, "textDocument/completion"):
            return try completion(params)
        default:
            throw Failure(code: .methodNotFound, message: "unknown method '\(method)'")
        }
    }

    /// Handles a notification; unknown ones, and all but `exit` before `initialize`,
    /// are ignored.
    private mutating func notification(_ method: String, _ params: JSONValue) -> [JSONValue] {
        if method == "exit" {
            exitCode = state == .shutDown ? 0 : 1
            return []
        }
        guard state == .running else { return [] }
        switch method {
        case "textDocument/didOpen": return didOpen(params)
        case "textDocument/didChange": return didChange(params)
        case "textDocument/didClose": return didClose(params)
        case "textDocument/didSave": return didSave(params)
        default: return []
        }
    }

    /// The id as JSON-RPC allows it (a number or a string), else nil.
    private static func validID(_ id: JSONValue?) -> JSONValue? {
        switch id {
        case .number?, .string?: return id
        default: return nil
        }
    }

    /// An error answer.
    static func errorResponse(id: JSONValue, _ code: ErrorCode, _ message: String) -> JSONValue {
        .object([
            ("jsonrpc", .string("2.0")), ("id", id),
            ("error", .object([("code", .int(code.rawValue)), ("message", .string(message))])),
        ])
    }

    /// A notification from the server.
    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }
}
