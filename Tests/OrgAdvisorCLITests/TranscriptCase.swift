import Foundation
import TestSupport
import Testing

/// One run of the binary checked against its golden transcript (stdout, stderr and exit
/// code apart) in `Tests/OrgAdvisorCLITests/Snapshots/PREFIXNAME.txt`.
struct TranscriptCase: Sendable, CustomTestStringConvertible {
    let name: String
    let arguments: [String]
    var stdin: String?
    var environment: [String: String] = [:]
    let code: Int32
    var testDescription: String { name }

    init(
        _ name: String, _ arguments: [String], code: Int32, stdin: String? = nil,
        environment: [String: String] = [:]
    ) {
        self.name = name
        self.arguments = arguments
        self.code = code
        self.stdin = stdin
        self.environment = environment
    }

    /// Runs the case and records any difference from its golden transcript, whose file
    /// name is the case's name after `prefix`.
    func check(prefix: String = "") throws {
        let result = try BinaryRunner.run(arguments, stdin: stdin, environment: environment)
        #expect(result.code == code, "\(result.stderr)")
        if code == 0 {
            #expect(!result.stdout.isEmpty)
        } else if code >= 2 {
            #expect(result.stdout.isEmpty, "nothing on stdout when failing")
            #expect(!result.stderr.isEmpty)
        }
        let command = (["orgadvisor"] + arguments).joined(separator: " ")
        let path = "Tests/OrgAdvisorCLITests/Snapshots/\(prefix)\(name).txt"
        if let mismatch = TestFiles.snapshotMismatch(result.transcript(command), at: path) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }
}
