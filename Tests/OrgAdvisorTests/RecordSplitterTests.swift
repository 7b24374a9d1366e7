import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor

@Suite("Record splitter")
struct RecordSplitterTests {
    /// Splits `text` feeding `chunk` bytes at a time, as the batch command reads input.
    static func split(_ text: String, chunk: Int) -> [(String, Int, Int, Int, String?)] {
        let bytes = Array(text.utf8)
        var splitter = RecordSplitter()
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
        return records
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
