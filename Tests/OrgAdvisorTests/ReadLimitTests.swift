import Foundation
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The size limit of inputs read whole, and reading under it (issue 10).
@Suite("Read limit")
struct ReadLimitTests {
    struct SizeCase: Sendable, CustomTestStringConvertible {
        let text: String
        let bytes: Int?
        var testDescription: String { "'\(text)'" }
    }

    static let sizes: [SizeCase] = [
        SizeCase(text: "0", bytes: 0),
        SizeCase(text: "1048576", bytes: 1 << 20),
        SizeCase(text: "512K", bytes: 512 << 10),
        SizeCase(text: "512kib", bytes: 512 << 10),
        SizeCase(text: "8M", bytes: 8 << 20),
        SizeCase(text: "8MiB", bytes: 8 << 20),
        SizeCase(text: "8mb", bytes: 8 << 20),
        SizeCase(text: "2G", bytes: 2 << 30),
        SizeCase(text: "100B", bytes: 100),
        SizeCase(text: "", bytes: nil),
        SizeCase(text: "M", bytes: nil),
        SizeCase(text: "-1", bytes: nil),
        SizeCase(text: "1.5M", bytes: nil),
        SizeCase(text: "8 M", bytes: nil),
        SizeCase(text: "8T", bytes: nil),
        SizeCase(text: "99999999999999999999", bytes: nil),
        SizeCase(text: "9999999999999G", bytes: nil),
    ]

    @Test("sizes: bytes, K, M, G", arguments: sizes)
    func parsing(_ test: SizeCase) {
        #expect(ByteSize.parse(test.text) == test.bytes)
    }

    @Test(
        "sizes as people write them",
        arguments: [
            (8 << 20, "8 MiB"), (512 << 10, "512 KiB"), (1000, "1000 bytes"), (1, "1 byte"),
        ])
    func describing(_ bytes: Int, _ text: String) {
        #expect(ByteSize.describe(bytes) == text)
    }

    @Test("reads up to the limit, and fails one byte beyond it")
    func limit() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-limit-\(UUID().uuidString)"
        ).path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let limit = ReadLimit(bytes: 100_000, note: "a test")
        try Data(repeating: 65, count: 100_000).write(to: URL(fileURLWithPath: path))
        #expect(try FileSystem.read(path, limit: limit).count == 100_000)
        #expect(try FileSystem.readRegularFile(path, limit: limit).count == 100_000)
        try Data(repeating: 65, count: 100_001).write(to: URL(fileURLWithPath: path))
        #expect {
            try FileSystem.read(path, limit: limit)
        } throws: { error in
            "\(error)" == "cannot read '\(path)': larger than 100000 bytes (a test)"
        }
        // An endless device: the limit, not the memory, ends the read.
        #expect(throws: FileSystem.Failure.self) {
            try FileSystem.read("/dev/zero", limit: limit)
        }
        #expect {
            try FileSystem.readRegularFile("/dev/zero", limit: limit)
        } throws: { error in
            "\(error)"
                == "cannot read '/dev/zero': not a regular file but a character device; only"
                + " regular files are read from a directory"
        }
    }
}
