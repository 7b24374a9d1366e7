@testable import OrgAdvisorBatch

extension BatchProcessor {
    /// The results of every record of `input` (a whole input, records only: no header
    /// or footer), as one worker writes them.
    func output(of input: [UInt8]) -> [UInt8] {
        var worker = Worker(for: self)
        var output: [UInt8] = []
        input.withUnsafeBufferPointer { bytes in
            var splitter = RecordSplitter()
            let (records, _) = splitter.split(bytes, isEnd: true)
            process(records[...], in: bytes, into: &output, worker: &worker)
        }
        return output
    }
}
