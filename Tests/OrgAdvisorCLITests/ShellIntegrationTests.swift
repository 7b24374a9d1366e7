import Foundation
import TestSupport
import Testing

/// `orgadvisor completion bash|zsh|fish`, `help --man` and `-V`, end to end: the scripts
/// are loaded by the shells themselves and bash's completion function is driven as
/// readline drives it (COMP_WORDS, COMP_CWORD, then COMPREPLY). zsh and fish are
/// required on CI (`CI` set); elsewhere their tests are skipped when not installed.
@Suite("shell integration")
struct ShellIntegrationTests {
    static let onCI = ProcessInfo.processInfo.environment["CI"] != nil
    static let zsh = ToolRunner("zsh")
    static let fish = ToolRunner("fish")
    static let man = ToolRunner("man")

    /// A rule base whose values need quoting: spaces, an apostrophe, a dollar sign,
    /// accents; its label starts with a dot (a roff request if left unescaped).
    static let quotingRules = """
        rulebase "quoting" version "1.0"

        criterion mood: choice
            label en ".NET team's mood" fr "Humeur de l’équipe \\\\ -x"
            weight 1
            value calm en "calm and steady" fr "très calme" alias "it's fine", "a$b"
            value busy en "busy" fr "débordée"

        form desk
            label en "Desk" fr "Bureau"
            description en "A desk." fr "Un bureau."

        rule desk-calm
            when mood = calm
            points desk +1
            because en "Calm." fr "Calme."

        """

    /// One completion asked of bash: the words on the line (the last one being
    /// completed) and the words bash must offer, all of them or at least these.
    struct BashCase: Sendable, CustomTestStringConvertible {
        var words: [String]
        var expected: [String]
        var exact = true
        var quotingRules = false
        var testDescription: String { words.joined(separator: " ") + "<TAB>" }
    }

    static let bashCases: [BashCase] = [
        BashCase(words: ["orgadvisor", "--vol"], expected: ["--volume"]),
        BashCase(words: ["orgadvisor", "batch", "--for"], expected: ["--format"]),
        BashCase(
            words: ["orgadvisor", "--volume", ""],
            expected: ["low", "medium", "high", "faible", "moyen", "élevé", "beaucoup"],
            exact: false),
        BashCase(words: ["orgadvisor", "--volume", "é"], expected: ["élevé", "élevée"]),
        BashCase(words: ["orgadvisor", "whatif", "--vol"], expected: ["--volume"]),
        BashCase(words: ["orgadvisor", "batch", "--vol"], expected: []),
        BashCase(words: ["orgadvisor", "--sites", ""], expected: []),
        BashCase(
            words: ["orgadvisor", "batch", "--format", ""],
            expected: ["jsonl", "json", "csv", "markdown"]),
        BashCase(
            words: ["orgadvisor", "--format", "=", ""], expected: ["text", "json", "markdown"]),
        BashCase(words: ["orgadvisor", "comp"], expected: ["compile", "completion"]),
        BashCase(words: ["orgadvisor", "help", "ba"], expected: ["batch"]),
        BashCase(words: ["orgadvisor", "completion", ""], expected: ["bash", "zsh", "fish"]),
        BashCase(words: ["orgadvisor", "-V"], expected: ["-V"]),
        BashCase(words: ["orgadvisor", "completion", "--r"], expected: ["--rules"]),
        BashCase(
            words: ["orgadvisor", "--mood", ""],
            expected: [
                "calm", "calm\\ and\\ steady", "très\\ calme", "busy", "débordée",
                "it\\'s\\ fine", "a\\$b",
            ], quotingRules: true),
        BashCase(
            words: ["orgadvisor", "--mood", "tr"], expected: ["très\\ calme"], quotingRules: true),
        BashCase(
            words: ["orgadvisor", "--mood", "calm\\ a"], expected: ["calm\\ and\\ steady"],
            quotingRules: true),
    ]

