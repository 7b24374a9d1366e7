import Foundation
import TestSupport
import Testing

/// A criterion whose id is the name of one of a command's options (`x` and the map's
/// `--x`, `format` and `--format`): on the command line `--ID` is ambiguous, so a command
/// that uses it says so, naming both; a command that does not runs, the criterion given
/// in a profile file; the help shows the criterion as a profile key and `check` warns.
@Suite("a criterion named as an option")
struct CriterionNameClashTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The id that the built-in rules' `sites` is renamed to.
        let name: String
        let arguments: [String]
        var testDescription: String { "\(name): \(arguments.joined(separator: " "))" }
    }

    /// Commands that use the name: as the option (`--format json`), inline
    /// (`--lang=fr`), or where the option is required (the map's axes).
    static let refused = [
        Case(name: "x", arguments: ["map", "--x", "x", "--y", "volume"]),
        Case(name: "y", arguments: ["map", "--x", "volume", "--y", "complexity"]),
        Case(name: "format", arguments: ["--format", "json", "--volume", "high"]),
        Case(name: "format", arguments: ["whatif", "--volume", "high", "--format", "5"]),
        Case(name: "lang", arguments: ["sensitivity", "--volume", "high", "--lang=en"]),
        Case(name: "output", arguments: ["report", "--volume", "high", "--output", "r.html"]),
        Case(name: "profile", arguments: ["--profile", "p.json"]),
    ]

    /// Commands that do not use it.
    static let running = [
        Case(name: "format", arguments: ["whatif", "--volume", "high"]),
        Case(name: "lang", arguments: ["sensitivity", "--volume", "high"]),
        Case(name: "explain", arguments: ["--volume", "high"]),
        Case(name: "output", arguments: ["report", "--volume", "high"]),
        Case(name: "x", arguments: ["--volume", "high", "--format", "json"]),
    ]

    /// The built-in rules with `sites` renamed to `name`, in a new directory.
    static func renamedRules(_ name: String, in directory: TemporaryDirectory) throws -> String {
        let rules = directory.file("rules")
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        for file in try TestFiles.list("Rules") where file.hasSuffix(".orgrules") {
            let text = try String(contentsOf: TestFiles.url("Rules/" + file), encoding: .utf8)
            try text.replacingOccurrences(
                of: "\\bsites\\b", with: name, options: .regularExpression
            ).write(toFile: rules + "/" + file, atomically: true, encoding: .utf8)
        }
        return rules
    }

    /// Runs a case's command line on the built-in rules with `sites` renamed, in
    /// `directory` (an output file `r.html` goes there).
    static func run(_ test: Case, in directory: TemporaryDirectory) throws -> BinaryRunner.Result {
        let rules = try renamedRules(test.name, in: directory)
        let arguments = test.arguments.map { $0 == "r.html" ? directory.file("r.html") : $0 }
        return try BinaryRunner.run(arguments + ["--rules", rules])
    }

    @Test("a command that uses the name says it is both", arguments: refused)
    func refusedWhenUsed(_ test: Case) throws {
        let directory = try TemporaryDirectory("name-clash")
        defer { directory.remove() }
        let result = try Self.run(test, in: directory)
        #expect(result.code == 2)
        #expect(result.stdout.isEmpty)
        // A criterion named `profile` cannot be given in a profile file either.
        let remedy =
            test.name == "profile"
            ? "rename the criterion in the rule files"
            : "give the criterion in a profile file ('--profile FILE'), or rename it in the rule files"
        #expect(
            result.stderr.contains(
                "'--\(test.name)' is both an option and the criterion '\(test.name)' of the rule base; \(remedy)"
            ), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.file("r.html")))
    }

    @Test("a command that does not use the name runs", arguments: running)
    func runsWhenUnused(_ test: Case) throws {
        let directory = try TemporaryDirectory("name-clash")
        defer { directory.remove() }
        let result = try Self.run(test, in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test("the criterion is read from a profile file, as the flag reads it elsewhere")
    func givenInProfile() throws {
        let directory = try TemporaryDirectory("name-clash")
        defer { directory.remove() }
        let rules = try Self.renamedRules("explain", in: directory)
        let profile = directory.file("profile.json")
        try #"{"explain": 5, "volume": "high"}"#.write(
            toFile: profile, atomically: true, encoding: .utf8)
        let renamed = try BinaryRunner.run([
            "--rules", rules, "--profile", profile, "--format", "json",
        ])
        let builtIn = try BinaryRunner.run(["--sites", "5", "--volume", "high", "--format", "json"])
        #expect(renamed.code == 0, "\(renamed.stderr)")
        // The same evaluation, but for the criterion's name, the rule base's fingerprint
        // and the rule files' directory.
        let evaluation = { (text: String) -> String in
            String(text[text.range(of: "\"status\"")!.lowerBound...])
                .replacingOccurrences(of: "explain", with: "sites")
                .replacingOccurrences(of: rules + "/", with: "Rules/")
        }
        #expect(evaluation(renamed.stdout) == evaluation(builtIn.stdout))
    }

    @Test("the help shows the criterion as a profile key, and check warns")
    func helpAndCheck() throws {
        let directory = try TemporaryDirectory("name-clash")
        defer { directory.remove() }
        let rules = try Self.renamedRules("format", in: directory)
        let help = try BinaryRunner.run(["--rules", rules, "--help"])
        #expect(help.code == 0)
        #expect(help.stdout.contains("\"format\": N"), "\(help.stdout)")
        #expect(help.stdout.contains("only in a profile file:"))
        #expect(!help.stdout.contains("--format N"))
        let check = try BinaryRunner.run(["check", rules])
        #expect(check.code == 0, "\(check.stderr)")
        #expect(
            check.stdout.contains(
                "warning: criterion 'format' has the name of the option '--format' of 'evaluate', 'whatif', 'sensitivity', 'map', 'report', 'interview': it can be given only in a profile file"
            ), "\(check.stdout)")
        let plain = try BinaryRunner.run(["check"])
        #expect(!plain.stdout.contains("has the name of the option"))
    }
}
