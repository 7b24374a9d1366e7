import OrgAdvisorRules

/// The rule files compiled together with a document: every `.orgrules` file of its
/// directory (a rule base is usually a directory, criteria in one file and rules in
/// others), the text of open documents winning over the disk; a document alone in
/// its directory, or not on disk (`untitled:`), compiles alone.
///
/// Holds what the answers need: each file's diagnostics from the compiler (what
/// `orgadvisor check` reports) and its syntax, which stays usable while the rule base
/// has errors.
struct RuleFileGroup: Sendable {
    /// One file of the group.
    struct File: Sendable {
        /// Its URI (the client's when it is open).
        var uri: String
        /// Its text and line index.
        var lines: LineIndex
        /// Its declarations as parsed (kept when they have errors).
        var declarations: [DeclarationSyntax]
    }

    /// The files, in name order (the order in which a rule base directory loads).
    var files: [File]
    /// The compiler's diagnostics, by file index; those without a file go to the
    /// document the group was made for.
    var diagnostics: [[Diagnostic]]
    /// Where each id is first declared: file index and declaration index.
    var declarations: [String: (file: Int, index: Int)] = [:]
    /// The ids of the criteria, in declaration order.
    var criterionIDs: [String] = []
    /// The ids of the forms, in declaration order.
    var formIDs: [String] = []

    /// The extension of rule files.
    static let fileExtension = ".orgrules"

    /// The group of the document `uri`, from the open documents and the disk; compiled
    /// for its diagnostics when `compile` is true, else only parsed.
    init(
        for uri: String, documents: [String: TextDocument], disk: WorkspaceFiles,
        compile: Bool = true
    ) {
        var members: [(uri: String, bytes: [UInt8])] = []
        if let path = DocumentURI.path(of: uri), path.hasSuffix(RuleFileGroup.fileExtension) {
            let openByPath = [String: String](
                keepingFirst: documents.keys.compactMap { key in
                    DocumentURI.path(of: key).map { ($0, key) }
                })
            let directory = DocumentURI.directory(of: path)
            var names = Set(
                disk.list(directory).filter { $0.hasSuffix(RuleFileGroup.fileExtension) })
            names.insert(DocumentURI.fileName(of: path))
            for name in names.sorted(by: {
                Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
            }) {
                let memberPath = directory == "/" ? "/" + name : directory + "/" + name
                if let open = openByPath[memberPath], let document = documents[open] {
                    members.append((open, document.bytes))
                } else if let bytes = disk.read(memberPath) {
                    members.append((DocumentURI.uri(ofPath: memberPath), bytes))
                }
            }
        }
        if !members.contains(where: { $0.uri == uri }), let document = documents[uri] {
            members = [(uri, document.bytes)]
        }
        self.init(members: members, primary: uri, compile: compile)
    }

    /// The group of the given files; diagnostics without a file go to `primary`.
    init(members: [(uri: String, bytes: [UInt8])], primary: String, compile: Bool) {
        let sources = members.map {
            SourceFile(path: RuleFileGroup.displayPath($0.uri), bytes: $0.bytes)
        }
        files = []
        for (index, member) in members.enumerated() {
            var parser = Parser(
                file: sources[index], fileIndex: index,
                allowed: Set(DeclarationKind.allCases.filter { $0 != .testCase }))
            files.append(
                File(
                    uri: member.uri, lines: LineIndex(member.bytes),
                    declarations: parser.parseFile()))
        }
        diagnostics = Array(repeating: [], count: files.count)
        var found: [Diagnostic] = []
        if compile {
            do {
                found = try CheckedRuleBase(files: sources).warnings
            } catch {
                found = error.diagnostics
            }
        }
        let primaryIndex = files.firstIndex { $0.uri == primary } ?? 0
        let fileByPath = [String: Int](
            keepingFirst: sources.enumerated().map { ($0.element.path, $0.offset) })
        for diagnostic in found where !files.isEmpty {
            let file = diagnostic.location.flatMap { fileByPath[$0.path] } ?? primaryIndex
            diagnostics[file].append(diagnostic)
        }
        indexDeclarations()
    }

    /// The path shown for a file: its path for a `file:` URI, else the URI.
    static func displayPath(_ uri: String) -> String {
        DocumentURI.path(of: uri) ?? uri
    }

    /// Records where each id is first declared, and the criteria and forms in order.
    private mutating func indexDeclarations() {
        for (fileIndex, file) in files.enumerated() {
            for (index, declaration) in file.declarations.enumerated()
            where declaration.kind != .rulebase {
                let id = declaration.name.text
                guard declarations[id] == nil else { continue }
                declarations[id] = (fileIndex, index)
                if declaration.kind == .criterion { criterionIDs.append(id) }
                if declaration.kind == .form { formIDs.append(id) }
            }
        }
    }

    /// The declaration of an id, with its file.
    func declaration(_ id: String) -> (file: File, syntax: DeclarationSyntax)? {
        guard let place = declarations[id] else { return nil }
        return (files[place.file], files[place.file].declarations[place.index])
    }

    /// The criterion declared with this id.
    func criterion(_ id: String) -> DeclarationSyntax? {
        declaration(id).flatMap { $0.syntax.kind == .criterion ? $0.syntax : nil }
    }

    /// The ids of a criterion's values (`yes` and `no` for a yes/no criterion).
    func valueIDs(of criterionID: String) -> [String] {
        guard let criterion = criterion(criterionID) else { return [] }
        if criterion.type?.kind == .yesNo { return RuleLanguageKeywords.yesNoValues }
        return criterion.attributes.compactMap { attribute in
            if case .value(let value) = attribute.value { return value.name.text }
            return nil
        }
    }

    /// The index of the file with this URI.
    func fileIndex(of uri: String) -> Int? {
        files.firstIndex { $0.uri == uri }
    }
}
