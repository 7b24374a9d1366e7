import OrgAdvisorEngine
import OrgAdvisorRules

/// Text synchronisation and diagnostics: the open documents, and the diagnostics of
/// the rule files compiled with a document published after each change.
extension LanguageServer {
    mutating func didOpen(_ params: JSONValue) -> [JSONValue] {
        guard let uri = params[path: "textDocument", "uri"]?.protocolString,
            let text = params[path: "textDocument", "text"]?.protocolString
        else { return [] }
        let version = params[path: "textDocument", "version"]?.protocolInt ?? 0
        documents[uri] = TextDocument(uri: uri, version: version, text: text)
        return publishDiagnostics(for: uri)
    }

    mutating func didChange(_ params: JSONValue) -> [JSONValue] {
        guard let uri = params[path: "textDocument", "uri"]?.protocolString,
            var document = documents[uri],
            let changes = params["contentChanges"]?.protocolArray
        else { return [] }
        for change in changes {
            guard let text = change["text"]?.protocolString else { continue }
            if let range = change["range"], let start = range["start"]?.protocolPosition,
                let end = range["end"]?.protocolPosition
            {
                document.replace(from: start, to: end, with: text, encoding: encoding)
            } else {
                document.replace(with: text)
            }
        }
        if let version = params[path: "textDocument", "version"]?.protocolInt {
            document.version = version
        }
        documents[uri] = document
        return publishDiagnostics(for: uri)
    }

    mutating func didClose(_ params: JSONValue) -> [JSONValue] {
        guard let uri = params[path: "textDocument", "uri"]?.protocolString,
            documents.removeValue(forKey: uri) != nil
        else { return [] }
        // Its group is compiled again from the disk; a file alone (or not on disk) has
        // its diagnostics cleared.
        let group = RuleFileGroup(for: uri, documents: documents, disk: disk)
        guard group.fileIndex(of: uri) != nil else {
            published[uri] = nil
            return [
                Self.notification(
                    "textDocument/publishDiagnostics",
                    .object([
                        ("uri", .string(uri)), ("diagnostics", .array([])),
                    ]))
            ]
        }
        return publish(group, always: nil)
    }

    mutating func didSave(_ params: JSONValue) -> [JSONValue] {
        guard let uri = params[path: "textDocument", "uri"]?.protocolString,
            documents[uri] != nil
        else { return [] }
        return publishDiagnostics(for: uri)
    }

    /// Compiles the group of a document and publishes the diagnostics of its files.
    mutating func publishDiagnostics(for uri: String) -> [JSONValue] {
        publish(RuleFileGroup(for: uri, documents: documents, disk: disk), always: uri)
    }

    /// Publishes each file's diagnostics when they changed (always for `always`).
    private mutating func publish(_ group: RuleFileGroup, always: String?) -> [JSONValue] {
        var sent: [JSONValue] = []
        for (index, file) in group.files.enumerated() {
            let diagnostics = JSONValue.array(
                group.diagnostics[index].map { protocolDiagnostic($0, in: file.lines) })
            // A file never published counts as published without diagnostics.
            let previous = published[file.uri] ?? .array([])
            guard file.uri == always || previous != diagnostics else { continue }
            published[file.uri] = diagnostics
            var members: [(String, JSONValue)] = [("uri", .string(file.uri))]
            if file.uri == always, let version = documents[file.uri]?.version {
                members.append(("version", .int(version)))
            }
            members.append(("diagnostics", diagnostics))
            sent.append(Self.notification("textDocument/publishDiagnostics", .object(members)))
        }
        return sent
    }

    /// A compiler diagnostic as the protocol's: its range from the compiler's line,
    /// column (in Unicode scalars) and length, in the agreed position encoding.
    func protocolDiagnostic(_ diagnostic: Diagnostic, in lines: LineIndex) -> JSONValue {
        var start = 0
        var end = 0
        if let location = diagnostic.location {
            start = lines.offset(line: location.line, column: location.column)
            let lineEnd = lines.lineEnd(lines.line(of: start))
            end = lines.advance(start, scalars: diagnostic.length, end: lineEnd)
        }
        let severity: Int
        switch diagnostic.severity {
        case .error: severity = 1
        case .warning: severity = 2
        case .note: severity = 3
        }
        var message = diagnostic.message
        if let help = diagnostic.help { message += "\n" + help }
        for note in diagnostic.notes { message += "\nnote: " + note }
        return .object([
            (
                "range",
                .range(
                    lines.position(of: start, encoding: encoding),
                    lines.position(of: end, encoding: encoding))
            ),
            ("severity", .int(severity)),
            ("source", .string("orgadvisor")),
            ("message", .string(message)),
        ])
    }
}
