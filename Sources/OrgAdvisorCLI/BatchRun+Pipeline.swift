import Dispatch
import OrgAdvisor
import Synchronization

extension BatchRun {
    /// Runs to the end of the input with reading, splitting and writing on this thread
    /// and scoring on `jobs` other threads. Before chunk N is read, the results of chunk
    /// N-2 are written (in input order, as soon as a slow input has given that much), and
    /// while it is read, chunk N-1 is scored; once N starts, the threads that are done
    /// with N-1's parts go on with N's. Three input buffers and three sets of outputs
    /// take the chunks in turn.
    ///
    /// A chunk is cut into ``partsPerJob`` parts per thread, which the threads take one
    /// after the other as they finish the previous: a part of costly profiles (a large
    /// rule base with many unknown criteria) keeps neither the other threads nor the
    /// next chunk waiting. At most `jobs` threads score at a time.
    mutating func runPipelined(start: Double) throws(CLIError) {
        let jobs = self.jobs
        let processor = self.processor
        let slots = 3
        var inputs = (0..<slots).map { _ in
            UnsafeMutableRawBufferPointer.allocate(
                byteCount: BatchCommand.chunkSize, alignment: 16)
        }
        let partLimit = jobs == 1 ? 1 : Self.partsPerJob * jobs
        let outputs = UnsafeMutablePointer<ByteBuffer>.allocate(capacity: slots * partLimit)
        for index in 0..<slots * partLimit { (outputs + index).initialize(to: ByteBuffer()) }
        // A worker per slot and thread: a thread may start on a chunk while another
        // thread still scores the chunk before.
        let workers = UnsafeMutablePointer<BatchProcessor.Worker>.allocate(
            capacity: slots * jobs)
        for index in 0..<slots * jobs {
            (workers + index).initialize(
                to: index < jobs ? self.workers[index] : BatchProcessor.Worker(for: processor))
        }
        let groups = (0..<slots).map { _ in DispatchGroup() }
        let scoring = DispatchSemaphore(value: jobs)
        defer {
            // Nothing is freed while a thread may still use it.
            for group in groups { group.wait() }
            for index in 0..<jobs { self.workers[index] = workers[index] }
            workers.deinitialize(count: slots * jobs)
            workers.deallocate()
            outputs.deinitialize(count: slots * partLimit)
            outputs.deallocate()
            for buffer in inputs { buffer.deallocate() }
        }
        // Per slot: the parts of the chunk scored there (0 once written), and its
        // workers' counts when it was last written (read only then: the workers are
        // the threads' own while the slot is scored).
        var parts = [Int](repeating: 0, count: slots)
        var counted = [BatchStatistics](repeating: BatchStatistics(), count: slots)
        func total() -> BatchStatistics {
            var sum = BatchStatistics()
            for slot in 0..<slots { sum.add(counted[slot]) }
            return sum
        }
        // Waits for the chunk of a slot and writes its results.
        func finish(_ slot: Int) throws(CLIError) {
            groups[slot].wait()
            var sum = BatchStatistics()
            for thread in 0..<jobs { sum.add(workers[slot * jobs + thread].statistics) }
            counted[slot] = sum
            guard parts[slot] > 0 else { return }
            // One call for the chunk's parts (each is small); they stay as they are
            // until another chunk is scored into them.
            let set = outputs + slot * partLimit
            try write(parts: (0..<parts[slot]).map { set[$0].writtenBytes })
            parts[slot] = 0
        }
        var splitter = makeSplitter()
        defer { truncation = splitter.truncation }
        var records = [[RecordSplitter.Record]](repeating: [], count: slots)
        var current = 0
        // The unconsumed end of the previous chunk: which buffer, where, how long.
        var rest = (buffer: slots - 1, start: 0, count: 0)
        var bytesRead = 0
        var readAll = false
        try write(processor.header)
        while !readAll {
            // Chunk N-2, in the next slot, is written; the chunk before it left this slot
            // when N-1 was read.
            try finish((current + 1) % slots)
            records[current].removeAll(keepingCapacity: true)
            let (read, ended) = try readChunk(
                into: &inputs, current, rest: &rest, splitter: &splitter,
                records: &records[current])
            bytesRead += read
            readAll = ended
            if !records[current].isEmpty {
                parts[current] = Self.startScoring(
                    records[current], in: inputs[current],
                    outputs: outputs + current * partLimit, workers: workers + current * jobs,
                    processor: processor, group: groups[current], scoring: scoring,
                    threads: (jobs, partLimit))
            }
            progress?.draw(
                bytes: bytesRead, records: total().read, elapsed: SystemCalls.now() - start)
            current = (current + 1) % slots
        }
        // The last two chunks, oldest first (this slot's chunk is written already).
        for _ in 0..<slots {
            try finish(current)
            current = (current + 1) % slots
        }
        statistics = total()
        try write(processor.footer(count: statistics.read))
        progress?.draw(bytes: bytesRead, records: statistics.read, elapsed: 0, final: true)
    }

    /// The parts of a chunk per scoring thread (see ``runPipelined(start:)``).
    static let partsPerJob = 8

