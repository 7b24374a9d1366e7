import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("Record splitter")
struct RecordSplitterTests {
    /// Splits `text` feeding `chunk` bytes at a time, as the batch command reads input.
    static func split(_ text: String, chunk: Int) -> [(String, Int, Int, Int, String?)] {
        RecordSplitterHostileTests.split(Array(text.utf8), chunk: chunk, splitter: RecordSplitter())
            .0
    }

    static let inputs = [
        "{\"a\": 1}\n{\"b\": \"x]}\"}\r\n\n  {\"c\": [1, {\"d\": 2}]}",
        "[{\"a\": 1}, {\"b\": \"}\\\"]\"},\n {\"c\": 3}\n]\n",
        "{\"profiles\": [ {\"a\": 1},\n{\"b\": 2} ] }",
        "[\n  {\"a\": 1}\n  {\"b\": 2},\n]",
        "[{\"a\": 1}, {\"b\": ",
        "[1, \"two\", null]",
    ]

    @Test("records are the same whatever the chunk size", arguments: inputs)
    func chunkSizes(_ input: String) {
        let whole = Self.split(input, chunk: 1 << 20)
        for chunk in [1, 2, 3, 7, 16] {
            let pieces = Self.split(input, chunk: chunk)
            #expect(pieces.map(\.0) == whole.map(\.0), "chunk \(chunk)")
            #expect(pieces.map(\.1) == whole.map(\.1))
            #expect(pieces.map(\.2) == whole.map(\.2))
            #expect(pieces.map(\.3) == whole.map(\.3))
            #expect(pieces.map(\.4) == whole.map(\.4))
        }
    }

    @Test("positions and structural errors")
    func positions() {
        let lines = Self.split(Self.inputs[0], chunk: 5)
        #expect(lines.map(\.2) == [1, 2, 4])
        #expect(lines[2].0 == "  {\"c\": [1, {\"d\": 2}]}")
        let array = Self.split(Self.inputs[1], chunk: 4)
        #expect(array.map(\.0) == ["{\"a\": 1}", "{\"b\": \"}\\\"]\"}", "{\"c\": 3}"])
        #expect(array.map(\.2) == [1, 1, 2])
        #expect(array.map(\.3) == [2, 12, 2])
        let broken = Self.split(Self.inputs[3], chunk: 3)
        #expect(
            broken.map(\.4) == [
                nil, "expected ',' or ']' after profile 1, found '{'",
                "expected a profile after ',', found ']'",
            ])
        let truncated = Self.split(Self.inputs[4], chunk: 2)
        #expect(truncated.map(\.0) == ["{\"a\": 1}", "{\"b\": "])
    }

    @Test("random bytes never crash the splitter")
    func fuzz() {
        var generator = SeededGenerator(state: 21)
        let alphabet = Array("[]{}\",: \n\\ab1\"{\"profiles\"".utf8)
        for _
            in 0..<(Int(ProcessInfo.processInfo.environment["SPLITTER_FUZZ_ROUNDS"] ?? "") ?? 3000)
        {
            let text = String(
                decoding: (0..<Int.random(in: 0..<60, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator)!
                },
                as: UTF8.self)
            _ = Self.split(text, chunk: Int.random(in: 1...8, using: &generator))
        }
    }

    @Test("line feeds are found thirty-two and eight bytes at a time as one at a time")
    func newline() {
        var generator = SeededGenerator(state: 2)
        for round in 0..<2000 {
            let count = Int.random(in: 0...100, using: &generator)
            // Dense line feeds, or sparse ones (so that whole blocks have none).
            let others: [UInt8] = [0x0B, 0x09, 0x8A, 0x61, 0x00, 0xFF]
            let feedOdds = round.isMultiple(of: 2) ? 7 : 80
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<feedOdds, using: &generator) == 0
                    ? 0x0A : others.randomElement(using: &generator)!
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    let expected = buffer[start...].firstIndex(of: 0x0A) ?? count
                    #expect(RecordSplitter.newline(in: buffer, from: start) == expected)
                }
            }
        }
    }
}

