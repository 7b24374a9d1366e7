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
    /// The language of the summary and of the deep check's frame (the diagnostics, for
    /// rule authors, are English).
    public var language: Language

    /// Creates a renderer.
    public init(color: Bool = false, command: String, language: Language = .english) {
        self.color = color
        self.command = command
        self.language = language
    }

    private var strings: CheckStrings { .of(language) }

    /// A line of the frame with French spacing in French (not the diagnostics, whose
    /// source lines are shown as they are).
    private func typeset(_ text: String) -> String {
        FrenchTypography.typeset(text, french: language == .french)
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
        counts.append(CheckStrings.count(errors, strings.errors))
        counts.append(CheckStrings.count(warnings, strings.warnings))
        if notes > 0 { counts.append(CheckStrings.count(notes, strings.notes)) }
        counts.append(CheckStrings.count(explained.count, strings.explained))
        out += typeset(
            "\(rules.name) \(rules.version)\(language.colon) "
                + CheckStrings.fill(strings.deepCheck, space(audit))
                + "\(language.semicolon) \(counts.joined(separator: ", "))\n")
        return out
    }

    /// `name version: 3 files, 11 criteria, …; no problems`.
    private func summary(_ result: CheckResult, _ rules: RuleBase) -> String {
        let warnings = result.warningCount
        let counts = [
            CheckStrings.count(result.files.count, strings.files),
            CheckStrings.fill(strings.criteria, "\(rules.criteria.count)"),
            CheckStrings.fill(strings.forms, "\(rules.forms.count)"),
            CheckStrings.fill(strings.rules, "\(rules.rules.count)"),
            CheckStrings.fill(strings.derivations, "\(rules.derivations.count)"),
            CheckStrings.fill(strings.advice, "\(rules.advice.count)"),
        ]
        return typeset(
            "\(rules.name) \(rules.version)\(language.colon) \(counts.joined(separator: ", "))"
                + "\(language.semicolon) "
                + (warnings == 0
                    ? strings.noProblems : CheckStrings.count(warnings, strings.warnings))
                + "\n")
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
                notes: finding.example.map {
                    [
                        typeset(
                            CheckStrings.fill(strings.forExample, "\(command) \(audit.flags($0))"))
                    ]
                } ?? [])
        }
    }

    /// The explained findings, grouped under the `accept` line that explains them.
    private func explainedSection(_ explained: [AuditFinding], _ audit: AuditReport) -> String {
        var out = typeset(strings.explainedBy) + "\n"
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
                    out += "      \(strings.eg) \(command) \(audit.flags(example))\n"
                }
            }
        }
        return out
    }

    /// How much of the profile space the deep check covered.
    private func space(_ audit: AuditReport) -> String {
        guard audit.isComplete else { return strings.oneByOne }
        return CheckStrings.format(
            strings.space, NumberFormatting.grouped(audit.factProfiles),
            audit.profiles.map { NumberFormatting.grouped($0) } ?? strings.moreThan,
            "\(audit.criteria.count)", NumberFormatting.grouped(audit.silentProfiles))
    }
}
