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
    /// The source line holding the location, for the caret display.
    public var lineText: String?
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
    init(
        _ severity: Severity, _ message: String, in file: SourceFile, range: Range<Int>,
        help: String? = nil
    ) {
        let start = min(range.lowerBound, file.bytes.count)
        let line = file.line(of: start)
        let lineRange = file.lineRange(line)
        let end = min(max(range.upperBound, start), lineRange.upperBound)
        let length = SourceFile.scalarCount(file.bytes[start..<max(start, end)])
        self.init(
            severity: severity, message: message, location: file.location(of: start),
            lineText: file.lineText(line), length: length, help: help)
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
