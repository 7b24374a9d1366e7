/// Renders diagnostics the way compilers do: a `file:line:col: error: message` line,
/// the source line with a caret under the culprit, and a help line.
///
/// ```
/// Rules/rules.orgrules:12:10: error: unknown criterion 'volum'
///    12 |     when volum >= high
///       |          ^~~~~
///       = help: did you mean 'volume'?
/// ```
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool

    /// Creates a renderer.
    public init(color: Bool) {
        self.color = color
    }

    /// Renders several diagnostics, each followed by a newline, then a summary line
    /// when there is more than one.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += render(diagnostic)
        }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count { $0.severity == .warning }
        let notes = diagnostics.count { $0.severity == .note }
        if diagnostics.count > 1 {
            var parts: [String] = []
            if errors > 0 { parts.append(errors == 1 ? "1 error" : "\(errors) errors") }
            if warnings > 0 { parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
            if notes > 0 { parts.append(notes == 1 ? "1 note" : "\(notes) notes") }
            out += parts.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// Renders one diagnostic, ending with a newline.
    public func render(_ diagnostic: Diagnostic) -> String {
        let severityText: String
        switch diagnostic.severity {
        case .error: severityText = paint("error", "1;31")
        case .warning: severityText = paint("warning", "1;33")
        case .note: severityText = paint("note", "1;36")
        }
        var out = ""
        if let location = diagnostic.location {
            out += paint("\(location):", "1") + " "
        }
        out += "\(severityText): \(paint(diagnostic.message, "1"))\n"
        guard let location = diagnostic.location, let lineText = diagnostic.lineText else {
            if let help = diagnostic.help { out += "  = help: \(help)\n" }
            for note in diagnostic.notes { out += "  = note: \(note)\n" }
            return out
        }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: max(number.count, 4))
        let paddedNumber = String(repeating: " ", count: gutter.count - number.count) + number
        // One column per character: tabs as spaces, other control characters as '�'.
        var shown = ""
        for scalar in lineText.unicodeScalars {
            if scalar == "\t" {
                shown += " "
            } else if scalar.isControlCharacter {
                shown += "\u{FFFD}"
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        out += paint("\(paddedNumber) |", "34") + " \(shown)\n"
        let caret = "^" + String(repeating: "~", count: max(0, diagnostic.length - 1))
        let pad = String(
            repeating: " ", count: max(0, location.column - 1 - diagnostic.lineTextOffset))
        out += paint("\(gutter) |", "34") + " \(pad)\(paint(caret, "1;32"))\n"
        if let help = diagnostic.help {
            out += paint("\(gutter) =", "34") + " help: \(help)\n"
        }
        for note in diagnostic.notes {
            out += paint("\(gutter) =", "34") + " note: \(note)\n"
        }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
