import Foundation
import TestSupport
import Testing

/// The command line as a user runs it, checked against golden transcripts in
/// `Tests/OrgAdvisorCLITests/Snapshots` (stdout, stderr and exit code apart).
@Suite("orgadvisor end to end")
struct EndToEndTests {
    struct Case: Sendable, CustomTestStringConvertible {
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
    }

    static let cases: [Case] = [
        Case("readme", ["--sites", "5", "--volume", "high"], code: 0),
        Case("equals-and-french-alias", ["--sites=5", "--volume=ÉLEVÉ"], code: 0),
        Case(
            "french-from-lang", ["--sites", "5", "--volume", "high"], code: 0,
            environment: ["LANG": "fr_CH.UTF-8"]),
        Case(
            "lang-flag-wins", ["--sites", "5", "--volume", "high", "--lang", "en"], code: 0,
            environment: ["LC_ALL": "fr_FR.UTF-8"]),
        Case("json", ["--sites", "5", "--volume", "high", "--format", "json"], code: 0),
        Case(
            "markdown",
            ["--sites", "5", "--volume", "high", "--format", "markdown", "--lang", "fr"], code: 0),
        Case(
            "explain-full", ["--employees", "12", "--structure", "centralised", "--explain=full"],
            code: 0),
        Case(
            "explain-fails", ["--complexity", "high", "--channels", "email", "--explain=fails"],
            code: 0),
        Case("color-always", ["--volume", "low", "--color", "always"], code: 0),
        Case(
            "no-color-wins", ["--volume", "low", "--color", "always"], code: 0,
            environment: ["NO_COLOR": "1"]),
        Case(
            "weight-override", ["--sites", "5", "--volume", "high", "--weight", "volume=0"], code: 0
        ),
        Case("unknown-flag", ["--volumn", "high"], code: 2),
        Case("invalid-value", ["--volume", "hihg"], code: 2),
        Case("out-of-range", ["--sites", "0"], code: 2),
        Case("not-a-number", ["--sites", "five"], code: 2),
        Case("missing-value", ["--sites"], code: 2),
        Case("invalid-format", ["--format", "yaml"], code: 2),
        Case("unknown-weight", ["--weight", "volum=2"], code: 2),
        Case("unknown-command", ["chek"], code: 2),
        Case("positional", ["high"], code: 2),
        Case("help", ["--help"], code: 0),
        Case("help-french", ["--help", "--lang", "fr"], code: 0),
        Case("help-check", ["help", "check"], code: 0),
        Case("version", ["--version"], code: 0),
        Case("criteria", ["criteria"], code: 0),
        Case("criteria-json", ["criteria", "--format", "json"], code: 0),
        Case("forms-french", ["forms", "--lang", "fr"], code: 0),
        Case("check-builtin", ["check"], code: 0),
        Case("check-rules-directory", ["check", "Rules"], code: 0),
        Case(
            "check-invalid",
            ["check", "Tests/OrgAdvisorTests/Fixtures/invalid/many-errors.orgrules"], code: 1),
        Case(
            "check-invalid-json",
            [
                "check", "--format", "json",
                "Tests/OrgAdvisorTests/Fixtures/invalid/unknown-value.orgrules",
            ], code: 1),
        Case("check-missing-path", ["check", "no/such/rules"], code: 3),
        Case("check-deep-builtin", ["check", "--deep"], code: 0),
        Case("check-deep-json", ["check", "--deep", "--format", "json", "--jobs", "3"], code: 0),
        Case(
            "check-deep-findings",
            ["check", "--deep", "Tests/OrgAdvisorTests/Fixtures/deep/findings.orgrules"], code: 1),
        Case(
            "check-deep-findings-json",
            [
                "check", "--deep", "--format", "json", "--jobs", "1",
                "Tests/OrgAdvisorTests/Fixtures/deep/findings.orgrules",
            ], code: 1),
        Case("check-deep-bad-jobs", ["check", "--deep", "--jobs", "0"], code: 2),
        Case("rules-missing-path", ["--rules", "no/such/rules", "--sites", "2"], code: 3),
        Case(
            "rules-invalid",
            ["--rules", "Tests/OrgAdvisorTests/Fixtures/invalid/unknown-form.orgrules"], code: 3),
        Case(
            "rules-other-flags",
            [
                "--rules", "Tests/OrgAdvisorTests/Fixtures/valid/every-construct.orgrules",
                "--kind", "one", "--count", "20",
            ],
            code: 0),
        Case(
            "rules-other-help",
            ["--rules", "Tests/OrgAdvisorTests/Fixtures/valid/every-construct.orgrules", "--help"],
            code: 0),
        Case("test-examples", ["test", "Examples"], code: 0),
        Case(
            "test-failing", ["test", "Tests/OrgAdvisorCLITests/Fixtures/failing.orgtests"], code: 1),
        Case(
            "test-invalid", ["test", "Tests/OrgAdvisorCLITests/Fixtures/invalid.orgtests"], code: 3),
        Case("test-no-files", ["test"], code: 2),
        Case("profile-file", ["--profile", "Examples/profiles/small-office.json"], code: 0),
        Case(
            "profile-stdin-with-override", ["--profile", "-", "--volume", "high"], code: 0,
            stdin: #"{"sites": 1, "volume": "low", "complexity": "faible", "name": "ACME"}"#),
        Case("profile-unknown-key", ["--profile", "-"], code: 3, stdin: #"{"sitse": 3}"#),
        Case(
            "profile-invalid-json", ["--profile", "-"], code: 3,
            stdin: "{\"sites\": 3,\n \"volume\": }"),
        Case("profile-wrong-type", ["--profile", "-"], code: 3, stdin: #"{"volume": 3}"#),
        Case("profile-missing-file", ["--profile", "nope.json"], code: 3),
        Case(
            "sensitivity",
            ["sensitivity", "--sites", "5", "--volume", "high", "--complexity", "low"], code: 0),
        Case(
            "sensitivity-json",
            ["sensitivity", "--sites", "5", "--volume", "high", "--format", "json"], code: 0),
        Case("sensitivity-french", ["sensitivity", "--employees", "12", "--lang", "fr"], code: 0),
        Case("sensitivity-typo", ["sensitivity", "--volum", "high"], code: 2),
        Case(
            "whatif",
            ["whatif", "--employees", "12", "--structure", "centralised", "--volume", "low"],
            code: 0),
        Case(
            "whatif-json", ["whatif", "--sites", "5", "--volume", "high", "--format", "json"],
            code: 0),
    ]

    @Test("golden transcripts", arguments: cases)
    func transcript(_ test: Case) throws {
        let result = try BinaryRunner.run(
            test.arguments, stdin: test.stdin, environment: test.environment)
        #expect(result.code == test.code, "\(result.stderr)")
        if test.code == 0 {
            #expect(!result.stdout.isEmpty)
        } else if test.code >= 2 {
            #expect(result.stdout.isEmpty, "nothing on stdout when failing")
            #expect(!result.stderr.isEmpty)
        }
        let command = (["orgadvisor"] + test.arguments).joined(separator: " ")
        let path = "Tests/OrgAdvisorCLITests/Snapshots/\(test.name).txt"
        if let mismatch = TestFiles.snapshotMismatch(result.transcript(command), at: path) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("usage errors name the flag, suggest the nearest and point to --help")
    func usageErrorShape() throws {
        let result = try BinaryRunner.run(["--volumn", "high"])
        #expect(
            result.stderr.hasPrefix("Error: unknown option '--volumn'; did you mean '--volume'?\n"))
        #expect(result.stderr.contains("Usage: orgadvisor"))
        #expect(result.stderr.hasSuffix("See 'orgadvisor --help'.\n"))
    }

    @Test("the same input gives byte-identical output")
    func deterministic() throws {
        let first = try BinaryRunner.run(["--sites", "5", "--volume", "high", "--format", "json"])
        for _ in 0..<3 {
            #expect(
                try BinaryRunner.run(["--sites", "5", "--volume", "high", "--format", "json"])
                    .stdout == first.stdout)
        }
    }

    @Test(
        "check --deep prints the same whatever the number of threads", arguments: ["1", "2", "5"])
    func deepCheckThreads(_ jobs: String) throws {
        let fixture = "Tests/OrgAdvisorTests/Fixtures/deep/findings.orgrules"
        for paths in [[], [fixture]] {
            let reference = try BinaryRunner.run(["check", "--deep", "--jobs", "3"] + paths)
            let result = try BinaryRunner.run(["check", "--deep", "--jobs", jobs] + paths)
            #expect(result.stdout == reference.stdout)
            #expect(result.code == reference.code)
        }
    }

    @Test("text output uses the terminal width only on a terminal and never colours a pipe")
    func pipeHasNoColor() throws {
        let result = try BinaryRunner.run(["--sites", "5"], environment: ["COLUMNS": "200"])
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }
}
