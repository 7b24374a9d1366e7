// libFuzzer entry point for the JSON reader and the batch record path. Built by
// Fuzz/run.sh together with the library's sources into one module.

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
    }
    return 0
}
