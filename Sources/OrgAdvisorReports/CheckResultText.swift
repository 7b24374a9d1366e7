import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a ``CheckResult`` compiler-style: every diagnostic with its file, line,
/// column and caret, then one summary line; with the deep check, its unexplained
/// findings as diagnostics (each with an example profile), the findings that `accept`
/// lines explain grouped under them, and the size of the space checked.
public struct CheckResultText: Sendable {
    /// Whether to use ANSI colours.
    public var color: Bool
    /// What the example profiles' flags are shown after, e.g. `orgadvisor`: the
    /// command line that would take them.
    public var command: String

    /// Creates a renderer.
    public init(color: Bool = false, command: String) {
        self.color = color
        self.command = command
    }

    /// The diagnostics and the summary, each line ending with a newline.
    public func render(_ result: CheckResult) -> String {
        let renderer = DiagnosticRenderer(color: color)
        guard let rules = result.ruleBase else { return renderer.render(result.diagnostics) }
        guard result.isDeep, let audit = result.audit else {
            return renderer.render(result.diagnostics) + summary(result, rules)
        }
        let shown = result.diagnostics + findingDiagnostics(audit, files: result.files)
        // One summary line at the end, for load diagnostics and findings together.
        var out = shown.map { renderer.render($0) }.joined()
        let explained = audit.findings.filter { $0.isExplained }
        if !explained.isEmpty { out += explainedSection(explained, audit) }
        let warnings = shown.count { $0.severity == .warning }
        let notes = shown.count { $0.severity == .note }
        let errors = result.errorCount
        var counts: [String] = []
        counts.append(errors == 1 ? "1 error" : "\(errors) errors")
        counts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings")
        if notes > 0 { counts.append(notes == 1 ? "1 note" : "\(notes) notes") }
        counts.append("\(explained.count) explained")
        out +=
            "\(rules.name) \(rules.version): deep check of \(space(audit)); \(counts.joined(separator: ", "))\n"
        return out
    }

    /// `name version: 3 files, 11 criteria, …; no problems`.
    private func summary(_ result: CheckResult, _ rules: RuleBase) -> String {
        let files = result.files.count
        let warnings = result.warningCount
        return
            "\(rules.name) \(rules.version): \(files) file\(files == 1 ? "" : "s"), "
            + "\(rules.criteria.count) criteria, \(rules.forms.count) forms, \(rules.rules.count) rules, "
            + "\(rules.derivations.count) derivations, \(rules.advice.count) advice; "
            + (warnings == 0 ? "no problems" : "\(warnings) warning\(warnings == 1 ? "" : "s")")
            + "\n"
    }

    /// The unexplained findings as diagnostics, with their source line and an example.
    private func findingDiagnostics(_ audit: AuditReport, files: [SourceFile]) -> [Diagnostic] {
        let lines = Dictionary(keepingFirst: files.map { ($0.path, $0) })
        return audit.unexplained.map { finding in
            Diagnostic(
                severity: finding.severity, message: finding.message,
                location: finding.location,
                lineText: finding.location.flatMap { lines[$0.path]?.lineText($0.line) },
                length: finding.length,
                notes: finding.example.map { ["for example: \(command) \(audit.flags($0))"] }
                    ?? [])
        }
    }

    /// The explained findings, grouped under the `accept` line that explains them.
    private func explainedSection(_ explained: [AuditFinding], _ audit: AuditReport) -> String {
        var out = "explained by 'accept' lines:\n"
        var groups: [(acceptance: Acceptance, findings: [AuditFinding])] = []
        for finding in explained {
            guard let acceptance = finding.acceptance else { continue }
            if let index = groups.firstIndex(where: { $0.acceptance == acceptance }) {
                groups[index].findings.append(finding)
            } else {
                groups.append((acceptance, [finding]))
            }
        }
        for group in groups {
            let acceptance = group.acceptance
            out += "  \(acceptance.location.pathAndLine): accept \(acceptance.kind.rawValue)\n"
            for finding in group.findings {
                let place = finding.location.map { "\($0.pathAndLine): " } ?? ""
                out += "    \(place)\(finding.message)\n"
                if let example = finding.example {
                    out += "      e.g. \(command) \(audit.flags(example))\n"
                }
            }
        }
        return out
    }

    /// How much of the profile space the deep check covered.
    private func space(_ audit: AuditReport) -> String {
        guard audit.isComplete else {
            return "rules and derivations one by one (the space is too large to enumerate)"
        }
        return "\(NumberFormatting.grouped(audit.factProfiles)) fact profiles standing for "
            + "\(audit.profiles.map { NumberFormatting.grouped($0) } ?? "more than 2^63") profiles of "
            + "\(audit.criteria.count) criteria (\(NumberFormatting.grouped(audit.silentProfiles)) where no rule fires)"
    }
}
