import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// `orgadvisor batch`, run as a user would.
@Suite("orgadvisor batch")
struct BatchTests {
    static let fixtures = "Tests/OrgAdvisorCLITests/Fixtures/batch/"

    /// The results without the positions, which differ between input shapes.
    private func withoutPositions(_ output: String) -> [String] {
        output.split(separator: "\n").map {
            String($0.replacing(/"line":\d+,/, with: ""))
        }
    }

    @Test(
        "JSON Lines, a JSON array and {\"profiles\": [...]} give the same results, from a file or stdin"
    )
    func inputShapes() throws {
        let lines = try BinaryRunner.run(["batch", Self.fixtures + "profiles.jsonl"])
        #expect(lines.code == 0, "\(lines.stderr)")
        #expect(lines.stdout.split(separator: "\n").count == 4)
        for name in ["profiles.json", "profiles-object.json"] {
            let other = try BinaryRunner.run(["batch", Self.fixtures + name])
            #expect(other.code == 0)
            #expect(withoutPositions(other.stdout) == withoutPositions(lines.stdout), "\(name)")
        }
        let stdin = try BinaryRunner.run(
            ["batch", "-"], stdin: try TestFiles.text(Self.fixtures + "profiles.jsonl"))
        #expect(stdin.stdout == lines.stdout)
        let implicit = try BinaryRunner.run(
            ["batch"], stdin: try TestFiles.text(Self.fixtures + "profiles.json"))
        #expect(withoutPositions(implicit.stdout) == withoutPositions(lines.stdout))
    }

    struct BadRecord: Sendable, CustomTestStringConvertible {
        let kind: String
        let record: Int
        let expected: String
        var testDescription: String { kind }
    }

