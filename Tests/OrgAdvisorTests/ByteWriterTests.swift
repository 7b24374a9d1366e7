import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The batch writer's numbers against the standard library's and ``Score/description``.
@Suite("Byte writer")
struct ByteWriterTests {
    /// What `body` writes, as text.
    static func written(_ body: (inout ByteWriter) -> Void) -> String {
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = bytes.withUnsafeMutableBufferPointer { buffer in
            var writer = ByteWriter(buffer.baseAddress!)
            body(&writer)
            return writer.pointer - buffer.baseAddress!
        }
        return String(decoding: bytes[0..<count], as: UTF8.self)
    }

    /// Every length from one digit to twenty, either side of each power of ten, and
    /// random values.
    static var integers: [Int] {
        var values = [0, 1, -1, 9, 10, 99, 100, -100, 999, 1000, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -(power - 1), -power]
        }
        var generator = SeededGenerator(state: 7)
        for _ in 0..<2000 {
            let bits = Int.random(in: 1...62, using: &generator)
            values.append(Int.random(in: -(1 << bits)...(1 << bits), using: &generator))
        }
        return values + Array(0...20_000)
    }

    @Test("integers as String(_:) writes them")
    func integers() {
        for value in ByteWriterTests.integers {
            #expect(ByteWriterTests.written { $0.write(value) } == String(value))
        }
    }

    @Test("scores as their description: whole points, millionths without trailing zeros")
    func scores() {
        var micros: [Int64] = [0, 1, -1, 10, 100_000, 500_000, -500_000, 999_999, 1_000_001]
        micros += ByteWriterTests.integers.map { Int64($0) }
        micros += ByteWriterTests.integers.map { Int64($0 % 1_000_000) * Score.scale }
        micros += [Int64.max, Int64.min + 1]
        for micro in micros {
            let score = Score(micro: micro)
            #expect(ByteWriterTests.written { $0.write(score) } == score.description)
        }
    }

    @Test("short copies of every length up to sixteen bytes, and longer")
    func shortCopies() {
        let text = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        for count in 0...text.count {
            let expected = String(decoding: text[0..<count], as: UTF8.self)
            let copied = text.withUnsafeBufferPointer { source in
                ByteWriterTests.written {
                    $0.writeShort(UnsafeBufferPointer(rebasing: source[0..<count]))
                }
            }
            #expect(copied == expected)
        }
    }
}
