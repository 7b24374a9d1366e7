import Testing

@testable import OrgAdvisor

/// The batch output buffer.
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
}
