import Foundation
import TestSupport
import Testing

/// A large rule input (at least 256 KiB) makes the CLI prepare the heap before loading
/// it (`HeapReservation`): the commands must then give exactly what they give with a
/// small input of the same rules.
@Suite("a large rule input")
struct LargeRuleInputTests {
    /// The commands compared, each with the rules' path appended.
    static let commands: [(arguments: [String], stdin: String?)] = [
        (["--sites", "5", "--volume", "high", "--explain=full"], nil),
        (["--employees", "30", "--format", "json"], nil),
        (["batch", "--format", "jsonl"], CompileTests.profiles),
        (["whatif", "--sites", "2", "--volume", "low"], nil),
    ]

    @Test("the built-in rules with 300 KB of comments give the same results")
    func sameResults() throws {
        let directory = try TemporaryDirectory("large-rules")
        defer { directory.remove() }
        let small = directory.file("small")
        let large = directory.file("large")
        for rules in [small, large] {
            try FileManager.default.createDirectory(
                atPath: rules, withIntermediateDirectories: true)
            for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
                try FileManager.default.copyItem(
                    atPath: TestFiles.url("Rules/" + name).path, toPath: rules + "/" + name)
            }
        }
        let line = "# A note that only makes the rule files larger, no rule.\n"
        try String(repeating: line, count: 300_000 / line.utf8.count).write(
            toFile: large + "/90-notes.orgrules", atomically: true, encoding: .utf8)
        try "".write(toFile: small + "/90-notes.orgrules", atomically: true, encoding: .utf8)
        for command in Self.commands {
            let results = try [small, large].map { rules in
                try BinaryRunner.run(command.arguments + ["--rules", rules], stdin: command.stdin)
            }
            let name = command.arguments.joined(separator: " ")
            #expect(results[1].code == results[0].code, "\(name)")
            #expect(!results[0].stdout.isEmpty, "\(name)")
            // The fingerprints of the rule files differ, and the paths they are cited by.
            #expect(
                Self.masked(results[1].stdout, large) == Self.masked(results[0].stdout, small),
                "\(name)")
        }
    }

    /// `text` with the rules' path and every 16-digit hexadecimal fingerprint masked.
    static func masked(_ text: String, _ rules: String) -> String {
        text.replacingOccurrences(of: rules, with: "RULES").replacingOccurrences(
            of: "[0-9a-f]{16}", with: "FINGERPRINT", options: .regularExpression)
    }
}
