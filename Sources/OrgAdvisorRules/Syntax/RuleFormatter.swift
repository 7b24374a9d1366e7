/// Formats rule files (`.orgrules`) and test files (`.orgtests`) in their canonical
/// layout, keeping every comment: what `orgadvisor fmt` writes.
///
/// The layout is ``SyntaxPrinter``'s: a declaration keyword in column 1, one attribute
/// per line indented by 4 spaces, texts filled to the width (a text in two languages on
/// one line when it fits, else one language per line, continuation strings aligned
/// under the first), lists (aliases, points, forms, givens) broken after a comma, one
/// space around operators and after commas. Around that:
///
/// - a comment on its own line stays before the line it preceded: at column 1 between
///   declarations, indented by 4 inside one (before an attribute, or after the last);
///   a comment between the continuation lines of an attribute moves just before it;
/// - a comment at the end of a line stays at the end of that line (when the attribute
///   keeps its number of lines, or the comment was on its first or last line; otherwise
///   it moves just before the attribute); comments on consecutive lines are aligned
///   two spaces after the longest of those lines;
/// - one blank line between declarations, and between comments where the source had
///   at least one; none at the start, inside a declaration, or at the end;
/// - line breaks become `\n`; a byte-order mark at the start is kept.
///
/// Formatting never changes what a file means: the result is parsed again and must give
/// the same declarations and the same comments, or the file is left alone with an
/// error. Formatting a formatted file gives it back unchanged.
///
/// ```swift
/// let formatted = try RuleFormatter().format(SourceFile(path: "a.orgrules", text: source))
/// ```
public struct RuleFormatter: Sendable {
    /// The column up to which texts and lists are filled.
    public var width: Int

    /// Creates a formatter that fills lines up to `width` columns (92 by default, the
    /// width of the built-in rules).
    public init(width: Int = 92) {
        self.width = width
    }

    /// The declarations a rule file may hold.
    static let ruleKinds: Set<DeclarationKind> = [
        .rulebase, .criterion, .form, .rule, .derive, .advice,
    ]

    /// The file in canonical layout.
    ///
    /// - Parameters:
    ///   - file: a rule file, or a test file when `tests` is true.
    ///   - tests: whether the file holds test cases (`case` declarations).
    /// - Throws: ``RuleBaseError`` with the file's syntax errors (names are not resolved:
    ///   a file that only refers to unknown names formats), or when the layout would
    ///   change the file's meaning.
    public func format(_ file: SourceFile, tests: Bool = false) throws(RuleBaseError) -> String {
        if let bad = file.firstInvalidUTF8Offset() {
            let hex = String(file.bytes[bad], radix: 16, uppercase: true)
            throw RuleBaseError(diagnostics: [
                Diagnostic(
                    .error,
                    "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); rule files must be UTF-8 text",
                    in: file, range: bad..<bad + 1)
            ])
        }
        let allowed: Set<DeclarationKind> = tests ? [.testCase] : RuleFormatter.ruleKinds
        var parser = Parser(file: file, fileIndex: 0, allowed: allowed)
        let declarations = parser.parseFile()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            let sorted = errors.sorted {
                ($0.location?.line ?? 0, $0.location?.column ?? 0)
                    < ($1.location?.line ?? 0, $1.location?.column ?? 0)
            }
            throw RuleBaseError(diagnostics: RuleBaseCompiler.shortened(sorted))
        }
        let printer = SyntaxPrinter(
            width: width, written: WrittenTexts(tokens: parser.tokens, texts: parser.texts))
        var layout = RuleFileLayout(
            file: file, tokens: parser.tokens, declarations: declarations, printer: printer)
        layout.place(comments: parser.comments)
        let formatted = layout.render()
        try verify(formatted, of: file, declarations, comments: parser.comments, allowed: allowed)
        return formatted
    }

    /// Checks that `formatted` parses to the same declarations and comments as the file.
    private func verify(
        _ formatted: String, of file: SourceFile, _ declarations: [DeclarationSyntax],
        comments: [Range<Int>], allowed: Set<DeclarationKind>
    ) throws(RuleBaseError) {
        let printed = SourceFile(path: file.path, text: formatted)
        var parser = Parser(file: printed, fileIndex: 0, allowed: allowed)
        let reparsed = parser.parseFile()
        let printer = SyntaxPrinter(width: width)
        func texts(_ file: SourceFile, _ ranges: [Range<Int>]) -> [String] {
            ranges.map { RuleFileLayout.commentText(file.text($0)) }.sorted()
        }
        let same =
            parser.diagnostics.isEmpty && printer.print(reparsed) == printer.print(declarations)
            && texts(printed, parser.comments) == texts(file, comments)
        guard same else {
            throw RuleBaseError(diagnostics: [
                Diagnostic(
                    severity: .error,
                    message:
                        "'\(file.path)' cannot be formatted without changing its meaning; it was left as it is (please report this)"
                )
            ])
        }
    }
}