    /// The script of `shell` written to a file in `directory`, for the quoting rule base
    /// or the built-in one.
    private func script(_ shell: String, in directory: TemporaryDirectory, quoting: Bool)
        throws -> String
    {
        var arguments = ["completion", shell]
        if quoting {
            try Self.quotingRules.write(
                toFile: directory.file("quoting.orgrules"), atomically: true, encoding: .utf8)
            arguments += ["--rules", directory.file("quoting.orgrules")]
        }
        let result = try BinaryRunner.run(arguments)
        #expect(result.code == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let path = directory.file("orgadvisor.\(shell)")
        try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("the bash script loads and registers its function")
    func bashLoads() throws {
        let bash = try #require(ToolRunner("bash"))
        let directory = try TemporaryDirectory("bash-load")
        defer { directory.remove() }
        let source =
            "source <('\(BinaryRunner.binary.path)' completion bash); complete -p orgadvisor"
        let result = try bash.run(["-c", source], in: directory.path, log: directory.file("log"))
        #expect(result.code == 0)
        #expect(result.output == "complete -F _orgadvisor orgadvisor\n")
    }

    @Test("bash completes commands, options and values", arguments: bashCases)
    func bashCompletes(_ test: BashCase) throws {
        let bash = try #require(ToolRunner("bash"))
        let directory = try TemporaryDirectory("bash-complete")
        defer { directory.remove() }
        let path = try script("bash", in: directory, quoting: test.quotingRules)
        let words = test.words.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let driver = """
            source '\(path)'
            COMP_WORDS=(\(words.joined(separator: " ")))
            COMP_CWORD=\(test.words.count - 1)
            _orgadvisor
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try bash.run(["-c", driver], in: directory.path, log: directory.file("log"))
        #expect(result.code == 0)
        let offered = result.output.split(separator: "\n").map(String.init)
        if test.exact {
            #expect(offered == test.expected)
        } else {
            #expect(Set(test.expected).isSubset(of: offered), "offered: \(offered)")
        }
    }

    @Test(
        "the zsh script is valid and loads after compinit",
        .enabled(if: zsh != nil || onCI, "zsh is not installed: skipped (CI installs it)"),
        arguments: [false, true])
    func zshLoads(_ quoting: Bool) throws {
        let zsh = try #require(Self.zsh, "zsh is not installed, and CI requires it")
        let directory = try TemporaryDirectory("zsh")
        defer { directory.remove() }
        let path = try script("zsh", in: directory, quoting: quoting)
        let syntax = try zsh.run(["-n", path], in: directory.path, log: directory.file("log"))
        #expect(syntax.code == 0 && syntax.output.isEmpty, "\(syntax.output)")
        let load =
            "autoload -U compinit; compinit -u -D; source '\(path)'; print ${_comps[orgadvisor]}"
        let loaded = try zsh.run(
            ["-f", "-c", load], in: directory.path, log: directory.file("log"))
        #expect(loaded.code == 0)
        #expect(loaded.output == "_orgadvisor\n")
    }

    @Test(
        "the fish script is valid and completes values with spaces",
        .enabled(if: fish != nil || onCI, "fish is not installed: skipped (CI installs it)"))
    func fishCompletes() throws {
        let fish = try #require(Self.fish, "fish is not installed, and CI requires it")
        let directory = try TemporaryDirectory("fish")
        defer { directory.remove() }
        for quoting in [false, true] {
            let path = try script("fish", in: directory, quoting: quoting)
            let syntax = try fish.run(["-n", path], in: directory.path, log: directory.file("log"))
            #expect(syntax.code == 0 && syntax.output.isEmpty, "\(syntax.output)")
        }
        // The last script written is the quoting one; fish in a UTF-8 locale.
        let env = ToolRunner(path: "/usr/bin/env")
        let complete =
            "source '\(directory.file("orgadvisor.fish"))'; complete -C 'orgadvisor --mood tr'"
        let result = try env.run(
            ["LC_ALL=C.UTF-8", fish.path, "--no-config", "-c", complete], in: directory.path,
            log: directory.file("log"))
        #expect(result.output == "très calme\t.NET team's mood\n")
    }

    @Test(
        "an unknown or missing shell is a usage error naming the shells", arguments: ["", "tcsh"])
    func unknownShell(_ shell: String) throws {
        let result = try BinaryRunner.run(["completion"] + (shell.isEmpty ? [] : [shell]))
        #expect(result.code == 2 && result.stdout.isEmpty)
        #expect(result.stderr.contains("'bash', 'zsh' or 'fish'") || result.stderr.contains("bash"))
    }

    @Test("-V is --version")
    func shortVersion() throws {
        let short = try BinaryRunner.run(["-V"])
        let long = try BinaryRunner.run(["--version"])
        #expect(
            short.code == 0 && short.stdout == long.stdout && short.stdout.hasPrefix("orgadvisor "))
    }

    @Test("help --man is the golden roff page", arguments: ["en", "fr"])
    func manPage(_ language: String) throws {
        let result = try BinaryRunner.run(["help", "--man", "--lang", language])
        #expect(result.code == 0 && result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix(".TH ORGADVISOR 1 "))
        let path = "Tests/OrgAdvisorCLITests/Snapshots/man-orgadvisor-\(language).1"
        if let mismatch = TestFiles.snapshotMismatch(result.stdout, at: path) {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test(
        "man renders the page without a warning",
        .enabled(if: man != nil || onCI, "man is not installed: skipped (CI installs it)"),
        arguments: [false, true])
    func manRenders(_ quoting: Bool) throws {
        let man = try #require(Self.man, "man is not installed, and CI requires it")
        let directory = try TemporaryDirectory("man")
        defer { directory.remove() }
        var arguments = ["help", "--man"]
        if quoting {
            try Self.quotingRules.write(
                toFile: directory.file("quoting.orgrules"), atomically: true, encoding: .utf8)
            arguments += ["--rules", directory.file("quoting.orgrules")]
        }
        for language in ["en", "fr"] {
            let page = try BinaryRunner.run(arguments + ["--lang", language])
            #expect(page.code == 0)
            let path = directory.file("orgadvisor.\(language).1")
            try page.stdout.write(toFile: path, atomically: true, encoding: .utf8)
            // Standard error only: every warning of man, groff and preconv.
            let sh = ToolRunner(path: "/bin/sh")
            let render = "MANWIDTH=80 LC_ALL=C.UTF-8 \"$0\" --warnings -l \"$1\""
            let warnings = try sh.run(
                ["-c", render + " 2>&1 >/dev/null", man.path, path], in: directory.path,
                log: directory.file("log"))
            #expect(warnings.code == 0 && warnings.output.isEmpty, "\(warnings.output)")
            let result = try sh.run(
                ["-c", render + " 2>/dev/null", man.path, path], in: directory.path,
                log: directory.file("log"))
            #expect(
                result.output.contains("EXIT STATUS") || result.output.contains("CODE DE RETOUR"))
            if quoting {
                // The label that starts with a dot is text, not a request.
                #expect(result.output.contains(language == "fr" ? "Humeur" : ".NET"))
            }
        }
    }
}
