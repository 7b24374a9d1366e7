import Foundation
import Testing

/// `orgadvisor fmt`: rewrites files in place (atomically), `--check` lists the files that
/// are not formatted and exits 1, `--diff` shows a unified diff that `patch` applies,
/// `-` formats standard input, and a syntax error writes nothing.
@Suite("orgadvisor fmt")
struct FmtCommandTests {
    static let unformatted = """
        # volume rules
        criterion volume: level
          label en "Volume" fr "Taux"   # the label
          value low
          value high
        form hotline
          label "Hotline"
          description "La forme la plus simple."
        rule many
          when volume=high
          points hotline -1
          because "Trop d’appels."

        """

    static let formatted = """
        # volume rules
        criterion volume: level
            label en "Volume" fr "Taux"  # the label
            value low
            value high

        form hotline
            label "Hotline"
            description "La forme la plus simple."

        rule many
            when volume = high
            points hotline -1
            because "Trop d’appels."

        """

    static let tests = "case c\n  given volume = élevé\n  expect winner hotline\n"

    /// A directory with an unformatted rule file, a formatted one and a test file.
    static func directory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory("fmt")
        try unformatted.write(
            toFile: directory.file("a.orgrules"), atomically: true, encoding: .utf8)
        try formatted.write(toFile: directory.file("b.orgrules"), atomically: true, encoding: .utf8)
        try tests.write(toFile: directory.file("c.orgtests"), atomically: true, encoding: .utf8)
        try "not a rule file".write(
            toFile: directory.file("notes.txt"), atomically: true, encoding: .utf8)
        return directory
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("--check lists the files that are not formatted, exits 1 and writes nothing")
    func check() throws {
        let directory = try Self.directory()
        defer { directory.remove() }
        let result = try BinaryRunner.run(["fmt", "--check", directory.path])
        #expect(result.code == 1)
        #expect(
            result.stdout == "\(directory.file("a.orgrules"))\n\(directory.file("c.orgtests"))\n")
        #expect(
            result.stderr
                == "2 files are not formatted; 'orgadvisor fmt \(directory.path)' formats them\n")
        #expect(try Self.read(directory.file("a.orgrules")) == Self.unformatted)
        let clean = try BinaryRunner.run(["fmt", "--check", directory.file("b.orgrules")])
        #expect(clean.code == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty)
    }

    @Test("fmt rewrites the files that change, lists them, and keeps their mode")
    func rewrite() throws {
        let directory = try Self.directory()
        defer { directory.remove() }
        let path = directory.file("a.orgrules")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        let result = try BinaryRunner.run(["fmt", directory.path])
        #expect(result.code == 0)
        #expect(result.stdout == "\(path)\n\(directory.file("c.orgtests"))\n")
        #expect(try Self.read(path) == Self.formatted)
        #expect(
            try Self.read(directory.file("c.orgtests"))
                == "case c\n    given volume = élevé\n    expect winner hotline\n")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
        #expect((mode as? Int) == 0o640)
        #expect(try directory.entries() == ["a.orgrules", "b.orgrules", "c.orgtests", "notes.txt"])
        let again = try BinaryRunner.run(["fmt", "--check", directory.path])
        #expect(again.code == 0 && again.stdout.isEmpty)
    }

    @Test("--diff shows a unified diff that patch applies, and writes nothing")
    func diff() throws {
        let directory = try Self.directory()
        defer { directory.remove() }
        let path = directory.file("a.orgrules")
        let result = try BinaryRunner.run(["fmt", "--diff", path])
        #expect(result.code == 0)
        #expect(
            result.stdout.hasPrefix(
                "--- \(path)\n+++ \(path)\n@@ -1,12 +1,14 @@\n # volume rules\n"))
        #expect(result.stdout.contains("\n-  when volume=high\n"))
        #expect(result.stdout.contains("\n+    when volume = high\n"))
        #expect(try Self.read(path) == Self.unformatted)
        let patch = Process()
        patch.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        patch.arguments = ["-s", "-p0", path]
        let input = Pipe()
        patch.standardInput = input
        try patch.run()
        input.fileHandleForWriting.write(Data(result.stdout.utf8))
        try input.fileHandleForWriting.close()
        patch.waitUntilExit()
        #expect(patch.terminationStatus == 0)
        #expect(try Self.read(path) == Self.formatted)
        let check = try BinaryRunner.run(["fmt", "--check", "--diff", path])
        #expect(check.code == 0 && check.stdout.isEmpty)
    }

    @Test("'-' formats standard input to standard output")
    func standardInput() throws {
        let result = try BinaryRunner.run(["fmt", "-"], stdin: Self.unformatted)
        #expect(result.code == 0)
        #expect(result.stdout == Self.formatted)
        let check = try BinaryRunner.run(["fmt", "--check", "-"], stdin: Self.unformatted)
        #expect(check.code == 1 && check.stdout == "<stdin>\n")
    }

    @Test("a syntax error in one file is reported and no file is written")
    func syntaxError() throws {
        let directory = try Self.directory()
        defer { directory.remove() }
        try "form f\n    label « F »\n".write(
            toFile: directory.file("z.orgrules"), atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["fmt", directory.path])
        #expect(result.code == 3)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "\(directory.file("z.orgrules")):2:11: error: unexpected character '«'"))
        #expect(try Self.read(directory.file("a.orgrules")) == Self.unformatted)
    }

    @Test(
        "usage errors",
        arguments: [
            (
                ["fmt"],
                "Error: expected rule files or directories, e.g. 'orgadvisor fmt Rules', or '-' for standard input\n"
            ),
            (["fmt", "-", "Rules"], "Error: '-' (standard input) must be the only path\n"),
            (
                ["fmt", "--chek", "Rules"],
                "Error: unknown option '--chek'; did you mean '--check'?\n"
            ),
        ])
    func usage(_ arguments: [String], _ message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.code == 2)
        #expect(result.stderr.hasPrefix(message))
        #expect(result.stdout.isEmpty)
    }

    @Test("a path that is not there is an input error")
    func missing() throws {
        let result = try BinaryRunner.run(["fmt", "no-such-file.orgrules"])
        #expect(result.code == 3)
        #expect(result.stderr.hasPrefix("Error: cannot read 'no-such-file.orgrules'"))
    }
}