/// The splitter on hostile inputs: cut arrays, byte-order marks, records past the size
/// limit, and long records fed in many pieces.
@Suite("Record splitter, hostile inputs")
struct RecordSplitterHostileTests {
    /// Splits as ``RecordSplitterTests/split(_:chunk:)`` with a splitter given here, and
    /// returns the records and the splitter.
    static func split(_ bytes: [UInt8], chunk: Int, splitter: RecordSplitter)
        -> ([(String, Int, Int, Int, String?)], RecordSplitter)
    {
        var splitter = splitter
        var buffer: [UInt8] = []
        var records: [(String, Int, Int, Int, String?)] = []
        var offset = 0
        while true {
            let end = min(bytes.count, offset + chunk)
            buffer += bytes[offset..<end]
            offset = end
            let isEnd = offset == bytes.count
            let (found, consumed) = buffer.withUnsafeBufferPointer {
                splitter.split($0, isEnd: isEnd)
            }
            for record in found {
                let text = String(decoding: buffer[record.range], as: UTF8.self)
                records.append(
                    (text, record.number, record.line, record.column, record.structuralError))
            }
            buffer.removeFirst(consumed)
            if isEnd { break }
        }
        return (records, splitter)
    }

    struct TruncatedCase: Sendable, CustomTestStringConvertible {
        let input: String
        let records: [String]
        let truncation: RecordSplitter.Truncation?
        var testDescription: String { input }
    }

