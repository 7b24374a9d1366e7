import Dispatch
import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `orgadvisor batch [FILE|-]`: scores many profiles from JSON Lines, a JSON array or
/// `{"profiles": [...]}`, streaming in chunks on every core, results in input order.
enum BatchCommand {
    static let command = Command(
        name: "batch", summary: "score many profiles from JSON or JSON Lines",
        usage: "orgadvisor batch [FILE|-] [--format \(BatchFormat.choices)] [--output FILE]",
        details: """
            Arguments:
              FILE      JSON Lines, a JSON array of profiles or {"profiles": [...]} ('-' or
                        nothing: standard input)

            Each profile is an object of criteria, as for --profile; "id" and "name" are
            copied to the result, keys starting with '_' are ignored. A bad record gives an
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
            .format(BatchFormat.self, help: "output format (default jsonl)"), .output,
            OptionSpec(
                name: "explain", arity: .flag, help: "add each profile's trace to the JSON results"),
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
        if context.wantsHelp { return command.help }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        guard parsed.positionals.count <= 1 else {
            throw .usage(
                "expected one input file, found \(parsed.positionals.count)", command: command.name)
        }
        let path = parsed.positionals.first ?? "-"
        if path == "-" && isatty(0) == 1 {
            throw .usage(
                "expected an input file, or profiles on standard input", command: command.name)
        }
        let jobs = try Parallel.jobs(parsed, command: command.name)
        let rules = try ScoringInput.applyWeights(
            parsed, to: try context.loadRuleBase(), command: command.name)
        let processor = BatchProcessor(
            ruleBase: rules,
            format: parsed.value("format", default: BatchFormat.jsonl),
            explain: parsed.has("explain"), language: context.language(parsed))
        let maxRecordSize = try maxRecordSize(parsed)
        let input: Int32
        var inputSize: Int?
        if path == "-" {
            input = 0
        } else {
            guard !FileSystem.isDirectory(path) else {
                throw .input("cannot read '\(path)': it is a directory")
            }
            input = open(path, O_RDONLY)
            guard input >= 0 else {
                throw .input("cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            var info = stat()
            if fstat(input, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
                inputSize = Int(info.st_size)
            }
        }
        defer { if input != 0 { close(input) } }
        let outputFile = try parsed.value("output").map { path throws(CLIError) in
            try AtomicOutputFile(path: path)
        }
        var run = BatchRun(
            processor: processor, input: input, output: outputFile?.descriptor ?? 1, jobs: jobs,
            failFast: parsed.has("fail-fast"), maxRecordSize: maxRecordSize,
            progress: context.terminal.stderrIsTerminal ? Progress(total: inputSize) : nil)
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
        let stats = run.statistics
        let seconds = run.elapsed
        let rate = seconds > 0 ? Int(Double(stats.scored + stats.failed) / seconds) : 0
        var summary =
            "batch: \(stats.read) records read, \(stats.scored) scored, \(stats.failed) failed"
        summary += " in \(formatSeconds(seconds)) s (\(rate) profiles/s)"
        if !completed {
            summary += "; stopped at the first bad record (--fail-fast), no output file written"
        } else if truncation != nil && outputFile != nil {
            summary += "; the input is incomplete, no output file written"
        }
        var stderr = summary + "\n"
        if let truncation {
            let shown = path == "-" ? "<stdin>" : path
            stderr =
                "Error: \(shown):\(truncation.line):\(truncation.column): \(truncation.message)\n"
                + stderr
        }
        let failed = stats.failed > 0 || !completed || truncation != nil
        return CommandOutput(
            stderr: stderr, code: failed ? ExitCode.invalidInput : ExitCode.success)
    }

    private static func formatSeconds(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// A progress line on standard error: records, rate and, for files, the time left.
struct Progress {
    let total: Int?
    var lastDraw = 0.0

    mutating func draw(bytes: Int, records: Int, elapsed: Double, final: Bool = false) {
        guard final || elapsed - lastDraw >= 0.1 else { return }
        lastDraw = elapsed
        let rate = elapsed > 0 ? Int(Double(records) / elapsed) : 0
        var line = "\r\u{1B}[K\(records) records, \(rate)/s"
        if let total, total > 0 {
            let fraction = min(1, Double(bytes) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line +=
                "  [" + String(repeating: "█", count: filled)
                + String(repeating: " ", count: width - filled) + "]"
            line += " \(Int(fraction * 100))%"
            if fraction > 0 && fraction < 1 {
                line += ", \(Int(elapsed / fraction - elapsed) + 1) s left"
            }
        }
        if final { line = "\r\u{1B}[K" }
        Terminal.write(line, to: 2)
    }
}

/// One batch run: reads chunks, splits them into records, scores them on `jobs`
/// threads and writes the results in input order.
struct BatchRun {
    let processor: BatchProcessor
    let input: Int32
    let output: Int32
    let jobs: Int
    let failFast: Bool
    var progress: Progress?
    let maxRecordSize: Int
    var statistics = BatchStatistics()
    /// Where the input ended inside an array or the profiles object, if it did.
    var truncation: RecordSplitter.Truncation?
    private(set) var elapsed = 0.0
    var workers: [BatchProcessor.Worker]

    init(
        processor: BatchProcessor, input: Int32, output: Int32, jobs: Int, failFast: Bool,
        maxRecordSize: Int = BatchCommand.defaultMaxRecordSize, progress: Progress?
    ) {
        self.maxRecordSize = maxRecordSize
        self.processor = processor
        self.input = input
        self.output = output
        self.jobs = failFast ? 1 : jobs
        self.failFast = failFast
        self.progress = progress
        self.workers = (0..<(failFast ? 1 : jobs)).map { _ in BatchProcessor.Worker(for: processor)
        }
    }

    /// A splitter with the run's record size limit.
    func makeSplitter() -> RecordSplitter {
        RecordSplitter(
            maxRecordSize: maxRecordSize, limitAdvice: "; raise --max-record-size to read it")
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    func write(_ bytes: [UInt8]) throws(CLIError) {
        let written = bytes.withUnsafeBytes { bytes in
            Result { () throws(CLIError) in try write(bytes) }
        }
        try written.get()
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(CLIError) {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(output, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .input("cannot write the results: \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Reads the input into `buffer` after its first `start` bytes until it is full or
    /// the input ends; returns how many bytes it holds and whether the input ended.
    func fill(_ buffer: UnsafeMutableRawBufferPointer, from start: Int) throws(CLIError) -> (
        Int, Bool
    ) {
        var used = start
        while used < buffer.count {
            let count = systemRead(input, buffer.baseAddress! + used, buffer.count - used)
            if count < 0 {
                if errno == EINTR { continue }
                throw .input("cannot read the input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return (used, true) }
            used += count
        }
        return (used, false)
    }

    /// Runs to the end of the input; false when stopped early by `--fail-fast`.
    mutating func run() throws(CLIError) -> Bool {
        let start = BatchRun.now()
        defer { elapsed = BatchRun.now() - start }
        if failFast { return try runOneByOne(start: start) }
        try runPipelined(start: start)
        return true
    }

    /// Runs record by record on this thread, stopping at the first bad record
    /// (`--fail-fast`); false when it stopped.
    ///
    /// One buffer holds what is left of the previous chunk followed by the next chunk;
    /// it and the record list keep their storage from chunk to chunk.
    private mutating func runOneByOne(start: Double) throws(CLIError) -> Bool {
        var splitter = makeSplitter()
        defer { truncation = splitter.truncation }
        var buffer = [UInt8](repeating: 0, count: BatchCommand.chunkSize)
        var used = 0
        var records: [RecordSplitter.Record] = []
        var bytesRead = 0
        var atEnd = false
        try write(processor.header)
        while !atEnd {
            // A record longer than a chunk: twice the room, so that reading stays linear.
            if buffer.count - used < BatchCommand.chunkSize / 2 {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
            // Fill the buffer after what is left of the previous chunk.
            let filled = buffer.withUnsafeMutableBytes { bytes in
                Result { () throws(CLIError) in try fill(bytes, from: used) }
            }
            let (count, ended) = try filled.get()
            bytesRead += count - used
            used = count
            atEnd = ended
            let isEnd = atEnd
            records.removeAll(keepingCapacity: true)
            let consumed = buffer.withUnsafeBufferPointer {
                splitter.split(
                    UnsafeBufferPointer(rebasing: $0[0..<used]), isEnd: isEnd, into: &records)
            }
            let stopped = try process(records, buffer)
            // Keep the unconsumed rest at the front.
            let rest = used - consumed
            if rest > 0 && consumed > 0 {
                buffer.withUnsafeMutableBytes {
                    _ = memmove($0.baseAddress!, $0.baseAddress! + consumed, rest)
                }
            }
            used = rest
            progress?.draw(
                bytes: bytesRead, records: statistics.read, elapsed: BatchRun.now() - start)
            if stopped {
                progress?.draw(bytes: bytesRead, records: statistics.read, elapsed: 0, final: true)
                return false
            }
        }
        try write(processor.footer(count: statistics.read))
        progress?.draw(bytes: bytesRead, records: statistics.read, elapsed: 0, final: true)
        return true
    }

    /// Scores records one by one and writes their results; true when one failed.
    private mutating func process(_ records: [RecordSplitter.Record], _ buffer: [UInt8])
        throws(CLIError) -> Bool
    {
        guard !records.isEmpty else { return false }
        let processor = self.processor
        var out = ByteBuffer()
        for index in records.indices {
            let before = workers[0].statistics.failed
            buffer.withUnsafeBufferPointer { bytes in
                processor.process(
                    records[index...index], in: bytes, into: &out, worker: &workers[0])
            }
            if workers[0].statistics.failed > before {
                statistics.add(BatchStatistics(read: 1, scored: 0, failed: 1))
                try out.withUnsafeBytes { (bytes) throws(CLIError) in try write(bytes) }
                return true
            }
            statistics.add(BatchStatistics(read: 1, scored: 1, failed: 0))
        }
        try out.withUnsafeBytes { (bytes) throws(CLIError) in try write(bytes) }
        return false
    }
}
