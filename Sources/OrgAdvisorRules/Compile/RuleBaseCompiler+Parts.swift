/// Parsing a large rule base in parts, on as many cores as the ``PartRunner`` has: the
/// files, and the lines of a large file, are parsed as parts. The result is the same as
/// one piece's: where a part of a file reports anything, the file is parsed again in one
/// piece, so that every diagnostic and its order are those of one piece.
extension RuleBaseCompiler {
    /// Below this many bytes of rule text in all, the files are parsed one after the
    /// other: a thread costs more to start than it saves.
    static let partedBytes = 32 * 1024
    /// A file of this many bytes or more is cut into parts (one per core).
    static let partedFileBytes = 16 * 1024

    /// The kinds of declarations rule files hold.
    static let ruleFileDeclarations: Set<DeclarationKind> = [
        .rulebase, .criterion, .form, .rule, .derive, .advice,
    ]

    /// Parses every file into ``declarations``, in file order, reporting the files that
    /// are not UTF-8.
    mutating func parseFiles(runner: PartRunner) {
        let allowed = RuleBaseCompiler.ruleFileDeclarations
        let keywords = Parser.keywords(allowed)
        let parted = runner.width > 1 && files.reduce(0) { $0 + $1.bytes.count } >= Self.partedBytes
        // The files' parts: a file that is not UTF-8 has none.
        var planned: [(file: Int, range: Range<Int>)] = []
        var invalid: [Int: Int] = [:]
        for (index, file) in files.enumerated() {
            if let bad = file.firstInvalidUTF8Offset() {
                invalid[index] = bad
            } else if parted && file.bytes.count >= Self.partedFileBytes {
                for range in file.declarationLines(parts: runner.width, keywords: keywords) {
                    planned.append((index, range))
                }
            } else {
                planned.append((index, 0..<file.bytes.count))
            }
        }
        let parts = planned
        let files = self.files
        let parsed = runner.map(parted ? parts.count : 0) { part in
            var parser = Parser(
                file: files[parts[part].file], fileIndex: parts[part].file, allowed: allowed,
                range: parts[part].range)
            return (declarations: parser.parseFile(), diagnostics: parser.diagnostics)
        }
        declarations.reserveCapacity(
            declarations.count + parsed.reduce(0) { $0 + $1.declarations.count })
        var next = 0
        for (index, file) in files.enumerated() {
            if let bad = invalid[index] {
                reportInvalidUTF8(file, at: bad)
                continue
            }
            var end = next
            while end < parts.count && parts[end].file == index { end += 1 }
            defer { next = end }
            if parted
                && (end - next == 1 || parsed[next..<end].allSatisfy { $0.diagnostics.isEmpty })
            {
                for part in next..<end {
                    declarations += parsed[part].declarations
                    diagnostics += parsed[part].diagnostics
                }
            } else {
                var parser = Parser(file: file, fileIndex: index, allowed: allowed)
                parser.parseFile(into: &declarations)
                diagnostics += parser.diagnostics
            }
        }
    }

    /// Reports a file that is not UTF-8, at its first bad byte.
    private mutating func reportInvalidUTF8(_ file: SourceFile, at bad: Int) {
        let byte = file.bytes[bad]
        let hex = String(byte, radix: 16, uppercase: true)
        diagnostics.append(
            Diagnostic(
                .error,
                "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); rule files must be UTF-8 text",
                in: file, range: bad..<bad + 1))
    }
}
