import OrgAdvisor

/// `orgadvisor check [PATH...] [--deep]`: validates rule files (together one rule base)
/// and reports every diagnostic compiler-style, as text or JSON for editors; with
/// `--deep`, also checks the whole profile space (``RuleBaseAudit``).
enum CheckCommand {
    static let command = Command(
        name: "check", summary: "validate rule files and report every problem",
        usage: "orgadvisor check [PATH...] [--deep] [--format \(TextOrJSON.choices)]",
        details: "Arguments:\n  PATH...   rule files or directories, together one rule base"
            + " (default: the built-in rules),\n            or one compiled archive, checked as '--rules'"
            + " loads it\n\nExit codes: 0 no errors (warnings allowed), 1 errors found,"
            + " 2 usage error, 3 unreadable path.",
        options: [
            .format(TextOrJSON.self),
            OptionSpec(
                name: "deep", arity: .flag,
                help:
                    "also check every profile: rules that never fire or never change a ranking,"
                    + " forms that never win, ties, derivations that never apply"),
            .jobs(help: "threads for --deep (default: the number of cores)"), .lang, .color, .help,
        ],
        run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        var files: [SourceFile] = []
        if parsed.positionals.isEmpty {
            files = RuleBase.builtInFiles
        } else {
            let limit = try InputLimits(context.terminal).ruleFile
            for path in parsed.positionals {
                do {
                    files += try RuleBase.sourceFiles(at: path, limit: limit)
                } catch {
                    throw .input(error.diagnostics.map(\.message).joined(separator: "; "))
                }
            }
        }
        var diagnostics: [Diagnostic]
        var rules: RuleBase?
        if let archive = files.first(where: { RuleBaseArchive.isArchive($0.bytes) }) {
            guard files.count == 1 else {
                throw .invalidUsage(.archiveAlone(archive.path), command: command.name)
            }
            rules = try loadArchive(archive)
            files = rules.map(Self.sourceFiles) ?? []
            diagnostics = []
        } else {
            do {
                let loaded = try RuleBase(files: files, runner: .threads)
                diagnostics = loaded.warnings
                rules = loaded
            } catch {
                diagnostics = error.diagnostics
            }
        }
        if let rules { diagnostics += OptionSpec.clashWarnings(of: rules) }
        var audit: AuditReport?
        if parsed.has("deep") {
            let jobs = try JobsOption.value(parsed, command: command.name)
            audit = rules.map { Self.audit($0, jobs: jobs) }
        }
        let result = CheckResult(
            files: files, diagnostics: diagnostics, ruleBase: rules, isDeep: parsed.has("deep"),
            audit: audit)
        var output = CommandOutput(
            code: result.errorCount > 0 ? ExitCode.failures : ExitCode.success)
        if parsed.value("format", default: TextOrJSON.text) == .json {
            output.stdout = result.json().serialized(pretty: true) + "\n"
        } else {
            output.stdout = CheckResultText(
                color: context.color(parsed), command: "orgadvisor",
                language: context.language(parsed)
            ).render(result)
        }
        return output
    }

    /// A compiled archive checked as `--rules` loads it: its version, checksum and
    /// contents, and that its rule files have not changed.
    private static func loadArchive(_ file: SourceFile) throws(CLIError) -> RuleBase {
        do {
            return try RuleBase(archive: file.bytes, path: file.path)
        } catch {
            throw .input(
                error.diagnostics.map(\.message).joined(separator: "; ")
                    + "; compile its rule files again: '\(CompileCommand.example(output: file.path))'"
            )
        }
    }

    /// The rule files an archive was compiled from, for the lines of the findings, when
    /// they are still there and the same; else none.
    private static func sourceFiles(of rules: RuleBase) -> [SourceFile] {
        var files: [SourceFile] = []
        for path in rules.paths {
            guard let bytes = try? FileSystem.read(path, limit: .ruleFile) else { return [] }
            files.append(SourceFile(path: path, bytes: bytes))
        }
        return CheckedRuleBase.fingerprint(of: files) == rules.fingerprint ? files : []
    }

    /// Runs the deep check on `jobs` threads and merges the parts in order (the output
    /// does not depend on the number of threads).
    static func audit(_ rules: RuleBase, jobs: Int) -> AuditReport {
        let audit = RuleBaseAudit(rules)
        let ranges = audit.ranges(jobs * 4)
        let tallies = PartRunner.threads(width: jobs).map(ranges.count) { audit.tally(ranges[$0]) }
        var total = AuditTally(rules: rules.rules.count, forms: rules.forms.count)
        for tally in tallies { total.merge(tally) }
        return audit.report(total)
    }
}
