import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension CheckCommand {
    /// `check --deep`: the load diagnostics, then the findings of the deep check, run on
    /// every core (the output does not depend on the number of threads).
    static func deep(
        _ parsed: ParsedArguments, diagnostics: [Diagnostic], rules: RuleBase?,
        files: [SourceFile], color: Bool
    ) throws(CLIError) -> CommandOutput {
        let jobs = try Parallel.jobs(parsed, command: "check")
        let report = rules.map { audit($0, jobs: jobs) }
        let loadErrors = diagnostics.count { $0.severity == .error }
        let errors = loadErrors + (report?.count(.error) ?? 0)
        var output = CommandOutput(code: errors > 0 ? ExitCode.failures : ExitCode.success)
        if parsed.value("format") == "json" {
            output.stdout =
                json(report, diagnostics: diagnostics, rules: rules, files: files) + "\n"
            return output
        }
        guard let report, let rules else {
            output.stdout = DiagnosticRenderer(color: color).render(diagnostics)
            return output
        }
        let lines = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        let shown =
            diagnostics
            + report.unexplained.map { finding in
                Diagnostic(
                    severity: finding.severity, message: finding.message,
                    location: finding.location,
                    lineText: finding.location.flatMap { lines[$0.path]?.lineText($0.line) },
                    length: finding.length,
                    notes: finding.example.map { ["for example: orgadvisor \(report.flags($0))"] }
                        ?? [])
            }
        // One summary line at the end, for load diagnostics and findings together.
        let renderer = DiagnosticRenderer(color: color)
        output.stdout = shown.map { renderer.render($0) }.joined()
        let explained = report.findings.filter(\.isExplained)
        if !explained.isEmpty {
            output.stdout += "explained by 'accept' lines:\n"
            var groups: [(acceptance: Acceptance, findings: [AuditFinding])] = []
            for finding in explained {
                if let index = groups.firstIndex(where: { $0.acceptance == finding.acceptance }) {
                    groups[index].findings.append(finding)
                } else {
                    groups.append((finding.acceptance!, [finding]))
                }
            }
            for group in groups {
                let acceptance = group.acceptance
                output.stdout +=
                    "  \(acceptance.location.pathAndLine): accept \(acceptance.kind.rawValue)\n"
                for finding in group.findings {
                    let place = finding.location.map { "\($0.pathAndLine): " } ?? ""
                    output.stdout += "    \(place)\(finding.message)\n"
                    if let example = finding.example {
                        output.stdout += "      e.g. orgadvisor \(report.flags(example))\n"
                    }
                }
            }
        }
        let warnings = shown.count { $0.severity == .warning }
        let notes = shown.count { $0.severity == .note }
        var counts: [String] = []
        counts.append(errors == 1 ? "1 error" : "\(errors) errors")
        counts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings")
        if notes > 0 { counts.append(notes == 1 ? "1 note" : "\(notes) notes") }
        counts.append("\(explained.count) explained")
        let space =
            report.isComplete
            ? "\(NumberFormatting.grouped(report.factProfiles)) fact profiles standing for "
                + "\(report.profiles.map { NumberFormatting.grouped($0) } ?? "more than 2^63") profiles of "
                + "\(report.criteria.count) criteria (\(NumberFormatting.grouped(report.silentProfiles)) where no rule fires)"
            : "rules and derivations one by one (the space is too large to enumerate)"
        output.stdout +=
            "\(rules.name) \(rules.version): deep check of \(space); \(counts.joined(separator: ", "))\n"
        return output
    }

    /// Runs the deep check on `jobs` threads and merges the parts in order.
    static func audit(_ rules: RuleBase, jobs: Int) -> AuditReport {
        let audit = RuleBaseAudit(rules)
        let ranges = audit.ranges(jobs * 4)
        let tallies = Parallel.map(ranges.count) { audit.tally(ranges[$0]) }
        var total = AuditTally(rules: rules.rules.count, forms: rules.forms.count)
        for tally in tallies { total.merge(tally) }
        return audit.report(total)
    }

    private static func json(
        _ report: AuditReport?, diagnostics: [Diagnostic], rules: RuleBase?, files: [SourceFile]
    ) -> String {
        var members: [(String, JSONValue)] = [
            ("schema", .string("orgadvisor.check-deep/1")),
            ("files", .array(files.map { .string($0.path) })),
        ]
        if let rules { members.append(("ruleBase", rules.jsonIdentity)) }
        let loadErrors = diagnostics.count { $0.severity == .error }
        let loadWarnings = diagnostics.count { $0.severity == .warning }
        members += [
            ("errors", .int(loadErrors + (report?.count(.error) ?? 0))),
            ("warnings", .int(loadWarnings + (report?.count(.warning) ?? 0))),
            ("notes", .int(report?.count(.note) ?? 0)),
            ("explained", .int(report?.findings.count(where: \.isExplained) ?? 0)),
            ("diagnostics", .array(diagnostics.map(json))),
        ]
        if let report { members += report.jsonMembers }
        return JSONValue.object(members).serialized(pretty: true)
    }
}
