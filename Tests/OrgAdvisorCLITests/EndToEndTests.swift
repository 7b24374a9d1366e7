import Foundation
import TestSupport
import Testing

/// The command line as a user runs it, checked against golden transcripts in
/// `Tests/OrgAdvisorCLITests/Snapshots` (stdout, stderr and exit code apart).
@Suite("orgadvisor end to end")
struct EndToEndTests {
    typealias Case = TranscriptCase

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
        Case("help-help", ["help", "--help"], code: 0),
        Case("help-help-named", ["help", "help"], code: 0),
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
            "test-failing-verbose",
            ["test", "--verbose", "Tests/OrgAdvisorCLITests/Fixtures/failing.orgtests"], code: 1),
        Case(
            "test-accented-values",
            ["test", "--lang", "fr", "Tests/OrgAdvisorCLITests/Fixtures/accented.orgtests"],
            code: 1),
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
        Case(
            "whatif-french", ["whatif", "--sites", "5", "--volume", "high", "--lang", "fr"],
            code: 0),
        Case(
            "interview-french", ["interview", "--lang", "fr", "--sites", "7", "--volume", "élevé"],
            code: 0),
        Case(
            "report-markdown",
            [
                "report", "--employees", "12", "--structure", "centralised", "--format",
                "markdown", "--lang", "fr",
            ], code: 0),
        Case("report-help", ["report", "--help"], code: 0),
        Case(
            "report-fragment", ["report", "--sites", "5", "--volume", "high", "--fragment"], code: 0
        ),
        Case(
            "report-fragment-french",
            ["report", "--lang", "fr", "--sites", "7", "--volume", "élevé", "--fragment"], code: 0),
        Case(
            "report-student",
            ["report", "--sites", "7", "--volume", "high", "--audience", "student"], code: 0),
        Case(
            "report-student-markdown",
            [
                "report", "--sites", "7", "--volume", "high", "--audience", "student", "--format",
                "markdown",
            ], code: 0),
        Case(
            "report-fragment-markdown", ["report", "--fragment", "--format", "markdown"], code: 2),
        Case("report-invalid-audience", ["report", "--audience", "pupil"], code: 2),
        Case(
            "report-map-markdown",
            [
                "report", "--volume", "high", "--complexity", "low", "--map", "sites,structure",
                "--format", "markdown",
            ], code: 0),
        Case("report-map-unknown", ["report", "--map", "sitse,volume"], code: 2),
        Case("report-map-one", ["report", "--map", "sites"], code: 2),
        Case("report-map-same", ["report", "--map", "sites,sites"], code: 2),
        Case("report-invalid-format", ["report", "--format", "pdf"], code: 2),
        Case("report-invalid-value", ["report", "--volume", "hihg"], code: 2),
        Case("report-typo", ["report", "--volum", "high"], code: 2),
        Case("report-positional", ["report", "page.html"], code: 2),
        Case("report-color", ["report", "--color", "always"], code: 2),
        Case("report-missing-directory", ["report", "--output", "no/such/dir/page.html"], code: 3),
        Case(
            "map",
            [
                "map", "--x", "volume", "--y", "complexity", "--structure", "centralised", "--size",
                "small",
            ], code: 0),
        Case(
            "map-readme",
            [
                "map", "--x", "sites", "--y", "complexity", "--volume", "high", "--employees",
                "30", "--customers", "internal", "--channels", "phone",
            ], code: 0),
        Case(
            "map-derived-french",
            [
                "map", "--x", "sites", "--y", "complexity", "--volume", "high", "--employees", "30",
                "--lang", "fr",
            ], code: 0),
        Case(
            "map-csv",
            [
                "map", "--x", "sites", "--y", "structure", "--format", "csv", "--volume", "low",
                "--complexity", "low", "--size", "small", "--channels", "phone", "--customers",
                "internal", "--hours", "office", "--resources", "limited", "--powerusers", "yes",
            ],
            code: 0),
        Case(
            "map-json",
            [
                "map", "--x", "channels", "--y", "customers", "--format", "json", "--profile",
                "Examples/profiles/small-office.json",
            ], code: 0),
        Case(
            "map-other-rules",
            [
                "map", "--rules", "Tests/OrgAdvisorTests/Fixtures/valid/every-construct.orgrules",
                "--x", "count", "--y", "ratio",
            ], code: 0),
        Case(
            "derivation-replay",
            [
                "--rules", "Tests/OrgAdvisorTests/Fixtures/valid/derivation-replay.orgrules", "--z",
                "yes",
            ], code: 0),
        Case("help-map", ["help", "map"], code: 0),
        Case("help-compile", ["compile", "--help"], code: 0),
        Case("help-lsp", ["help", "lsp"], code: 0),
        Case("lsp-unexpected-argument", ["lsp", "x"], code: 2),
        Case("map-unknown-axis", ["map", "--x", "sitse", "--y", "volume"], code: 2),
        Case("map-same-axes", ["map", "--x", "volume", "--y", "volume"], code: 2),
        Case(
            "map-axis-also-flag", ["map", "--x", "volume", "--y", "sites", "--volume", "high"],
            code: 2),
        Case("map-missing-axis", ["map", "--x", "volume"], code: 2),
        Case(
            "map-invalid-value", ["map", "--x", "sites", "--y", "size", "--volume", "hihg"],
            code: 2),
        Case("whatif-invalid-value", ["whatif", "--volume", "hihg"], code: 2),
        Case("whatif-positional", ["whatif", "sites=5"], code: 2),
        Case("sensitivity-invalid-value", ["sensitivity", "--sites", "zero"], code: 2),
        Case(
            "map-invalid-format", ["map", "--x", "volume", "--y", "sites", "--format", "png"],
            code: 2),
    ]

    @Test("golden transcripts", arguments: cases)
    func transcript(_ test: Case) throws {
        try test.check()
    }

    @Test("usage errors name the flag, suggest the nearest and point to --help")
    func usageErrorShape() throws {
        let result = try BinaryRunner.run(["--volumn", "high"])
        #expect(
            result.stderr.hasPrefix("Error: unknown option '--volumn'; did you mean '--volume'?\n"))
        #expect(result.stderr.contains("Usage: orgadvisor"))
        #expect(result.stderr.hasSuffix("See 'orgadvisor --help'.\n"))
    }

    @Test("report --output writes the page atomically, and nothing when it fails")
    func reportOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("page.html")
        let arguments = ["report", "--sites", "5", "--volume", "high", "--lang", "fr"]
        let written = try BinaryRunner.run(arguments + ["--output", page.path])
        #expect(written.code == 0)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.hasPrefix("report: wrote '\(page.path)' ("))
        let printed = try BinaryRunner.run(arguments)
        #expect(try String(contentsOf: page, encoding: .utf8) == printed.stdout)
        #expect(printed.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        // A failing run leaves the existing file as it was, and no temporary file.
        let failed = try BinaryRunner.run(arguments + ["--sites", "x", "--output", page.path])
        #expect(failed.code == 2)
        #expect(try String(contentsOf: page, encoding: .utf8) == printed.stdout)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["page.html"])
        let markdown = try BinaryRunner.run(
            arguments + ["--format", "markdown", "--output", page.path])
        #expect(markdown.code == 0)
        #expect(
            try String(contentsOf: page, encoding: .utf8).hasPrefix(
                "## Pas de recommandation\u{202F}: égalité"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["page.html"])
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

    @Test("map: the whole-space count on every core gives byte-identical output")
    func mapDeterministic() throws {
        let arguments = ["map", "--x", "sites", "--y", "volume", "--format", "svg"]
        let first = try BinaryRunner.run(arguments)
        #expect(first.code == 0)
        #expect(first.stdout.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
        for _ in 0..<3 {
            #expect(try BinaryRunner.run(arguments).stdout == first.stdout)
        }
    }

    @Test("map --output writes the file atomically and nothing to standard output")
    func mapOutput() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "orgadvisor-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("map.md").path
        let arguments = ["map", "--x", "volume", "--y", "size", "--format", "markdown"]
        let written = try BinaryRunner.run(arguments + ["--output", path])
        #expect(written.code == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty && written.stderr.isEmpty)
        let expected = try BinaryRunner.run(arguments).stdout
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["map.md"])
        // A directory that does not exist: an error, no file.
        let missing = directory.appendingPathComponent("no/such/map.md").path
        let failed = try BinaryRunner.run(arguments + ["--output", missing])
        #expect(failed.code == 3)
        #expect(failed.stderr.hasPrefix("Error: cannot write '\(missing)'"))
        #expect(!FileManager.default.fileExists(atPath: missing))
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
