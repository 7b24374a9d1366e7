/// A finding about a rule file: an error that stops the load, or a warning.
///
/// Diagnostics are data; ``DiagnosticRenderer`` turns them into text.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable {
        /// The rule base cannot be used.
        case error
        /// The rule base works but something looks wrong.
        case warning
        /// Information about the check itself (e.g. a limit it reached).
        case note
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong, lower case, names in single quotes.
    public var message: String
    /// Where, or nil when the finding concerns no single place (e.g. an empty rule base).
    public var location: SourceLocation?
    /// The source line holding the location, for the caret display; on a long line,
    /// only the part around the location, with `…` where it was cut.
    public var lineText: String?
    /// The columns of the line left out before ``lineText`` starts, minus one for its
    /// leading `…`: the caret goes under column `location.column - lineTextOffset`.
    public var lineTextOffset: Int = 0
    /// How many columns the caret underlines (at least 1).
    public var length: Int
    /// A hint such as "did you mean 'volume'?".
    public var help: String?
    /// Further lines shown after the help, each as `= note: …` (e.g. an example).
    public var notes: [String]

    /// Creates a diagnostic.
    public init(
        severity: Severity, message: String, location: SourceLocation? = nil,
        lineText: String? = nil, length: Int = 1, help: String? = nil, notes: [String] = []
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.lineText = lineText
        self.length = max(1, length)
        self.help = help
        self.notes = notes
    }

    /// The one-line compiler-style form: `file:line:col: error: message`.
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

extension Diagnostic {
    /// Makes a diagnostic that points at a byte range of a source file.
    package init(
        _ severity: Severity, _ message: String, in file: SourceFile, range: Range<Int>,
        help: String? = nil
    ) {
        let start = min(range.lowerBound, file.bytes.count)
        let line = file.line(of: start)
        let lineRange = file.lineRange(line)
        let end = min(max(range.upperBound, start), lineRange.upperBound)
        // On a long line, only an excerpt around the culprit: a diagnostic's size does
        // not grow with its line, however many diagnostics one line has.
        let excerpt = Diagnostic.excerpt(of: lineRange, around: start..<max(start, end), in: file)
        let underlined = start..<max(start, min(end, excerpt.end))
        let length = SourceFile.scalarCount(file.bytes[underlined])
        self.init(
            severity: severity, message: message, location: file.location(of: start),
            lineText: excerpt.text, length: length, help: help)
        self.lineTextOffset = excerpt.offset
    }

    /// The most bytes of a line shown before and after the culprit.
    static let excerptMargin = 80

    /// The part of a line shown for a range in it: the whole line when it is short,
    /// else up to ``excerptMargin`` bytes either side (cut at character boundaries,
    /// marked with `…`); with the columns it leaves out and where it ends.
    private static func excerpt(
        of line: Range<Int>, around range: Range<Int>, in file: SourceFile
    ) -> (text: String, offset: Int, end: Int) {
        let bytes = file.bytes
        // A long culprit is underlined for its first bytes only.
        let range = range.lowerBound..<min(range.upperBound, range.lowerBound + excerptMargin)
        // A cut moves to the start of its character (at most 3 bytes back: in bytes
        // that are not UTF-8, continuation bytes may run on), never outside the line.
        func boundary(_ offset: Int) -> Int {
            var offset = min(max(offset, line.lowerBound), line.upperBound)
            var steps = 0
            while steps < 3 && offset > line.lowerBound && offset < line.upperBound
                && bytes[offset] & 0xC0 == 0x80
            {
                offset -= 1
                steps += 1
            }
            return offset
        }
        let lower =
            range.lowerBound - line.lowerBound > excerptMargin
            ? boundary(range.lowerBound - excerptMargin / 2) : line.lowerBound
        let upper =
            line.upperBound - range.upperBound > excerptMargin
            ? max(boundary(range.upperBound + excerptMargin / 2), range.upperBound)
            : line.upperBound
        let text = file.text(lower..<upper)
        guard lower > line.lowerBound || upper < line.upperBound else {
            return (text, 0, upper)
        }
        let skipped = SourceFile.scalarCount(bytes[line.lowerBound..<lower])
        return (
            (lower > line.lowerBound ? "…" : "") + text + (upper < line.upperBound ? "…" : ""),
            lower > line.lowerBound ? skipped - 1 : 0, upper
        )
    }
}

/// The error thrown when a rule base cannot be loaded: every diagnostic found, in
/// file order.
public struct RuleBaseError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors and warnings, sorted by location.
    public let diagnostics: [Diagnostic]

    /// Creates the error from its diagnostics.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The rendered diagnostics, without colour.
    public var description: String {
        DiagnosticRenderer(color: false).render(diagnostics)
    }
}
