import OrgAdvisor

/// `orgadvisor batch [FILE|-]`: scores many profiles from JSON Lines, a JSON array or
/// `{"profiles": [...]}`, streaming in chunks on every core, results in input order.
enum BatchCommand {
    static let command = Command(
        name: "batch", summary: "score many profiles from JSON or JSON Lines",
        usage:
            "orgadvisor batch [FILE|-] [--input-format csv|tsv|jsonl|json]"
            + " [--format \(BatchFormat.choices)] [--output FILE]",
        details: """
            Arguments:
              FILE      JSON Lines, a JSON array of profiles or {"profiles": [...]}, or CSV
                        or TSV with a header row ('-' or nothing: standard input)

            Each profile is an object of criteria, as for --profile; "id" and "name" are
            copied to the result, keys starting with '_' are ignored. In CSV and TSV, the
            header names the criteria (ids or labels), 'id' and 'name'; an empty cell is
            unknown; a bad header is an error before any result. A bad record gives an
            error result naming its record, line and column, and the run goes on.
            A record longer than --max-record-size (default 16M, that is 16 MiB) is
            such an error, skipped without being held in memory. An array or
            {"profiles": [...]} cut short by the end of the input is an error naming
            where it ended: the results before it are written, the exit code is 3 and
            no --output file is written.

            Exit codes: 0 every record scored, 2 usage error, 3 a record failed or the input
            or output could not be used.
            """,
        options: [
            .format(BatchFormat.self, help: "output format (default jsonl)"),
            BatchInputFormat.option, .output,
            OptionSpec(
                name: "explain", arity: .optionalValue("LEVEL"),
                help:
                    "add each profile's trace to the JSON results: every rule (full, the default), the rules that fired (summary) or those that did not (fails)",
                allowed: ExplainLevel.allCases.map(\.rawValue)),
            .jobs(help: "threads to use (default: the number of cores)"),
            OptionSpec(name: "fail-fast", arity: .flag, help: "stop at the first bad record"),
            OptionSpec(
                name: "max-record-size", arity: .value("SIZE"),
                help: "longest record read, in bytes, or with K, M or G (default 16M)"),
            .weight(help: "override a criterion's weight (repeatable)"),
        ] + OptionSpec.ruleBaseOptions,
        run: run)

    /// Input is read in chunks of this many bytes.
    static let chunkSize = 1 << 18

    /// The default of `--max-record-size`: 16 MiB.
    static let defaultMaxRecordSize = 16 << 20

    /// The value of `--max-record-size`: bytes, or with a suffix K, M or G (KiB, MiB,
    /// GiB), from 1 byte to 1 GiB.
    static func maxRecordSize(_ parsed: ParsedArguments) throws(CLIError) -> Int {
        guard let text = parsed.value("max-record-size") else { return defaultMaxRecordSize }
        guard let bytes = ByteSize.parse(text), bytes >= 1, bytes <= 1 << 30 else {
            throw .usage(
                "invalid value '\(text)' for '--max-record-size'; expected a size from 1 to 1G, "
                    + "e.g. 1000, 64K or 16M", command: command.name)
        }
        return bytes
    }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        guard parsed.positionals.count <= 1 else {
            throw .usage(
                "expected one input file, found \(parsed.positionals.count)", command: command.name)
        }
        let path = parsed.positionals.first ?? "-"
        if path == "-" && SystemCalls.isTerminal(0) {
            throw .usage(
                "expected an input file, or profiles on standard input", command: command.name)
        }
        let jobs = try JobsOption.value(parsed, command: command.name)
        let rules = try ScoringInput.applyWeights(
            parsed, to: try context.loadRuleBase(), command: command.name)
        let maxRecordSize = try maxRecordSize(parsed)
        let (input, inputSize) = try openInput(path)
        defer { if input != 0 { SystemCalls.closeDescriptor(input) } }
        let inputFormat = BatchInputFormat.of(parsed, path: path)
        var header: (SpreadsheetHeader, [UInt8])?
        if let separator = inputFormat.separator {
            header = try BatchInputFormat.readHeader(
                from: input, shown: path == "-" ? "<stdin>" : path, separator: separator,
                rules: rules, limit: maxRecordSize)
        }
        let processor = BatchProcessor(
            ruleBase: rules,
            format: parsed.value("format", default: BatchFormat.jsonl),
            // A bare `--explain` is every rule.
            explain: parsed.has("explain") ? parsed.value("explain", default: .full) : nil,
            language: context.language(parsed),
            spreadsheet: header?.0)
        let outputFile = try parsed.outputFile.map { path throws(CLIError) in
            try AtomicOutputFile(path: path)
        }
        var run = BatchRun(
            processor: processor, input: input, output: outputFile?.descriptor ?? 1, jobs: jobs,
            failFast: parsed.has("fail-fast"), maxRecordSize: maxRecordSize,
            progress: context.terminal.stderrIsTerminal ? Progress(total: inputSize) : nil)
        run.separator = inputFormat.separator
        run.prefix = header.map { InputPrefix($0.1) }
        let completed: Bool
        do {
            completed = try run.run()
        } catch {
            outputFile?.discard()
            throw error
        }
        let truncation = run.truncation
        if completed && truncation == nil {
            try outputFile?.commit()
        } else {
            outputFile?.discard()
        }
        var stderr = summary(run, completed: completed, writesFile: outputFile != nil) + "\n"
        if let truncation {
            let shown = path == "-" ? "<stdin>" : path
            stderr =
                "Error: \(shown):\(truncation.line):\(truncation.column): \(truncation.message)\n"
                + stderr
        }
        let failed = run.statistics.failed > 0 || !completed || truncation != nil
        return CommandOutput(
            stderr: stderr, code: failed ? ExitCode.invalidInput : ExitCode.success)
    }

    /// The input named on the command line (`-`: standard input), and its size when it
    /// is a regular file.
    private static func openInput(_ path: String) throws(CLIError) -> (Int32, size: Int?) {
        if path == "-" { return (0, nil) }
        guard !FileSystem.isDirectory(path) else {
            throw .input("cannot read '\(path)': it is a directory")
        }
        guard let opened = SystemCalls.openForReading(path) else {
            throw .input("cannot read '\(path)': \(SystemCalls.errorText())")
        }
        return opened
    }

    /// `batch: 3 records read, 2 scored, 1 failed in 0.01 s (300 profiles/s)`, and why
    /// no output file was written when none was.
    private static func summary(_ run: BatchRun, completed: Bool, writesFile: Bool) -> String {
        let stats = run.statistics
        let seconds = run.elapsed
        let rate = seconds > 0 ? Int(Double(stats.scored + stats.failed) / seconds) : 0
        var summary =
            "batch: \(stats.read) records read, \(stats.scored) scored, \(stats.failed) failed"
        summary += " in \(formatSeconds(seconds)) s (\(rate) profiles/s)"
        if !completed {
            summary += "; stopped at the first bad record (--fail-fast), no output file written"
        } else if run.truncation != nil && writesFile {
            summary += "; the input is incomplete, no output file written"
        }
        return summary
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
