// libFuzzer entry point for the JSON reader and the batch record path. Built by
// Fuzz/run.sh against the library compiled once with testing enabled (so internal names
// are visible).

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Builds the default rule base once, before the first input, so that its lasting
/// allocations are not taken for leaks of an input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = RuleBase.builtIn.rules.count
    return 0
}

/// Runs one fuzzer input through the JSON parser and the batch path, trapping when a
/// property does not hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // 1. The strict parser: a value re-serialises to an equal value; errors point inside.
    for depth in [64, 8] {
        do {
            let value = try JSONParser.parse(bytes, maxDepth: depth)
            let again = try JSONParser.parse(Array(value.serialized().utf8), maxDepth: 1000)
            if again != value { fatalError("round trip changed the value") }
        } catch {
            if error.offset > size || error.line < 1 || error.column < 1 {
                fatalError("error position outside the input: \(error)")
            }
        }
    }
    // 2. The batch path: split into records and score them; never a crash or a hang.
    let processor = BatchProcessor(ruleBase: RuleBase.builtIn, format: .jsonl)
    var worker = BatchProcessor.Worker(for: processor)
    var splitter = RecordSplitter()
    var output: [UInt8] = []
    bytes.withUnsafeBufferPointer { buffer in
        let (records, consumed) = splitter.split(buffer, isEnd: true)
        if consumed != buffer.count { fatalError("the splitter left input unconsumed at the end") }
        processor.process(records[...], in: buffer, into: &output, worker: &worker)
        if worker.statistics.read != records.count { fatalError("a record gave no result") }
        // 3. The one-pass record reader (reading past the record, as in batch) agrees with
        // the strict parser on every record: the same profile, or the same error.
        let rules = RuleBase.builtIn
        let reader = ProfileRecordReader(ruleBase: rules)
        var profile = Profile(for: rules)
        var passThrough = ProfileRecordReader.PassThrough()
        for record in records where record.structuralError == nil {
            let bytes = UnsafeBufferPointer(rebasing: buffer[record.range])
            let first = RecordSplitter.Record(
                range: 0..<bytes.count, number: 1, line: 1, column: 1, offset: 0,
                structuralError: nil)
            let read = Result { () throws(ProfileRecordReader.Failure) in
                try reader.read(
                    bytes, readable: buffer.count - record.range.lowerBound, record: first,
                    into: &profile, passThrough: &passThrough)
            }
            let strict = Result { () throws(any Error) -> Profile in
                try rules.profile(fromJSON: try JSONParser.parse(bytes))
            }
            switch (read, strict) {
            case (.success, .success(let expected)):
                if profile != expected { fatalError("the one-pass reader read another profile") }
            case (.failure(let failure), .failure(let error)):
                let message =
                    (error as? JSONParseError)?.message ?? (error as? ProfileJSONError)?.message
                if failure.message != message { fatalError("the readers' errors differ") }
            default:
                fatalError("one reader read the record, the other did not")
            }
        }
    }
    return 0
}
