import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The batch output buffer, and batch results written into it.
@Suite("Byte buffer")
struct ByteBufferTests {
    @Test("appends, grows, keeps its storage when emptied")
    func appending() {
        var buffer = ByteBuffer()
        // (`#expect` cannot look into a value that cannot be copied: its parts are read first.)
        let startsEmpty = buffer.isEmpty
        #expect(startsEmpty)
        var expected: [UInt8] = []
        for round in 0..<1000 {
            let bytes = (0..<round % 37).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ round) }
            buffer.append(contentsOf: bytes)
            buffer.append(UInt8(truncatingIfNeeded: round))
            expected += bytes + [UInt8(truncatingIfNeeded: round)]
        }
        let (count, bytes, capacity) = (buffer.count, buffer.bytes, buffer.capacity)
        #expect(count == expected.count)
        #expect(bytes == expected)
        #expect(capacity >= expected.count)
        buffer.removeAll()
        let (emptied, keptCapacity) = (buffer.isEmpty, buffer.capacity)
        #expect(emptied && keptCapacity == capacity)
        buffer.append(contentsOf: "é,\n".utf8)
        let text = buffer.bytes
        #expect(text == Array("é,\n".utf8))
    }

    @Test("room reserved, written through the pointer, then committed")
    func reserving() {
        var buffer = ByteBuffer(capacity: 4)
        buffer.append(contentsOf: [1, 2])
        let end = buffer.reserve(100)
        let capacity = buffer.capacity
        #expect(capacity >= 102)
        for index in 0..<100 { end[index] = UInt8(index) }
        buffer.commit(upTo: end + 100)
        let bytes = buffer.bytes
        #expect(bytes == [1, 2] + (0..<100).map { UInt8($0) })
    }

    @Test("results written into a buffer equal those appended to an array, in every format")
    func processing() {
        var generator = SeededGenerator(state: 11)
        let rules = RuleBase.builtIn
        var lines: [String] = []
        for index in 0..<300 {
            var members = ["\"id\":\(index)"]
            if index % 3 == 0 { members.append("\"name\":\"n\\\"\(index)\"") }
            if index % 7 == 0 { members[0] = "\"id\":{\"nested\":[\(index)]}" }
            for criterion in rules.criteria where Bool.random(using: &generator) {
                if let value = criterion.values.randomElement(using: &generator) {
                    members.append("\"\(criterion.id)\":\"\(value.id)\"")
                } else {
                    members.append(
                        "\"\(criterion.id)\":\(Int.random(in: 0...500, using: &generator))")
                }
            }
            lines.append(
                index % 50 == 49 ? "{\"broken\":" : "{" + members.joined(separator: ",") + "}")
        }
        let input = Array(lines.joined(separator: "\n").utf8)
        for format in [BatchFormat.jsonl, .json, .csv, .markdown] {
            for explain in [nil, ExplainLevel.full] {
                let processor = BatchProcessor(ruleBase: rules, format: format, explain: explain)
                var bufferWorker = BatchProcessor.Worker(for: processor)
                var arrayWorker = BatchProcessor.Worker(for: processor)
                var buffer = ByteBuffer()
                var array: [UInt8] = []
                input.withUnsafeBufferPointer { bytes in
                    var splitter = RecordSplitter()
                    let (records, _) = splitter.split(bytes, isEnd: true)
                    // In parts, as the batch command's threads do.
                    for start in stride(from: 0, to: records.count, by: 64) {
                        let part = records[start..<min(records.count, start + 64)]
                        processor.process(part, in: bytes, into: &buffer, worker: &bufferWorker)
                        processor.process(part, in: bytes, into: &array, worker: &arrayWorker)
                    }
                }
                let written = buffer.bytes
                #expect(written == array, "\(format), explain \(explain)")
                #expect(bufferWorker.statistics.read == lines.count)
                #expect(bufferWorker.statistics.failed == 6)
            }
        }
    }
}
