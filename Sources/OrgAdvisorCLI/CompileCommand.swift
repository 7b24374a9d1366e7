import OrgAdvisor

/// `orgadvisor compile --rules PATH --output FILE`: compiles rule files into an archive
/// (``RuleBaseArchive``) that `--rules FILE` loads without parsing them or building their
/// tables.
enum CompileCommand {
    static let command = Command(
        name: "compile",
        summary: "compile rule files into an archive that loads without parsing them",
        usage: "orgadvisor compile --rules PATH --output FILE",
        details: """
            Checks and compiles the rule files at PATH (a file, or a directory of
            .orgrules files) and writes the rule base, with its compiled tables, to
            FILE (atomically). Then '--rules FILE' loads it, for every command,
            without parsing the rule files: explanations still cite their lines. The
            archive records where its rule files are: after they change, loading it
            is an error until it is compiled again. An archive of another version of
            orgadvisor, or damaged, is refused.

            Exit codes: 0 written (warnings allowed), 2 usage error, 3 unreadable or
            invalid rule files, or FILE cannot be written.
            """,
        options: [
            OptionSpec(
                name: "rules", arity: .value("PATH"),
                help: "the rule file or directory to compile (required)"),
            OptionSpec(
                name: "output", arity: .value("FILE"),
                help: "write the archive to FILE atomically (required; '-': standard output)"),
            .color, .help,
        ],
        run: run)

    /// The command that compiles an archive at `output` from rule files, as messages show it.
    static func example(output: String) -> String {
        "orgadvisor compile --rules PATH --output \(output)"
    }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        if let extra = parsed.positionals.first {
            throw .usage(
                "unexpected argument '\(extra)'; give the rule files with '--rules PATH'",
                command: command.name)
        }
        guard let path = parsed.value("rules") else {
            throw .usage(
                "expected '--rules PATH', the rule files to compile", command: command.name)
        }
        guard let output = parsed.value("output") else {
            throw .usage(
                "expected '--output FILE', where to write the archive", command: command.name)
        }
        // '-' is standard output (``ParsedArguments/outputFile``), where a binary archive
        // is not for a terminal.
        let toStandardOutput = parsed.outputFile == nil
        if toStandardOutput && context.terminal.stdoutIsTerminal {
            throw .usage(
                "standard output is a terminal; redirect it or give '--output FILE'",
                command: command.name)
        }
        // An archive among rule files would be read as one, and could replace one.
        if !toStandardOutput && output.hasSuffix("." + RuleBase.fileExtension) {
            throw .usage(
                "the archive '\(output)' would be read as a rule file; name it e.g."
                    + " '\(output.dropLast(RuleBase.fileExtension.count))orgarchive'",
                command: command.name)
        }
        // Where the files are and how they are, before they are read: a file changed while
        // it is read then differs from its stamp, and is checked by its fingerprint.
        let sources = RuleBase.sources(at: path)
        if !toStandardOutput, let target = FileSystem.absolutePath(output),
            sources?.files.contains(where: { $0.path == target }) == true
        {
            throw .usage(
                "'\(output)' is one of the rule files to compile; write the archive elsewhere",
                command: command.name)
        }
        let limit = try InputLimits(context.terminal).ruleFile
        let files: [SourceFile]
        do {
            files = try RuleBase.sourceFiles(at: path, limit: limit)
        } catch {
            throw .input(error.diagnostics.map(\.message).joined(separator: "; "))
        }
        if files.count == 1 && RuleBaseArchive.isArchive(files[0].bytes) {
            throw .usage(
                "'\(path)' is a compiled archive already; compile the rule files it was compiled from",
                command: command.name)
        }
        let rules: RuleBase
        do {
            rules = try RuleBase(files: files, runner: .threads)
        } catch {
            throw .rules(error)
        }
        let archive = rules.archive(sources: sources)
        if toStandardOutput {
            let written = archive.withUnsafeBytes { SystemCalls.writeAll($0, to: 1) }
            guard written else {
                throw .input("cannot write standard output: \(SystemCalls.errorText())")
            }
        } else {
            try AtomicOutputFile.write(bytes: archive, to: output, command: command.name)
        }
        let renderer = DiagnosticRenderer(color: context.stderrColor(parsed))
        return CommandOutput(
            stderr: renderer.render(rules.warnings)
                + "compile: wrote \(toStandardOutput ? "standard output" : "'\(output)'") (\(NumberFormatting.grouped(archive.count)) bytes):"
                + " '\(rules.name)' \(rules.version), \(files.count) file\(files.count == 1 ? "" : "s"),"
                + " \(NumberFormatting.grouped(rules.rules.count)) rule\(rules.rules.count == 1 ? "" : "s"),"
                + " fingerprint \(rules.fingerprint)\n"
        )
    }
}
