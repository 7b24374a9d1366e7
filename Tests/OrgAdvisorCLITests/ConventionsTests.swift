import Foundation
import TestSupport
import Testing

/// The command-line conventions users expect from other tools (issue 15, item 6), each
/// run through the built binary: a golden transcript where the output is text, and the
/// same output as the spelling it must be equivalent to.
@Suite("command-line conventions")
struct ConventionsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let arguments: [String]
        var environment: [String: String] = [:]
        var stdin: String?
        /// Arguments (and environment) whose standard output must be the same.
        var sameAs: [String]?
        var sameAsEnvironment: [String: String] = [:]
        /// Whether the transcript is checked against `Snapshots/conventions-NAME.txt`.
        var golden = true
        var code: Int32 = 0
        var testDescription: String { name }
    }

    static let hostileRules = "Tests/OrgAdvisorCLITests/Fixtures/markdown/hostile-labels.orgrules"

    static let cases: [Case] = [
        // --explain LEVEL as a separate argument, like --explain=LEVEL.
        Case(
            name: "explain-separate",
            arguments: ["--employees", "12", "--structure", "centralised", "--explain", "full"],
            sameAs: ["--employees", "12", "--structure", "centralised", "--explain=full"]),
        Case(
            name: "explain-level-any-case",
            arguments: ["--complexity", "high", "--explain", "FAILS"],
            sameAs: ["--complexity", "high", "--explain=fails"], golden: false),
        // A following word that is no level is not its value.
        Case(
            name: "explain-default-before-flag", arguments: ["--explain", "--sites", "2"],
            sameAs: ["--sites", "2", "--explain=summary"], golden: false),
        // --help COMMAND is help COMMAND.
        Case(name: "help-command", arguments: ["--help", "batch"], sameAs: ["help", "batch"]),
        Case(
            name: "help-command-french", arguments: ["-h", "whatif", "--lang", "fr"],
            sameAs: ["whatif", "--help", "--lang", "fr"], golden: false),
        // Choices in any case, surrounding spaces ignored.
        Case(
            name: "lang-upper-case", arguments: ["--sites", "5", "--lang", "FR"],
            sameAs: ["--sites", "5", "--lang", "fr"], golden: false),
        Case(
            name: "lang-mixed-case-space", arguments: ["forms", "--lang=Fr "],
            sameAs: ["forms", "--lang", "fr"], golden: false),
        Case(
            name: "lang-upper-case-errors", arguments: ["--sites", "zero", "--lang", "FR"],
            code: 2),
        Case(
            name: "format-upper-case", arguments: ["criteria", "--format", "JSON"],
            sameAs: ["criteria", "--format", "json"], golden: false),
        // An explicit --color always wins over NO_COLOR.
        Case(
            name: "color-always-over-no-color",
            arguments: ["--volume", "low", "--color", "always"],
            environment: ["NO_COLOR": "1"], sameAs: ["--volume", "low", "--color", "always"]),
        Case(
            name: "no-color-keeps-never", arguments: ["--volume", "low", "--color", "never"],
            environment: ["NO_COLOR": "1"], sameAs: ["--volume", "low"], golden: false),
        // criteria fits 80 columns (the width test is below).
        Case(name: "criteria", arguments: ["criteria"], environment: ["COLUMNS": "80"]),
        Case(name: "criteria-french", arguments: ["criteria", "--lang", "fr"]),
        // whatif and sensitivity as Markdown, in both languages, texts escaped.
        Case(
            name: "whatif-markdown",
            arguments: [
                "whatif", "--employees", "12", "--structure", "centralised", "--volume", "low",
                "--format", "markdown",
            ]),
        Case(
            name: "whatif-markdown-french",
            arguments: [
                "whatif", "--sites", "5", "--volume", "high", "--lang", "fr", "--format",
                "markdown",
            ]),
        Case(
            name: "whatif-markdown-escaped",
            arguments: ["whatif", "--rules", hostileRules, "--kind", "a", "--format", "markdown"]),
        Case(
            name: "sensitivity-markdown",
            arguments: [
                "sensitivity", "--sites", "5", "--volume", "high", "--complexity", "low",
                "--format", "markdown",
            ]),
        Case(
            name: "sensitivity-markdown-french",
            arguments: ["sensitivity", "--employees", "12", "--lang", "fr", "--format", "markdown"]),
        Case(
            name: "sensitivity-markdown-escaped",
            arguments: [
                "sensitivity", "--rules", hostileRules, "--kind", "a", "--lang", "fr", "--format",
                "markdown",
            ]),
        // Batch errors point at the key (unknown criterion) or its value (anything else).
        Case(
            name: "batch-error-columns", arguments: ["batch", "--jobs", "1"],
            stdin: """
                {"sites": 2, "volume": "hgih"}
                {"sites": 2, "volum": "high"}
                {"sites": 0}
                {"id": "a\\"}x", "volume": 3}
                {"name": {"a": [1, "}"]}, "volume": "HIGH", "hours": [1]}
                {"sites": 2, "volume": "high"}

                """, code: 3),
        Case(
            name: "batch-error-columns-array", arguments: ["batch", "--jobs", "1"],
            stdin: """
                [
                  {"sites": 2,
                     "size": "huge"},
                  {"sites": 2, "volume": "high"},
                  {
                    "sitse": 2}
                ]

                """, code: 3),
    ]

    @Test("golden transcripts and equivalent spellings", arguments: cases)
    func convention(_ test: Case) throws {
        let result = try BinaryRunner.run(
            test.arguments, stdin: test.stdin, environment: test.environment)
        #expect(result.code == test.code, "\(result.stderr)")
        if let same = test.sameAs {
            let expected = try BinaryRunner.run(same, environment: test.sameAsEnvironment)
            #expect(expected.code == test.code)
            #expect(result.stdout == expected.stdout)
        }
        guard test.golden else { return }
        let command = (["orgadvisor"] + test.arguments).joined(separator: " ")
        let path = "Tests/OrgAdvisorCLITests/Snapshots/conventions-\(test.name).txt"
        // Batch's summary on standard error has a time and a rate.
        let transcript = result.transcript(command).replacing(
            /in \d+\.\d+ s \(\d+ profiles\/s\)/, with: "in T s (R profiles/s)")
        if let mismatch = TestFiles.snapshotMismatch(transcript, at: path) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("criteria fits 80 columns", arguments: ["en", "fr"])
    func criteriaWidth(_ language: String) throws {
        let result = try BinaryRunner.run(
            ["criteria", "--lang", language], environment: ["COLUMNS": "80"])
        #expect(result.code == 0)
        let wide = result.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(wide.isEmpty, "\(wide)")
    }

    @Test("--color always colours despite NO_COLOR")
    func colorAlways() throws {
        let result = try BinaryRunner.run(
            ["--volume", "low", "--color", "always"], environment: ["NO_COLOR": "1"])
        #expect(result.stdout.contains("\u{1B}["))
        let plain = try BinaryRunner.run(["--volume", "low"], environment: ["NO_COLOR": "1"])
        #expect(!plain.stdout.contains("\u{1B}["))
    }
}
