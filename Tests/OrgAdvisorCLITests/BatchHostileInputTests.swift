import Foundation
import TestSupport
import Testing

/// `orgadvisor batch` (and `--profile`) on hostile input: cut arrays, records past the
/// size limit, formulas in CSV, Markdown in names, byte-order marks, duplicate keys.
@Suite("orgadvisor batch, hostile input")
struct BatchHostileInputTests {
    struct TruncatedCase: Sendable, CustomTestStringConvertible {
        let input: String
        let scored: Int
        let error: String
        var testDescription: String { input }
    }

    static let truncated: [TruncatedCase] = [
        TruncatedCase(
            input: #"[{"sites":5},{"sites":6}"#, scored: 2,
            error: "<stdin>:1:25: input ended inside the array; expected ',' or ']'"),
        TruncatedCase(
            input: #"{"profiles":[{"sites":5},{"sites":6}"#, scored: 2,
            error: "<stdin>:1:37: input ended inside the array; expected ',' or ']'"),
        TruncatedCase(
            input: "[{}", scored: 1,
            error: "<stdin>:1:4: input ended inside the array; expected ',' or ']'"),
        TruncatedCase(
            input: #"{"profiles":[{}]"#, scored: 1,
            error: "<stdin>:1:17: input ended inside the profiles object; expected '}'"),
        TruncatedCase(
            input: "[{},\n{\"sit", scored: 1,
            error: "<stdin>:2:6: input ended inside profile 2 of the array"),
    ]

    @Test(
        "an array cut by the end of the input is an error naming where it ended, exit 3",
        arguments: truncated)
    func truncatedInput(_ test: TruncatedCase) throws {
        for arguments in [["--jobs", "1"], ["--jobs", "2"]] {
            let result = try BinaryRunner.run(["batch", "-"] + arguments, stdin: test.input)
            #expect(result.code == 3)
            #expect(result.stderr.hasPrefix("Error: " + test.error + "\n"), "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n")
            #expect(lines.filter { $0.contains("\"winner\"") }.count == test.scored)
            #expect(lines.last?.contains("\"error\"") == true)
        }
    }

