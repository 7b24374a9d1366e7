import Foundation
import Testing

/// A write to standard output or standard error that fails is never a success
/// (issue 10): output lost on standard output is an error (exit 3) with the system's
/// reason on standard error; standard error lost can only change the exit code.
@Suite("write errors")
struct WriteErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        var stdin: String?
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let commands: [Case] = [
        Case(arguments: ["--sites", "5"]),
        Case(arguments: ["report", "--sites", "5"]),
        Case(arguments: ["map", "--x", "sites", "--y", "volume"]),
        Case(arguments: ["whatif", "--sites", "5"]),
        Case(arguments: ["sensitivity", "--sites", "5"]),
        Case(arguments: ["criteria"]),
        Case(arguments: ["check"]),
        Case(arguments: ["test", "Examples"]),
        Case(arguments: ["--help"]),
        Case(arguments: ["batch"], stdin: #"{"sites": 3}"# + "\n"),
    ]

    @Test("a full standard output is an error, exit 3", arguments: commands)
    func fullStandardOutput(_ test: Case) throws {
        let result = try BinaryRunner.run(
            test.arguments, stdin: test.stdin, redirection: ">/dev/full")
        #expect(result.code == 3)
        if test.arguments == ["batch"] {
            #expect(result.stderr.hasPrefix("Error: cannot write the results: No space left"))
        } else {
            #expect(
                result.stderr.hasSuffix(
                    "Error: cannot write standard output: No space left on device\n"))
        }
    }

    @Test("a closed standard output is an error, exit 3")
    func closedStandardOutput() throws {
        let result = try BinaryRunner.run(["--sites", "5"], redirection: ">&-")
        #expect(result.code == 3)
        #expect(result.stderr == "Error: cannot write standard output: Bad file descriptor\n")
    }

    @Test("a lost message on standard error turns success into exit 3")
    func fullStandardError() throws {
        let directory = try TemporaryDirectory("write-errors")
        defer { directory.remove() }
        let path = directory.file("page.html")
        // report --output says on standard error what it wrote.
        let result = try BinaryRunner.run(
            ["report", "--sites", "5", "--output", path], redirection: "2>/dev/full")
        #expect(result.code == 3)
        #expect(FileManager.default.fileExists(atPath: path))
        // A failure keeps its own exit code.
        let usage = try BinaryRunner.run(["--sitse", "5"], redirection: "2>/dev/full")
        #expect(usage.code == 2)
    }
}
