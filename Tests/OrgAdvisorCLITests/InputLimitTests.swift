import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Rule files and profiles are read whole, so their size is limited while reading, and
/// only regular files of a rules directory are read: an endless input or a named pipe
/// there is an error, never a hang or unbounded memory (issue 10).
@Suite("input limits")
struct InputLimitTests {
    static let profileNote =
        "(the limit for a profile; set ORGADVISOR_PROFILE_LIMIT to change it, e.g."
        + " ORGADVISOR_PROFILE_LIMIT=64M)"
    static let ruleNote =
        "(the limit for a rule file; set ORGADVISOR_RULE_FILE_LIMIT to change it, e.g."
        + " ORGADVISOR_RULE_FILE_LIMIT=64M)"

    /// A rules directory holding copies of the default rule files.
    private func rulesDirectory() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory("rules")
        for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
            try FileManager.default.copyItem(
                atPath: TestFiles.url("Rules/" + name).path, toPath: directory.file(name))
        }
        return directory
    }

    /// A sparse file of `size` zero bytes (nothing is written to disk).
    private func sparseFile(_ path: String, size: Int) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(descriptor >= 0 && ftruncate(descriptor, off_t(size)) == 0)
        close(descriptor)
    }

    @Test("a profile file larger than 1 MiB is refused")
    func profileFile() throws {
        let directory = try TemporaryDirectory("profile-limit")
        defer { directory.remove() }
        let path = directory.file("big.json")
        sparseFile(path, size: (1 << 20) + 1)
        let result = try BinaryRunner.run(["--profile", path])
        #expect(result.code == 3)
        #expect(
            result.stderr == "Error: cannot read '\(path)': larger than 1 MiB \(Self.profileNote)\n"
        )
    }

    @Test("a profile on standard input larger than the limit is refused")
    func profileStandardInput() throws {
        let padded = #"{"sites": 3}"# + String(repeating: " ", count: 2 << 20)
        let result = try BinaryRunner.run(["--profile", "-"], stdin: padded)
        #expect(result.code == 3)
        #expect(
            result.stderr == "Error: cannot read '<stdin>': larger than 1 MiB \(Self.profileNote)\n"
        )
        // A larger limit from the environment accepts it.
        let raised = try BinaryRunner.run(
            ["--profile", "-"], stdin: padded, environment: ["ORGADVISOR_PROFILE_LIMIT": "4M"])
        #expect(raised.code == 0, "\(raised.stderr)")
        let invalid = try BinaryRunner.run(
            ["--profile", "-"], stdin: "{}", environment: ["ORGADVISOR_PROFILE_LIMIT": "4 MB"])
        #expect(invalid.code == 2)
        #expect(
            invalid.stderr.hasPrefix(
                "Error: invalid value '4 MB' for ORGADVISOR_PROFILE_LIMIT; expected a size"))
    }

    @Test("a named pipe or standard input may be named as the profile")
    func profilePipe() throws {
        let profile = #"{"sites": 3, "volume": "high"}"#
        let expected = try BinaryRunner.run(["--sites", "3", "--volume", "high"])
        for path in ["/dev/stdin", "-"] {
            let result = try BinaryRunner.run(["--profile", path], stdin: profile)
            #expect(result.code == 0, "\(result.stderr)")
            #expect(result.stdout == expected.stdout)
        }
    }

    @Test("a closed standard input is not an empty profile")
    func closedStandardInput() throws {
        let result = try BinaryRunner.run(["--profile", "-"], redirection: "<&-")
        #expect(result.code == 3)
        #expect(
            result.stderr
                == "Error: cannot read '<stdin>': standard input is closed or not open for"
                + " reading; give the profile on standard input or as a file\n")
    }

    @Test("a rule file larger than 8 MiB is refused, in a directory or named")
    func ruleFile() throws {
        let directory = try rulesDirectory()
        defer { directory.remove() }
        let path = directory.file("zz-big.orgrules")
        sparseFile(path, size: (8 << 20) + 1)
        let message = "Error: cannot read '\(path)': larger than 8 MiB \(Self.ruleNote)\n"
        for arguments in [["--rules", directory.path], ["--rules", path], ["check", path]] {
            let result = try BinaryRunner.run(
                arguments + (arguments[0] == "check" ? [] : ["--sites", "3"]))
            #expect(result.code == 3)
            #expect(result.stderr == message)
        }
        // A smaller limit from the environment refuses the default rules' largest file.
        let lowered = try BinaryRunner.run(
            ["check", "Rules"], environment: ["ORGADVISOR_RULE_FILE_LIMIT": "8K"])
        #expect(lowered.code == 3)
        #expect(lowered.stderr.hasPrefix("Error: cannot read 'Rules/"))
        #expect(lowered.stderr.contains("': larger than 8 KiB (the limit for a rule file;"))
    }

    @Test("a named pipe among rule files is an error, never opened")
    func namedPipeInRules() throws {
        let directory = try rulesDirectory()
        defer { directory.remove() }
        let path = directory.file("zz-pipe.orgrules")
        #expect(mkfifo(path, 0o644) == 0)
        let message =
            "Error: cannot read '\(path)': not a regular file but a named pipe; only regular"
            + " files are read from a directory\n"
        for arguments in [["--rules", directory.path, "--sites", "3"], ["check", directory.path]] {
            let result = try Self.runUnblocking(arguments, fifo: path)
            #expect(result.code == 3)
            #expect(result.stderr == message)
        }
    }

    @Test("a device among rule files, through a symbolic link, is an error")
    func deviceInRules() throws {
        let directory = try rulesDirectory()
        defer { directory.remove() }
        let path = directory.file("zz-null.orgrules")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/null")
        let result = try BinaryRunner.run(["--rules", directory.path, "--sites", "3"])
        #expect(result.code == 3)
        #expect(
            result.stderr
                == "Error: cannot read '\(path)': not a regular file but a character device; only"
                + " regular files are read from a directory\n")
    }

    /// Runs the binary while opening `fifo` for writing whenever a reader waits on it, so
    /// that a binary that opens it (as before issue 10) reads an empty file instead of
    /// blocking the test for ever.
    private static func runUnblocking(_ arguments: [String], fifo: String) throws
        -> BinaryRunner.Result
    {
        let finished = SharedFlag(false)
        let writer = Thread {
            while !finished.value {
                let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
                usleep(10_000)
            }
        }
        writer.start()
        defer { finished.value = true }
        return try BinaryRunner.run(arguments)
    }
}

/// A flag shared with a thread, under a lock.
private final class SharedFlag<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
