import Testing

@testable import OrgAdvisorBatch

/// CSV rows split chunk by chunk: whatever the chunks, the same rows, lines and bytes
/// as from the whole input at once (rows and quoted fields cut anywhere, `""` cut
/// between its quotes, CRLF cut between its bytes).
@Suite("Spreadsheet rows")
struct SpreadsheetRowsTests {
    static let input = Array(
        ("\u{FEFF}id,name,volume\r\n" + "a,\"x, \"\"y\"\"\nz\",high\r\n" + "\n"
            + "b,plain,low\n" + "c,\"\"\"\",medium\r\n" + "d,\"open").utf8)

    /// The rows (bytes, number, line, error) of `input` fed in chunks of `size` bytes,
    /// each call given the unconsumed rest followed by the next chunk.
    static func rows(chunk size: Int) -> [String] {
        var splitter = RecordSplitter(separator: UInt8(ascii: ","))
        var rows: [String] = []
        var pending: [UInt8] = []
        var next = 0
        while true {
            let end = min(input.count, next + size)
            pending += input[next..<end]
            next = end
            let isEnd = next == input.count
            var records: [RecordSplitter.Record] = []
            let consumed = pending.withUnsafeBufferPointer {
                splitter.split($0, isEnd: isEnd, into: &records)
            }
            for record in records {
                rows.append(
                    "\(record.number) \(record.line) \(String(decoding: pending[record.range], as: UTF8.self)) \(record.structuralError ?? "")"
                )
            }
            pending.removeFirst(consumed)
            if isEnd { return rows }
        }
    }

    @Test("the whole input at once")
    func whole() {
        #expect(
            Self.rows(chunk: Self.input.count) == [
                "1 2 a,\"x, \"\"y\"\"\nz\",high ",
                "2 5 b,plain,low ",
                "3 6 c,\"\"\"\",medium ",
                "4 7 d,\"open the input ended inside a quoted field; expected a closing '\"'",
            ])
    }

    @Test("any chunk size gives the same rows", arguments: [1, 2, 3, 5, 7, 16])
    func chunks(_ size: Int) {
        #expect(Self.rows(chunk: size) == Self.rows(chunk: Self.input.count))
    }
}
