import OrgAdvisor

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
    /// For CSV or TSV input, the field separator (else the input is JSON).
    var separator: UInt8?
    /// Bytes read before the run (a CSV or TSV header), read again first.
    var prefix: InputPrefix?

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
        let advice = "; raise --max-record-size to read it"
        if let separator {
            return RecordSplitter(
                separator: separator, maxRecordSize: maxRecordSize, limitAdvice: advice)
        }
        return RecordSplitter(maxRecordSize: maxRecordSize, limitAdvice: advice)
    }

    func write(_ bytes: [UInt8]) throws(CLIError) {
        let written = bytes.withUnsafeBytes { bytes in
            Result { () throws(CLIError) in try write(bytes) }
        }
        try written.get()
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(CLIError) {
        try write(parts: [bytes])
    }

    /// Writes `parts` in order, in as few system calls as it takes.
    func write(parts: [UnsafeRawBufferPointer]) throws(CLIError) {
        guard SystemCalls.writeAll(parts, to: output) else {
            throw .input("cannot write the results: \(SystemCalls.errorText())")
        }
    }

    /// Reads the input into `buffer` after its first `start` bytes until it is full or
    /// the input ends; returns how many bytes it holds and whether the input ended.
    func fill(_ buffer: UnsafeMutableRawBufferPointer, from start: Int) throws(CLIError) -> (
        Int, Bool
    ) {
        var used = start
        if let prefix, prefix.position < prefix.bytes.count {
            let count = min(buffer.count - used, prefix.bytes.count - prefix.position)
            prefix.bytes[prefix.position..<prefix.position + count].withUnsafeBytes {
                (buffer.baseAddress! + used).copyMemory(from: $0.baseAddress!, byteCount: count)
            }
            prefix.position += count
            used += count
        }
        while used < buffer.count {
            guard
                let count = SystemCalls.readSome(
                    input, into: UnsafeMutableRawBufferPointer(rebasing: buffer[used...]))
            else {
                throw .input("cannot read the input: \(SystemCalls.errorText())")
            }
            if count == 0 { return (used, true) }
            used += count
        }
        return (used, false)
    }

    /// Runs to the end of the input; false when stopped early by `--fail-fast`.
    mutating func run() throws(CLIError) -> Bool {
        let start = SystemCalls.now()
        defer { elapsed = SystemCalls.now() - start }
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
                    $0.baseAddress!.copyMemory(from: $0.baseAddress! + consumed, byteCount: rest)
                }
            }
            used = rest
            progress?.draw(
                bytes: bytesRead, records: statistics.read, elapsed: SystemCalls.now() - start)
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

/// Bytes read from the input before a run, which the run reads first.
final class InputPrefix {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}