    @Test("a cut array never replaces the --output file; a whole one does")
    func truncatedOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-cut-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("results.jsonl").path
        try "previous\n".write(toFile: target, atomically: true, encoding: .utf8)
        let cut = try BinaryRunner.run(
            ["batch", "-", "--output", target], stdin: #"[{"sites":5},{"sites":6}"#)
        #expect(cut.code == 3)
        #expect(cut.stdout.isEmpty)
        #expect(cut.stderr.contains("the input is incomplete, no output file written"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "previous\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).count == 1)
        let whole = try BinaryRunner.run(
            ["batch", "-", "--output", target], stdin: #"[{"sites":5},{"sites":6}]"#)
        #expect(whole.code == 0)
        #expect(
            try String(contentsOfFile: target, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test("a record longer than --max-record-size is an error naming it, and the run goes on")
    func recordTooLong() throws {
        let long =
            #"{"id":"long","name":""# + String(repeating: "n", count: 2000) + #"","sites":3}"#
        let input = [#"{"id":1,"sites":1}"#, #"{"id":2,"sites":2}"#, long, #"{"id":4,"sites":4}"#]
        let message =
            #"{"record":3,"line":3,"column":1,"error":"record longer than 1 KiB; raise --max-record-size to read it"}"#
        for arguments in [["--jobs", "1"], ["--jobs", "2"]] {
            let lines = try BinaryRunner.run(
                ["batch", "--max-record-size", "1K"] + arguments,
                stdin: input.joined(separator: "\n") + "\n")
            #expect(lines.code == 3)
            let results = lines.stdout.split(separator: "\n").map(String.init)
            #expect(results.count == 4)
            #expect(results.count == 4 && results[2] == message, "\(results)")
            #expect(results.last?.hasPrefix(#"{"record":4,"line":4,"id":4,"status""#) == true)
            #expect(lines.stderr.contains("4 records read, 3 scored, 1 failed"))
            // The same in an array, and a limit large enough reads it.
            let array = try BinaryRunner.run(
                ["batch", "--max-record-size", "1024"] + arguments,
                stdin: "[" + input.joined(separator: ",\n") + "]")
            #expect(array.stdout.split(separator: "\n").map(String.init)[2] == message)
            let raised = try BinaryRunner.run(
                ["batch", "--max-record-size", "2K"] + arguments,
                stdin: input.joined(separator: "\n"))
            #expect(raised.code == 0)
        }
        let failFast = try BinaryRunner.run(
            ["batch", "--fail-fast", "--max-record-size", "1K"],
            stdin: input.joined(separator: "\n"))
        #expect(failFast.code == 3)
        #expect(failFast.stdout.split(separator: "\n").last.map(String.init) == message)
    }

    @Test("records longer than a chunk, up to the default limit, are read whole; past it, skipped")
    func longRecordsAroundTheLimit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-limit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // 3 MB of name (a dozen chunks), then 17 MiB, over the default limit of 16 MiB.
        func record(_ id: Int, _ length: Int) -> String {
            "{\"id\":\(id),\"name\":\"" + String(repeating: "a", count: length) + "\",\"sites\":3}"
        }
        let path = directory.appendingPathComponent("long.json").path
        let text =
            "[" + [record(1, 3_000_000), record(2, 17 << 20), record(3, 10)].joined(separator: ",")
            + "]"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for arguments in [["--jobs", "2"], ["--fail-fast"]] {
            let result = try BinaryRunner.run(["batch", path, "--format", "csv"] + arguments)
            let rows = result.stdout.split(separator: "\n").map { String($0.prefix(40)) }
            #expect(rows.count == (arguments == ["--fail-fast"] ? 3 : 4), "\(arguments)")
            #expect(rows[1].hasPrefix("1,1,1,aaaa"))
            #expect(
                result.stdout.contains(
                    "2,1,,,,,,,,,,,,,\"line 1, column 3000031: record longer than 16 MiB;"))
        }
    }

    @Test(
        "invalid --max-record-size values are usage errors",
        arguments: ["0", "-1", "1X", "", "2G", "K"])
    func maxRecordSizeUsage(_ value: String) throws {
        let result = try BinaryRunner.run(["batch", "--max-record-size", value, "-"], stdin: "")
        #expect(result.code == 2)
        #expect(result.stderr.contains("invalid value '\(value)' for '--max-record-size'"))
    }

    @Test("CSV cells that a spreadsheet would run as formulas are neutralised; numbers are not")
    func csvFormulas() throws {
        let input = [
            #"{"id":"=1+1","name":"+SUM(A1)","sites":3}"#,
            #"{"id":"-2+3","name":"@cmd","sites":3}"#,
            #"{"id":-3,"name":"\tx","sites":3}"#,
            #"{"id":"\r=1","name":"plain, \"quoted\"","sites":3}"#,
            #"{"id":"=bad","sites":"x"}"#,
        ].joined(separator: "\n")
        let result = try BinaryRunner.run(["batch", "--format", "csv"], stdin: input)
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(
            rows[1].hasPrefix(#"1,1,"'=1+1","'+SUM(A1)",provisional,,power-user-organisation,"#))
        #expect(rows[1].hasSuffix(",-6,0,0,0,9,"), "scores stay numbers: \(rows[1])")
        #expect(rows[2].hasPrefix(#"2,2,"'-2+3","'@cmd","#))
        #expect(rows[3].hasPrefix("3,3,-3,\"'\tx\","))
        #expect(rows[4].hasPrefix("4,4,\"'\r=1\",\"plain, \"\"quoted\"\"\","))
        #expect(rows[5].hasPrefix(#"5,5,"'=bad",,"#))
    }

    @Test("Markdown rows escape the profile's text: one row per record, no markup, no HTML")
    func markdownEscapes() throws {
        let input = [
            #"{"id":"a|b","name":"x\r\ny\rz\nw","sites":3}"#,
            #"{"id":"`code`","name":"<script>&amp;</script>","sites":3}"#,
            #"{"id":"q|r","name":"<b>","sites":"<i>|"}"#,
        ].joined(separator: "\n")
        let result = try BinaryRunner.run(["batch", "--format", "markdown"], stdin: input)
        let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 6, "\(rows)")  // header, rule, three rows, empty end
        #expect(!result.stdout.contains("\r"))
        #expect(rows[2].hasPrefix(#"| 1 | a\|b | x  y z w | "#))
        #expect(rows[3].hasPrefix(#"| 2 | \`code\` | \<script\>\&amp;\</script\> | "#))
        #expect(rows[4].hasPrefix(#"| 3 | q\|r | \<b\> | "#))
        #expect(rows[4].contains(#"invalid value '\<i\>\|' for 'sites'"#))
        for row in rows.dropLast() {
            // Every row has the header's number of cells: no '|' left unescaped in a cell.
            #expect(row.replacing(#"\|"#, with: "").filter { $0 == "|" }.count == 14)
        }
    }

    @Test("a UTF-8 byte-order mark at the start of the input is skipped")
    func byteOrderMark() throws {
        let mark = "\u{FEFF}"
        for input in [#"{"sites":5}"#, #"[{"sites":5}]"#, #"{"profiles":[{"sites":5}]}"#] {
            let result = try BinaryRunner.run(["batch", "-"], stdin: mark + input)
            #expect(result.code == 0, "\(input): \(result.stdout)")
        }
        let profile = try BinaryRunner.run(
            ["--profile", "-", "--format", "json"], stdin: mark + #"{"sites":5}"#)
        #expect(profile.code == 0, "\(profile.stderr)")
        // Elsewhere it is an error.
        let later = try BinaryRunner.run(["batch", "-"], stdin: "{}\n" + mark + "{}")
        #expect(
            later.stdout.contains(
                #""line":2,"column":1,"error":"expected a value, found byte 0xEF""#))
    }

    @Test("a duplicate key is refused for a profile, not as invalid JSON")
    func duplicateKey() throws {
        let input = #"{"sites":5,"sites":6}"#
        let profile = try BinaryRunner.run(["--profile", "-"], stdin: input)
        #expect(profile.code == 3)
        #expect(profile.stderr == "Error: <stdin>:1:12: duplicate key 'sites' in a profile\n")
        let batch = try BinaryRunner.run(["batch", "-"], stdin: input)
        #expect(
            batch.stdout
                == #"{"record":1,"line":1,"column":12,"error":"duplicate key 'sites' in a profile"}"#
                + "\n")
    }
}
