import OrgAdvisorEngine

/// `initialize`'s answer, hover, go to definition and completion.
extension LanguageServer {
    /// The capabilities: the position encoding chosen from the client's (UTF-16 unless
    /// it offers another first), full and incremental sync, hover, definition and
    /// completion.
    mutating func initializeResult(_ params: JSONValue) -> JSONValue {
        let offered =
            params[path: "capabilities", "general", "positionEncodings"]?.protocolArray ?? []
        encoding =
            offered.lazy.compactMap { $0.protocolString.flatMap(PositionEncoding.init) }.first
            ?? .utf16
        let capabilities: JSONValue = .object([
            ("positionEncoding", .string(encoding.rawValue)),
            (
                "textDocumentSync",
                .object([
                    ("openClose", .bool(true)), ("change", .int(2)),
                    ("save", .object([("includeText", .bool(false))])),
                ])
            ),
            ("hoverProvider", .bool(true)),
            ("definitionProvider", .bool(true)),
            (
                "completionProvider",
                .object([("triggerCharacters", .array(["=", "[", ","].map { .string($0) }))])
            ),
        ])
        return .object([
            ("capabilities", capabilities),
            (
                "serverInfo",
                .object([("name", .string("orgadvisor")), ("version", .string(version))])
            ),
        ])
    }

    /// The open document and byte offset a request names.
    private func target(_ params: JSONValue) throws(Failure) -> (
        document: TextDocument, offset: Int
    ) {
        guard let uri = params[path: "textDocument", "uri"]?.protocolString,
            let position = params["position"]?.protocolPosition
        else {
            throw Failure(code: .invalidParams, message: "expected 'textDocument' and 'position'")
        }
        guard let document = documents[uri] else {
            throw Failure(code: .invalidParams, message: "the document '\(uri)' is not open")
        }
        return (document, document.lines.offset(of: position, encoding: encoding))
    }

    /// The group of a document and the index of the document in it.
    private func group(of document: TextDocument) -> (RuleFileGroup, Int)? {
        let group = RuleFileGroup(
            for: document.uri, documents: documents, disk: disk, compile: false)
        return group.fileIndex(of: document.uri).map { (group, $0) }
    }

    func hover(_ params: JSONValue) throws(Failure) -> JSONValue {
        let (document, offset) = try target(params)
        guard let (group, index) = group(of: document),
            let (symbol, range) = group.symbol(inFile: index, at: offset),
            let markdown = HoverText(group: group).markdown(symbol)
        else { return .null }
        return .object([
            ("contents", .object([("kind", .string("markdown")), ("value", .string(markdown))])),
            ("range", protocolRange(range, in: document.lines)),
        ])
    }

    func definition(_ params: JSONValue) throws(Failure) -> JSONValue {
        let (document, offset) = try target(params)
        guard let (group, index) = group(of: document),
            let (symbol, _) = group.symbol(inFile: index, at: offset),
            let (file, range) = group.definition(of: symbol)
        else { return .null }
        return .object([
            ("uri", .string(file.uri)), ("range", protocolRange(range, in: file.lines)),
        ])
    }

    func completion(_ params: JSONValue) throws(Failure) -> JSONValue {
        let (document, offset) = try target(params)
        guard let (group, _) = group(of: document) else { return .array([]) }
        let context = CompletionContext(lines: document.lines, offset: offset)
        let replaced = protocolRange(context.wordStart..<offset, in: document.lines)
        let items = CompletionItems(group: group).items(context).map { item -> JSONValue in
            var members: [(String, JSONValue)] = [
                ("label", .string(item.label)), ("kind", .int(item.kind.rawValue)),
            ]
            if let detail = item.detail { members.append(("detail", .string(detail))) }
            members.append(
                ("textEdit", .object([("range", replaced), ("newText", .string(item.label))])))
            return .object(members)
        }
        return .array(items)
    }

    /// A byte range as a protocol range.
    func protocolRange(_ range: Range<Int>, in lines: LineIndex) -> JSONValue {
        .range(
            lines.position(of: range.lowerBound, encoding: encoding),
            lines.position(of: range.upperBound, encoding: encoding))
    }
}
