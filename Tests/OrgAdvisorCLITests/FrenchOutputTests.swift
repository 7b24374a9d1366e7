import Foundation
import TestSupport
import Testing

/// `--lang fr` (or a French locale) end to end: help, errors, `check` and `test`, checked
/// against golden transcripts in `Tests/OrgAdvisorCLITests/Snapshots/french-*.txt`.
@Suite("orgadvisor in French")
struct FrenchOutputTests {
    typealias Case = TranscriptCase

    static let french = ["--lang", "fr"]

    static let cases: [Case] = [
        // Help.
        Case("help-check", ["check", "--help"] + french, code: 0),
        Case("help-test", ["help", "test", "--lang", "fr"], code: 0),
        Case("help-batch", ["batch", "--help"] + french, code: 0),
        Case("help-map", ["map", "--help"] + french, code: 0),
        Case("help-interview", ["interview", "-h"], code: 0, environment: ["LANG": "fr_FR.UTF-8"]),
        // Errors: options and criterion flags.
        Case("unknown-option", ["--volumn", "high"] + french, code: 2),
        Case("invalid-value", ["--volume", "hihg"] + french, code: 2),
        Case("out-of-range", ["--sites", "0"] + french, code: 2),
        Case("not-a-number", ["--sites", "five"] + french, code: 2),
        Case("missing-value", french + ["--sites"], code: 2),
        Case("invalid-option-value", ["--format", "yaml"] + french, code: 2),
        Case("unknown-command", ["chek"] + french, code: 2),
        Case("unknown-weight", ["--weight", "volum=2"] + french, code: 2),
        Case("positional", ["élevé"] + french, code: 2),
        Case(
            "error-from-locale", ["whatif", "--volume", "hihg"], code: 2,
            environment: ["LC_ALL": "fr_CH.UTF-8"]),
        Case("invalid-lang-stays-english", ["--lang", "de", "--volume", "hihg"], code: 2),
        Case("map-unknown-axis", ["map", "--x", "sitse", "--y", "volume"] + french, code: 2),
        Case("check-bad-jobs", ["check", "--deep", "--jobs", "0"] + french, code: 2),
        // Errors: profiles and files.
        Case(
            "profile-unknown-criterion", ["--profile", "-"] + french, code: 3,
            stdin: #"{"sitse": 3}"#),
        Case(
            "profile-invalid-json", ["--profile", "-"] + french, code: 3,
            stdin: "{\"sites\": 3,\n \"volume\": }"),
        Case(
            "profile-wrong-type", ["--profile", "-"] + french, code: 3,
            stdin: #"{"volume": 3}"#),
        Case("profile-missing-file", ["--profile", "nope.json"] + french, code: 3),
        Case("test-missing-file", ["test", "nope.orgtests"] + french, code: 3),
        Case("test-no-files", ["test"] + french, code: 2),
        // check and test.
        Case("check", ["check"] + french, code: 0),
        Case(
            "check-deep-findings",
            ["check", "--deep", "Tests/OrgAdvisorTests/Fixtures/deep/findings.orgrules"] + french,
            code: 1),
        Case(
            "test-failing",
            ["test", "Tests/OrgAdvisorCLITests/Fixtures/failing.orgtests"] + french,
            code: 1),
        Case(
            "test-notes",
            ["test", "Tests/OrgAdvisorCLITests/Fixtures/failing-notes.orgtests"] + french,
            code: 1),
        Case(
            "test-notes-english",
            ["test", "Tests/OrgAdvisorCLITests/Fixtures/failing-notes.orgtests"],
            code: 1),
        // A tie in the weight sensitivity: no leader to keep.
        Case(
            "sensitivity-tie", ["sensitivity", "--sites", "5", "--volume", "high"] + french, code: 0
        ),
        Case(
            "sensitivity-tie-english", ["sensitivity", "--sites", "5", "--volume", "high"], code: 0),
    ]

    @Test("golden transcripts", arguments: cases)
    func transcript(_ test: Case) throws {
        try test.check(prefix: "french-")
    }

    /// Every command's help, as `orgadvisor help` lists them.
    static let commands = [
        "evaluate", "criteria", "forms", "check", "test", "batch", "whatif", "sensitivity", "map",
        "report", "interview", "compile", "page", "lsp", "fmt", "completion", "help",
    ]

    @Test(
        "every command's help is French: no line of its English help is left", arguments: commands)
    func helpTranslated(_ command: String) throws {
        let english = try BinaryRunner.run(["help", command])
        let french = try BinaryRunner.run(["help", command, "--lang", "fr"])
        #expect(english.code == 0 && french.code == 0)
        #expect(french.stdout != english.stdout)
        let frenchLines = Set(
            french.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        // A line of prose (not a usage line, a synopsis or a value list) must be translated.
        let prose = english.stdout.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { line in
            [" the ", " a ", " of ", " to ", " or "].contains { line.contains($0) }
                && !line.hasPrefix("Usage:") && !line.hasPrefix("orgadvisor [")
        }
        for line in prose {
            #expect(!frenchLines.contains(line), "untranslated: \(line)")
        }
    }

    @Test("French errors have French spacing and name values by their labels")
    func typography() throws {
        let result = try BinaryRunner.run(["--volume", "hihg", "--lang", "fr"])
        #expect(result.stderr.hasPrefix("Erreur\u{202F}: valeur «\u{202F}hihg\u{202F}» invalide"))
        #expect(
            result.stderr.contains(
                "attendu «\u{202F}faible\u{202F}», «\u{202F}moyen\u{202F}» ou «\u{202F}élevé\u{202F}»"
            ))
        #expect(result.stderr.contains("vouliez-vous dire «\u{202F}élevé\u{202F}»\u{202F}?"))
        #expect(result.stderr.hasSuffix("Voir «\u{202F}orgadvisor --help\u{202F}».\n"))
    }
}