    static let truncated: [TruncatedCase] = [
        TruncatedCase(
            input: #"[{"sites":5},{"sites":6}"#, records: [#"{"sites":5}"#, #"{"sites":6}"#, ""],
            truncation: .init(
                message: "input ended inside the array; expected ',' or ']'", line: 1, column: 25)),
        TruncatedCase(
            input: "{\"profiles\": [\n{\"sites\":5},\n{\"sites\":6}",
            records: [#"{"sites":5}"#, #"{"sites":6}"#, ""],
            truncation: .init(
                message: "input ended inside the array; expected ',' or ']'", line: 3, column: 12)),
        TruncatedCase(
            input: "[{}", records: ["{}", ""],
            truncation: .init(
                message: "input ended inside the array; expected ',' or ']'", line: 1, column: 4)),
        TruncatedCase(
            input: "[{},", records: ["{}", ""],
            truncation: .init(
                message: "input ended inside the array; expected a profile", line: 1, column: 5)),
        TruncatedCase(
            input: "[", records: [""],
            truncation: .init(
                message: "input ended inside the array; expected a profile or ']'", line: 1,
                column: 2)),
        TruncatedCase(
            input: #"[{"a":1},{"b""#, records: [#"{"a":1}"#, #"{"b""#],
            truncation: .init(
                message: "input ended inside profile 2 of the array", line: 1, column: 14)),
        TruncatedCase(
            input: #"{"profiles":[{}]"#, records: ["{}", ""],
            truncation: .init(
                message: "input ended inside the profiles object; expected '}'", line: 1,
                column: 17)),
        TruncatedCase(input: #"{"profiles":[{}]}"#, records: ["{}"], truncation: nil),
        TruncatedCase(input: "[{}]", records: ["{}"], truncation: nil),
        TruncatedCase(
            input: "{\"sites\":5}\n{\"sites\":", records: [#"{"sites":5}"#, #"{"sites":"#],
            truncation: nil),
    ]

    @Test("an array cut by the end of the input is an error where it ended", arguments: truncated)
    func truncatedInput(_ test: TruncatedCase) {
        for chunk in [1, 2, 5, 1 << 20] {
            let (records, splitter) = Self.split(
                Array(test.input.utf8), chunk: chunk, splitter: RecordSplitter())
            #expect(records.map(\.0) == test.records, "chunk \(chunk)")
            #expect(splitter.truncation == test.truncation, "chunk \(chunk)")
            if let truncation = test.truncation,
                truncation.message.hasSuffix("]'")
                    || truncation.message.hasSuffix("profile")
                    || truncation.message.hasSuffix("'}'")
            {
                #expect(records.last?.4 == truncation.message)
                #expect(records.last?.2 == truncation.line)
                #expect(records.last?.3 == truncation.column)
            }
        }
    }

    @Test("a byte-order mark is skipped at the very start only, even cut between chunks")
    func byteOrderMark() {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        for (text, expected) in [
            ("[{\"a\":1}]", ["{\"a\":1}"]), ("{\"a\":1}\n{\"b\":2}", ["{\"a\":1}", "{\"b\":2}"]),
            ("{\"profiles\":[{\"a\":1}]}", ["{\"a\":1}"]),
        ] {
            for chunk in [1, 2, 3, 4, 64] {
                let (records, splitter) = Self.split(
                    mark + Array(text.utf8), chunk: chunk, splitter: RecordSplitter())
                #expect(records.map(\.0) == expected, "\(text), chunk \(chunk)")
                #expect(records.allSatisfy { $0.4 == nil })
                #expect(splitter.truncation == nil)
                // Byte columns count the mark's three bytes.
                #expect(
                    records.first?.3 == (text.hasPrefix("[") ? 5 : text.hasPrefix("{\"a") ? 4 : 17))
            }
        }
        // Anywhere else it is part of a record, which its parse refuses.
        let (records, _) = Self.split(
            Array("{\"a\":1}\n".utf8) + mark + Array("{}".utf8), chunk: 3,
            splitter: RecordSplitter())
        #expect(records.map(\.0) == ["{\"a\":1}", "\u{FEFF}{}"])
    }

    @Test("a record longer than the limit is an error record, and the next ones are read")
    func recordTooLong() {
        let long = "{\"_note\":\"" + String(repeating: "x", count: 40) + "\"}"
        let limit = RecordSplitter(maxRecordSize: 20, limitAdvice: "; raise the limit")
        let message = "record longer than 20 bytes; raise the limit"
        let lines = ["{\"a\":1}", long, "{\"b\":2}", String(repeating: "y", count: 20), long]
        let array =
            "[{\"a\":1},\n " + long + ", {\"b\":2} ,[" + String(repeating: "1,", count: 20)
            + "1] ]"
        for chunk in [1, 3, 7, 16, 1 << 20] {
            let (records, _) = Self.split(
                Array(lines.joined(separator: "\n").utf8), chunk: chunk, splitter: limit)
            #expect(records.map(\.0) == ["{\"a\":1}", "", "{\"b\":2}", lines[3], ""])
            #expect(records.map(\.4) == [nil, message, nil, nil, message], "chunk \(chunk)")
            #expect(records.map(\.2) == [1, 2, 3, 4, 5])
            #expect(records.map(\.1) == [1, 2, 3, 4, 5])
            let (elements, splitter) = Self.split(Array(array.utf8), chunk: chunk, splitter: limit)
            #expect(elements.map(\.4) == [nil, message, nil, message], "chunk \(chunk)")
            #expect(elements.map(\.2) == [1, 2, 2, 2])
            #expect(elements.map(\.3) == [2, 2, 56, 65])
            #expect(splitter.truncation == nil)
        }
    }

    @Test("a long record fed in small pieces is scanned once, and no more of it is held")
    func longRecordResumes() {
        // A value cut at the buffer's end: nothing is consumed, and the scan goes on
        // where it stopped (not from the value's start) when more input comes.
        var splitter = RecordSplitter()
        let head = Array(("[{\"_note\":\"" + String(repeating: "x", count: 100)).utf8)
        var records: [RecordSplitter.Record] = []
        let consumed = head.withUnsafeBufferPointer {
            splitter.split($0, isEnd: false, into: &records)
        }
        #expect(records.isEmpty)
        #expect(consumed == 1)
        #expect(splitter.scan.active && splitter.scan.next == head.count)
        #expect(splitter.scan.inString && splitter.scan.depth == 1)
        // Past the limit, the bytes of a record are consumed as they come.
        var limited = RecordSplitter(maxRecordSize: 50)
        let eaten = head.withUnsafeBufferPointer {
            limited.split($0, isEnd: false, into: &records)
        }
        #expect(eaten == head.count)
        #expect(records.map(\.structuralError) == ["record longer than 50 bytes"])
        let tail = Array("xx\\\\\"}, {\"a\":1}]".utf8)
        records.removeAll()
        _ = tail.withUnsafeBufferPointer { limited.split($0, isEnd: true, into: &records) }
        #expect(records.map(\.range) == [8..<15])
        #expect(limited.truncation == nil)
    }
}
