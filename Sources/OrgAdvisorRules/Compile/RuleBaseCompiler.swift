/// Turns rule files into a ``RuleBase``: parses every file, resolves names, checks
/// types, ranges, duplicates and derivation cycles, and collects every diagnostic.
struct RuleBaseCompiler {
    let files: [SourceFile]
    var diagnostics: [Diagnostic] = []
    var declarations: [DeclarationSyntax] = []
    var criteria: [Criterion] = []
    var criterionByID: [String: Int] = [:]
    /// Each enumerated criterion's value indexes by id, built when first needed.
    var valueIndexes: [Int: [String: Int]] = [:]
    var forms: [Form] = []
    var formByID: [String: Int] = [:]
    /// The declaration (its index in ``declarations``) that first declares each id.
    var firstDeclaration: [String: Int] = [:]

    init(files: [SourceFile]) {
        self.files = files
    }

    /// The checked parts of a rule base, from which ``RuleBase`` builds its program.
    /// Compiles, returning the parts, or throwing every diagnostic when any is an error;
    /// a large rule base parsed in parts on `runner`'s threads, with the same result.
    mutating func compile(runner: PartRunner = .serial) throws(RuleBaseError) -> CheckedRuleBase {
        parseFiles(runner: runner)
        let header = declarations.first { $0.kind == .rulebase }
        checkDuplicates()
        // Through the buffer of a copy of the array (which the checks do not change), so
        // that no declaration is copied.
        let declarations = self.declarations
        declarations.withUnsafeBufferPointer { buffer in
            for index in buffer.indices { checkAttributes(buffer[index]) }
            for index in buffer.indices where buffer[index].kind == .criterion {
                compileCriterion(buffer[index])
            }
        }
        var acceptances = compileForms()
        if let header {
            acceptances += compileAcceptances(header, subject: .ruleBase)
        }
        let (rules, derivations, advice) = compileStatements(acceptances: &acceptances)
        let order = orderDerivations(derivations)
        checkNotEmpty()
        checkOverflow(rules)
        if !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += warnings(rules: rules, derivations: derivations, advice: advice)
        }
        let sorted = sortedDiagnostics()
        if sorted.contains(where: { $0.severity == .error }) {
            throw RuleBaseError(diagnostics: RuleBaseCompiler.shortened(sorted))
        }
        let name =
            header?.name.text ?? files.first.map { RuleBaseCompiler.stem($0.path) } ?? "rules"
        let version = header?.version?.text ?? "unversioned"
        let title = header?.attribute(.title).flatMap { $0.text }
        return CheckedRuleBase(
            name: name, version: version, title: title, criteria: criteria, forms: forms,
            rules: rules, derivations: derivations, derivationOrder: order, advice: advice,
            acceptances: acceptances.sorted { $0.location < $1.location },
            fingerprint: Fingerprint.of(files), warnings: sorted, paths: files.map { $0.path })
    }

    /// Compiles the forms, returning the `accept` lines of those that compile.
    private mutating func compileForms() -> [Acceptance] {
        var acceptances: [Acceptance] = []
        let declarations = self.declarations
        declarations.withUnsafeBufferPointer { buffer in
            for position in buffer.indices where buffer[position].kind == .form {
                let index = forms.count
                compileForm(buffer[position])
                if forms.count > index {
                    acceptances += compileAcceptances(buffer[position], subject: .form(index))
                }
            }
        }
        return acceptances
    }

    /// Compiles the rules, derivations and advice in file order, adding the `accept`
    /// lines of the rules and derivations that compile to `acceptances`.
    private mutating func compileStatements(acceptances: inout [Acceptance]) -> (
        rules: [Rule], derivations: [Derivation], advice: [Advice]
    ) {
        var rules: [Rule] = []
        var derivations: [Derivation] = []
        var advice: [Advice] = []
        let declarations = self.declarations
        declarations.withUnsafeBufferPointer { buffer in
            rules.reserveCapacity(buffer.indices.count { buffer[$0].kind == .rule })
            for position in buffer.indices {
                switch buffer[position].kind {
                case .rule:
                    if let rule = compileRule(buffer[position], index: rules.count) {
                        acceptances += compileAcceptances(
                            buffer[position], subject: .rule(rule.index))
                        rules.append(rule)
                    }
                case .derive:
                    if let derivation = compileDerivation(
                        buffer[position], index: derivations.count)
                    {
                        acceptances += compileAcceptances(
                            buffer[position], subject: .derivation(derivation.index))
                        derivations.append(derivation)
                    }
                case .advice:
                    if let item = compileAdvice(buffer[position], index: advice.count) {
                        advice.append(item)
                    }
                default: break
                }
            }
        }
        return (rules, derivations, advice)
    }

    /// Reports a rule base that declares nothing, or no form, when nothing else is wrong.
    private mutating func checkNotEmpty() {
        if declarations.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            let location = files.first.map { SourceLocation(path: $0.path, line: 1, column: 1) }
            diagnostics.append(
                Diagnostic(
                    severity: .error,
                    message: "empty rule base: no criterion, form or rule is declared",
                    location: location))
        } else if forms.isEmpty && !declarations.contains(where: { $0.kind == .form })
            && !diagnostics.contains(where: { $0.severity == .error })
        {
            diagnostics.append(
                Diagnostic(
                    severity: .error,
                    message: "the rule base declares no form; declare at least one 'form'",
                    location: files.first.map { SourceLocation(path: $0.path, line: 1, column: 1) })
            )
        }
    }

    /// The diagnostics by file (in the order of the files), line and column, and else in
    /// the order they were found.
    private func sortedDiagnostics() -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            let lFile =
                l.location.map { location in files.firstIndex { $0.path == location.path } ?? 0 }
                ?? -1
            let rFile =
                r.location.map { location in files.firstIndex { $0.path == location.path } ?? 0 }
                ?? -1
            if lFile != rFile { return lFile < rFile }
            let lPos = (l.location?.line ?? 0, l.location?.column ?? 0)
            let rPos = (r.location?.line ?? 0, r.location?.column ?? 0)
            if lPos != rPos { return lPos < rPos }
            return lhs.offset < rhs.offset
        }.map { $0.element }
    }

    /// The most diagnostics a load reports: past it, a note says how many more there
    /// are, so that a file of garbage cannot make an error report without bound.
    static let diagnosticLimit = 1000

    static func shortened(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.count > diagnosticLimit else { return diagnostics }
        let rest = diagnostics.count - diagnosticLimit
        return Array(diagnostics.prefix(diagnosticLimit)) + [
            Diagnostic(
                severity: .note,
                message:
                    "\(rest) more \(rest == 1 ? "diagnostic" : "diagnostics") not shown; fix the ones above first"
            )
        ]
    }

    static func stem(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            return String(last[..<dot])
        }
        return last
    }

    // MARK: Parsing and declarations

    func file(_ range: SourceRange) -> SourceFile { files[range.file] }

    // The files are read through their buffer: the array's subscript would copy the
    // file, retaining each of its arrays, for every location and text.

    func location(_ range: SourceRange) -> SourceLocation {
        files.withUnsafeBufferPointer { $0[range.file].location(of: range.start) }
    }

    /// The UTF-8 bytes of `range`, a part of its file's (which they share).
    func utf8(_ range: SourceRange) -> ArraySlice<UInt8> {
        files.withUnsafeBufferPointer { files in
            let bytes = files[range.file].bytes
            return bytes[(range.start..<range.end).clamped(to: 0..<bytes.count)]
        }
    }

    mutating func error(_ message: String, at range: SourceRange, help: String? = nil) {
        diagnostics.append(
            Diagnostic(.error, message, in: file(range), range: range.start..<range.end, help: help)
        )
    }

    mutating func warning(_ message: String, at range: SourceRange, help: String? = nil) {
        diagnostics.append(
            Diagnostic(
                .warning, message, in: file(range), range: range.start..<range.end, help: help))
    }

    private mutating func checkDuplicates() {
        var header: DeclarationSyntax?
        firstDeclaration.reserveCapacity(declarations.count)
        // By index, reading only the kind and name of each declaration.
        for index in declarations.indices {
            if declarations[index].kind == .rulebase {
                let keyword = declarations[index].keyword
                if let first = header {
                    error(
                        "a rule base has one 'rulebase' declaration; another is at \(location(first.keyword))",
                        at: keyword)
                } else {
                    header = declarations[index]
                }
                continue
            }
            let name = declarations[index].name
            if let firstIndex = firstDeclaration[name.text] {
                let first = declarations[firstIndex]
                error(
                    "duplicate id '\(name.text)'; \(first.kind.rawValue) '\(name.text)' is already declared at \(location(first.name.range))",
                    at: name.range)
            } else {
                firstDeclaration[name.text] = index
            }
        }
    }

    /// Reports attributes given twice (but those that may repeat) and required ones
    /// missing. The keywords seen are bits of a mask (``AttributeKeyword/bit``), so that
    /// no set is made and no string compared per declaration.
    private mutating func checkAttributes(_ declaration: DeclarationSyntax) {
        let kind = declaration.kind
        let repeatable = kind.repeatableMask
        var seen: UInt32 = 0
        var twice: [NameSyntax] = []
        declaration.attributes.withUnsafeBufferPointer { attributes in
            for attribute in attributes {
                let bit = attribute.known.bit
                if seen & bit != 0 && repeatable & bit == 0 { twice.append(attribute.keyword) }
                seen |= bit
            }
        }
        for written in twice {
            error(
                "'\(written.text)' is given twice for \(kind.rawValue) '\(declaration.name.text)'",
                at: written.range)
        }
        guard kind.requiredMask & ~seen != 0 else { return }
        for keyword in kind.required where AttributeKeyword(rawValue: keyword)!.bit & seen == 0 {
            error(
                "\(kind.rawValue) '\(declaration.name.text)' has no '\(keyword)'; expected a '\(keyword)' line",
                at: declaration.name.range)
        }
    }

    /// True when an earlier declaration has the same id (that one is compiled instead).
    func isDuplicate(_ declaration: DeclarationSyntax) -> Bool {
        guard let first = firstDeclaration[declaration.name.text] else { return true }
        return declarations.withUnsafeBufferPointer { $0[first].name.range }
            != declaration.name.range
    }
}