    static let badRecords: [BadRecord] = [
        BadRecord(
            kind: "invalid JSON", record: 2,
            expected: #""line":2,"column":24,"error":"expected a value, found '}'""#),
        BadRecord(
            kind: "wrong type", record: 3,
            expected:
                #""line":3,"column":11,"error":"invalid value 'five' for 'sites'; expected a number""#
        ),
        BadRecord(
            kind: "unknown value", record: 4,
            expected:
                #""error":"invalid value 'hihg' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?""#
        ),
        BadRecord(
            kind: "out of range", record: 5,
            expected: #""error":"value 0 for 'sites' is out of range; expected at least 1""#
        ),
        BadRecord(
            kind: "unknown criterion", record: 6,
            expected: #""error":"unknown criterion 'sitse'; did you mean 'sites'?""#),
        BadRecord(
            kind: "duplicate key", record: 7,
            expected: #""line":7,"column":14,"error":"duplicate key 'sites' in a profile""#),
        BadRecord(
            kind: "number too large", record: 8,
            expected: #""line":8,"column":11,"error":"number too large: 1e999""#),
        BadRecord(
            kind: "nesting too deep", record: 9,
            expected: #""line":9,"column":70,"error":"nesting deeper than 64 levels""#),
        BadRecord(
            kind: "not an object", record: 10,
            expected: #""error":"expected a JSON object of criteria, found an array""#),
        BadRecord(
            kind: "trailing characters", record: 11,
            expected: #""column":47,"error":"unexpected 't' after the JSON value""#),
        BadRecord(
            kind: "invalid yes/no", record: 12,
            expected:
                #""error":"invalid value 'peut-être' for 'powerusers'; expected 'yes' or 'no'""#
        ),
        BadRecord(
            kind: "not a whole number", record: 13,
            expected: #""error":"invalid value '12.5' for 'employees'; expected a whole number""#),
        BadRecord(
            kind: "invalid UTF-8", record: 15,
            expected: #""line":15,"column":14,"error":"invalid UTF-8 byte 0xE9 in a string""#),
    ]

    @Test(
        "each kind of bad record gives an error result naming it, and the run goes on",
        arguments: badRecords)
    func badRecord(_ test: BadRecord) throws {
        let result = try BinaryRunner.run(["batch", Self.fixtures + "bad-records.jsonl"])
        #expect(result.code == 3)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 15)
        let line = try #require(lines.first { $0.hasPrefix("{\"record\":\(test.record),") })
        #expect(line.contains(test.expected), "\(line)")
        #expect(lines.last?.contains("\"error\"") == true)
        #expect(lines[13].contains("\"id\":\"last\",\"status\":\"tie\",\"recommended\":null"))
        #expect(result.stderr.contains("15 records read, 2 scored, 13 failed"))
    }

    @Test("a broken array reports the missing comma and the trailing comma, and goes on")
    func brokenArray() throws {
        let result = try BinaryRunner.run(["batch", Self.fixtures + "broken-array.json"])
        #expect(result.code == 3)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(
            lines[1].contains(
                #""line":3,"column":3,"error":"expected ',' or ']' after profile 1, found '{'""#))
        #expect(lines[2].contains("\"winner\""))
        #expect(lines[3].contains(#""error":"expected a profile after ',', found ']'""#))
    }

    @Test("a structural error carries no id or name, whatever the record before it had")
    func structuralErrorWithoutPassThrough() throws {
        let input = #"[{"id":"a","name":"A","sites":3} {"id":"b"}, {"id":"c"}]"#
        for jobs in ["1", "2"] {
            let result = try BinaryRunner.run(["batch", "--jobs", jobs], stdin: input)
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(
                lines[1]
                    == #"{"record":2,"line":1,"column":34,"error":"expected ',' or ']' after profile 1, found '{'"}"#
            )
        }
    }

    @Test("numbers too long for the fast reader go through the strict one (found by fuzzing)")
    func longNumbers() throws {
        let input =
            "{\"sites\": 111111111111111111111111115}\n"
            + "{\"employees\": 12.000000000000001}\n"
        let result = try BinaryRunner.run(["batch"], stdin: input)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"winner\":\"power-user-organisation\""))
        #expect(lines[1].contains("expected a whole number"))
    }

    @Test("--fail-fast stops at the first bad record")
    func failFast() throws {
        let result = try BinaryRunner.run([
            "batch", "--fail-fast", Self.fixtures + "bad-records.jsonl",
        ])
        #expect(result.code == 3)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stderr.contains("2 records read, 1 scored, 1 failed"))
    }

    /// Deterministic profiles with some criteria missing and some bad records.
    static func generated(count: Int) -> String {
        let rules = RuleBase.builtIn
        var generator = SeededGenerator(state: 5)
        var lines: [String] = []
        for index in 0..<count {
            var members = ["\"id\":\(index)"]
            for criterion in rules.criteria where Int.random(in: 0..<10, using: &generator) < 8 {
                if criterion.kind.isEnumerated {
                    members.append(
                        "\"\(criterion.id)\":\"\(criterion.values.randomElement(using: &generator)!.id)\""
                    )
                } else {
                    members.append(
                        "\"\(criterion.id)\":\(Int.random(in: 1...400, using: &generator))")
                }
            }
            if index % 97 == 0 { members.append("\"volum\":\"high\"") }
            lines.append("{" + members.joined(separator: ",") + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(
        "output order and bytes are identical whatever the number of threads",
        arguments: ["jsonl", "json", "csv", "markdown"])
    func deterministicAcrossJobs(_ format: String) throws {
        let input = Self.generated(count: 3000)
        let single = try BinaryRunner.run(
            ["batch", "--format", format, "--jobs", "1"], stdin: input)
        #expect(single.code == 3)
        for jobs in ["2", "3", "8"] {
            let many = try BinaryRunner.run(
                ["batch", "--format", format, "--jobs", jobs], stdin: input)
            #expect(many.stdout == single.stdout, "--jobs \(jobs)")
        }
    }

    @Test("an input of several chunks gives every result once, in order, whatever the threads")
    func severalChunks() throws {
        // About 9 MB: many chunks, records cut at the chunk ends; from a file, then through a
        // pipe (read in pieces), while the results stream out.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-chunks-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("profiles.jsonl").path
        try Self.generated(count: 50_000).write(toFile: path, atomically: true, encoding: .utf8)
        let single = try BinaryRunner.run(["batch", path, "--jobs", "1"])
        let lines = single.stdout.split(separator: "\n")
        #expect(lines.count == 50_000)
        for (index, line) in lines.enumerated() where index % 997 == 0 || index == lines.count - 1 {
            #expect(line.hasPrefix("{\"record\":\(index + 1),\"line\":\(index + 1),"))
        }
        #expect(single.stderr.contains("50000 records read"))
        for jobs in ["2", "3"] {
            let many = try BinaryRunner.run(["batch", path, "--jobs", jobs])
            #expect(many.stdout == single.stdout, "--jobs \(jobs)")
        }
        let piped = try BinaryRunner.run(
            ["batch", "-", "--jobs", "2"], stdin: try String(contentsOfFile: path, encoding: .utf8))
        #expect(piped.stdout == single.stdout)
        #expect(piped.code == single.code)
    }

    @Test("a record longer than a chunk is read whole, between ordinary ones")
    func recordLongerThanChunk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-long-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = #"{"id":"long","sites":3,"volume":"high"}"#
        // More than three chunks (256 KiB each) of note, so that the buffer has to grow.
        let note = String(repeating: "x", count: 800_000)
        let long = #"{"id":"long","_note":""# + note + #"","sites":3,"volume":"high"}"#
        let lines = [#"{"id":1,"sites":1}"#, long, #"{"id":3,"volume":"low"}"#, plain]
        let path = directory.appendingPathComponent("profiles.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["--jobs", "1"], ["--jobs", "2"], ["--fail-fast"]] {
            let run = try BinaryRunner.run(["batch", path] + arguments)
            #expect(run.code == 0, "\(arguments): \(run.stderr)")
            let results = run.stdout.split(separator: "\n").map(String.init)
            #expect(results.count == 4, "\(arguments)")
            guard results.count == 4 else { continue }
            #expect(results[0].hasPrefix(#"{"record":1,"line":1,"id":1,"#))
            #expect(results[2].hasPrefix(#"{"record":3,"line":3,"id":3,"#))
            // The long record scores as the same profile without its note.
            #expect(
                results[1].replacing(#"{"record":2,"line":2,"#, with: "")
                    == results[3].replacing(#"{"record":4,"line":4,"#, with: ""), "\(arguments)")
        }
    }

    @Test("results match the library's evaluation of the same profiles")
    func matchesLibrary() throws {
        let input = Self.generated(count: 200)
        let result = try BinaryRunner.run(["batch"], stdin: input)
        let rules = RuleBase.builtIn
        for (line, output) in zip(
            input.split(separator: "\n"), result.stdout.split(separator: "\n"))
        {
            let json = try JSONParser.parse(Array(line.utf8))
            guard let profile = try? rules.profile(fromJSON: json) else {
                #expect(output.contains("\"error\""))
                continue
            }
            let evaluation = rules.evaluate(profile, trace: false)
            #expect(output.contains("\"winner\":\"\(evaluation.winner.id)\""))
            let winners = evaluation.possibleWinners.map { "\"\(rules.forms[$0].id)\"" }.joined(
                separator: ",")
            #expect(output.contains("\"possibleWinners\":[\(winners)]"), "\(line)")
        }
    }

    @Test("--output is atomic: a failed run leaves no file and never clobbers an existing one")
    func atomicOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("results.jsonl").path
        let good = try BinaryRunner.run([
            "batch", Self.fixtures + "profiles.jsonl", "--output", target,
        ])
        #expect(good.code == 0)
        #expect(good.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 4)
        // A failed run (stopped by --fail-fast) keeps the previous file as it was.
        let failed = try BinaryRunner.run([
            "batch", "--fail-fast", Self.fixtures + "bad-records.jsonl", "--output", target,
        ])
        #expect(failed.code == 3)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == written)
        // An unreadable input leaves no file behind.
        let missing = directory.appendingPathComponent("new.jsonl").path
        let unreadable = try BinaryRunner.run(["batch", "no/such/input.jsonl", "--output", missing])
        #expect(unreadable.code == 3)
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["results.jsonl"]
        )
    }

    @Test("empty inputs give empty results")
    func emptyInput() throws {
        for (input, format, expected) in [
            ("", "jsonl", ""), ("\n\n", "jsonl", ""), ("[]", "jsonl", ""), ("", "json", "[\n]\n"),
        ] {
            let result = try BinaryRunner.run(["batch", "--format", format], stdin: input)
            #expect(result.code == 0)
            #expect(result.stdout == expected)
            #expect(result.stderr.contains("0 records read"))
        }
    }

    /// Every format, and Markdown in French (its headers).
    @Test(
        "golden outputs of every format",
        arguments: [["jsonl"], ["json"], ["csv"], ["markdown"], ["markdown", "--lang", "fr"]])
    func formats(_ options: [String]) throws {
        let format = options[0]
        let extra = Array(options.dropFirst())
        let result = try BinaryRunner.run(
            ["batch", "--format", format, Self.fixtures + "bad-records.jsonl"] + extra)
        let command =
            "orgadvisor batch --format \(format) bad-records.jsonl"
            + extra.map { " " + $0 }.joined()
        let name = format + (extra.isEmpty ? "" : "-french")
        let transcript = result.transcript(command).replacing(
            /in \d+\.\d+ s \(\d+ profiles\/s\)/, with: "in T s (R profiles/s)")
        if let mismatch = TestFiles.snapshotMismatch(
            transcript, at: "Tests/OrgAdvisorCLITests/Snapshots/batch-\(name).txt")
        {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test(
        "usage errors",
        arguments: [
            ["batch", "a", "b"], ["batch", "--jobs", "0", "-"], ["batch", "--format", "xml", "-"],
        ])
    func usage(_ arguments: [String]) throws {
        let result = try BinaryRunner.run(arguments, stdin: "")
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix("Error: "))
    }
}