    /// Starts scoring `chunk`, read into `input`, on up to `threads.jobs` threads of
    /// `group`, each with its own worker, each thread once one of the `scoring` places
    /// is free: the chunk is cut into up to `threads.parts` parts, each scored into its
    /// own output by the first thread free. Returns the number of parts.
    private static func startScoring(
        _ chunk: [RecordSplitter.Record], in input: UnsafeMutableRawBufferPointer,
        outputs: UnsafeMutablePointer<ByteBuffer>,
        workers: UnsafeMutablePointer<BatchProcessor.Worker>, processor: BatchProcessor,
        group: DispatchGroup, scoring: DispatchSemaphore, threads: (jobs: Int, parts: Int)
    ) -> Int {
        let parts = min(threads.parts, chunk.count)
        let per = (chunk.count + parts - 1) / parts
        let shared = PipelineBuffers(
            bytes: UnsafeBufferPointer(
                start: input.baseAddress!.assumingMemoryBound(to: UInt8.self), count: input.count),
            outputs: outputs, workers: workers)
        let next = PartCounter()
        for part in 0..<parts { shared.outputs[part].removeAll() }
        for thread in 0..<min(threads.jobs, parts) {
            DispatchQueue.global().async(group: group) {
                scoring.wait()
                defer { scoring.signal() }
                // Each part's output is touched by the thread that took the part, each
                // worker by its thread; all read the input.
                while true {
                    let part = next.take()
                    guard part < parts else { return }
                    let slice = chunk[
                        min(chunk.count, part * per)..<min(chunk.count, (part + 1) * per)]
                    shared.outputs[part].reserveCapacity(slice.count * 320)
                    processor.process(
                        slice, in: shared.bytes, into: &shared.outputs[part],
                        worker: &shared.workers[thread])
                }
            }
        }
        return parts
    }
}

/// The next part of a chunk to score, taken by the scoring threads one at a time.
private final class PartCounter: Sendable {
    private let next = Atomic<Int>(0)

    /// The next part's number (past the last part once every part is taken).
    func take() -> Int { next.add(1, ordering: .relaxed).oldValue }
}

extension BatchRun {
    /// Reads the next chunk into `inputs[current]` after the unconsumed `rest` of the
    /// previous one, and splits it into `records`; returns the bytes read and whether
    /// the input ended. While no record is whole (a record longer than a chunk), it reads
    /// on into the same buffer, twice as large each time it runs short, and the splitter
    /// resumes where it stopped: reading is linear in the length of the record.
    func readChunk(
        into inputs: inout [UnsafeMutableRawBufferPointer], _ current: Int,
        rest: inout (buffer: Int, start: Int, count: Int), splitter: inout RecordSplitter,
        records: inout [RecordSplitter.Record]
    ) throws(CLIError) -> (Int, Bool) {
        let chunkSize = BatchCommand.chunkSize
        var buffer = inputs[current]
        // Room for the rest and a chunk; a buffer grown for a long record shrinks back.
        if buffer.count - rest.count < chunkSize / 2
            || (buffer.count > 2 * chunkSize && rest.count < buffer.count / 4)
        {
            buffer.deallocate()
            buffer = .allocate(byteCount: rest.count + chunkSize, alignment: 16)
            inputs[current] = buffer
        }
        if rest.count > 0 {
            buffer.baseAddress!.copyMemory(
                from: inputs[rest.buffer].baseAddress! + rest.start, byteCount: rest.count)
        }
        var used = rest.count
        var start = 0
        var bytesRead = 0
        while true {
            let (filled, ended) = try fill(buffer, from: used)
            bytesRead += filled - used
            used = filled
            let bytes = UnsafeBufferPointer(
                start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + start,
                count: used - start)
            let consumed = splitter.split(bytes, isEnd: ended, into: &records)
            if start > 0 {
                for index in records.indices {
                    records[index].range =
                        records[index].range.lowerBound
                        + start..<records[index].range.upperBound + start
                }
            }
            start += consumed
            if !records.isEmpty || ended {
                rest = (current, start, used - start)
                return (bytesRead, ended)
            }
            if buffer.count - used >= chunkSize / 2 { continue }
            // Short of room: move the unconsumed bytes to the front when they fill at most
            // half of the buffer, else into a buffer twice as large.
            let unconsumed = used - start
            if unconsumed <= buffer.count / 2 {
                if unconsumed > 0 && start > 0 {
                    buffer.baseAddress!.copyMemory(
                        from: buffer.baseAddress! + start, byteCount: unconsumed)
                }
            } else {
                let larger = UnsafeMutableRawBufferPointer.allocate(
                    byteCount: max(2 * buffer.count, unconsumed + chunkSize), alignment: 16)
                larger.baseAddress!.copyMemory(
                    from: buffer.baseAddress! + start, byteCount: unconsumed)
                buffer.deallocate()
                buffer = larger
                inputs[current] = buffer
            }
            used = unconsumed
            start = 0
        }
    }
}

/// What the scoring threads of one chunk share: the input, read by all, and one output
/// per part and one worker per thread, each touched by one thread only.
private struct PipelineBuffers: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let outputs: UnsafeMutablePointer<ByteBuffer>
    let workers: UnsafeMutablePointer<BatchProcessor.Worker>
}
