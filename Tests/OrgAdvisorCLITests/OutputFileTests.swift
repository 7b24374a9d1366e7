import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `--output FILE` writes a new file or replaces a regular one, following symbolic links
/// and keeping the replaced file's mode and owner; anything else is refused before
/// anything is written (issue 10).
@Suite("--output destinations")
struct OutputFileTests {
    /// A destination that is not a regular file.
    enum Destination: String, CaseIterable, Sendable {
        case namedPipe, directory, characterDevice, linkToNamedPipe

        /// Creates it in `directory`; returns its path and the kind the error names.
        func make(in directory: TemporaryDirectory) throws -> (path: String, kind: String) {
            switch self {
            case .namedPipe:
                let path = directory.file("out.html")
                #expect(mkfifo(path, 0o644) == 0)
                return (path, "a named pipe")
            case .directory:
                let path = directory.file("out.html")
                try FileManager.default.createDirectory(
                    atPath: path, withIntermediateDirectories: false)
                return (path, "a directory")
            case .characterDevice:
                // As root, a copy of /dev/null (major 1, minor 3) that a broken build may
                // clobber harmlessly; otherwise /dev/null itself, which only root could.
                let path = directory.file("null")
                if geteuid() == 0 && mknod(path, S_IFCHR | 0o666, (1 << 8) | 3) == 0 {
                    return (path, "a character device")
                }
                return ("/dev/null", "a character device")
            case .linkToNamedPipe:
                let fifo = directory.file("fifo")
                #expect(mkfifo(fifo, 0o644) == 0)
                let path = directory.file("out.html")
                try FileManager.default.createSymbolicLink(
                    atPath: path, withDestinationPath: fifo)
                return (path, "a named pipe")
            }
        }
    }

    static let commands: [[String]] = [
        ["report", "--sites", "5"],
        ["map", "--x", "sites", "--y", "volume"],
        ["batch"],
    ]

    @Test(
        "refuses what is not a new path or a regular file", arguments: Destination.allCases,
        commands)
    func refuses(_ destination: Destination, _ command: [String]) throws {
        let directory = try TemporaryDirectory("output-refused")
        defer { directory.remove() }
        let (path, kind) = try destination.make(in: directory)
        let before = try directory.entries()
        let type = try fileType(path)
        // Batch refuses the output before it reads its input: none is given (a write to
        // a child that has exited would end the test run with SIGPIPE).
        let result = try BinaryRunner.run(command + ["--output", path])
        #expect(result.code == 3)
        #expect(result.stdout.isEmpty)
        let shown =
            destination == .linkToNamedPipe
            ? "'\(path)' (a link to '\(directory.file("fifo"))')" : "'\(path)'"
        #expect(
            result.stderr
                == "Error: cannot write \(shown): not a regular file but \(kind); --output writes"
                + " a new file or replaces a regular one\n")
        // Nothing was written: the same file, no temporary file beside it.
        #expect(try fileType(path) == type)
        #expect(try directory.entries() == before)
    }

    @Test("a symbolic link stays a link: its target is replaced")
    func followsLinks() throws {
        let directory = try TemporaryDirectory("output-link")
        defer { directory.remove() }
        let target = directory.file("page.html")
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        let link = directory.file("link.html")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "page.html")
        let arguments = ["report", "--sites", "5"]
        let result = try BinaryRunner.run(arguments + ["--output", link])
        #expect(result.code == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "page.html")
        #expect(
            try String(contentsOfFile: target, encoding: .utf8)
                == BinaryRunner.run(arguments).stdout)
        #expect(try directory.entries() == ["link.html", "page.html"])
    }

    @Test("a replaced file keeps its mode and owner", arguments: [0o600, 0o640, 0o755])
    func keepsModeAndOwner(_ mode: Int) throws {
        let directory = try TemporaryDirectory("output-mode")
        defer { directory.remove() }
        let path = directory.file("page.md")
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, mode_t(mode)) == 0)
        // As root, another owner and group, which the new file must get too.
        let owner: (uid_t, gid_t) = geteuid() == 0 ? (1, 1) : (geteuid(), getegid())
        #expect(chown(path, owner.0, owner.1) == 0)
        let result = try BinaryRunner.run(
            ["report", "--sites", "5", "--format", "markdown", "--output", path])
        #expect(result.code == 0, "\(result.stderr)")
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(Int(info.st_mode & 0o7777) == mode)
        #expect(info.st_uid == owner.0 && info.st_gid == owner.1)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("## "))
    }

    @Test(
        "'--output -' is standard output, as '-' is standard input",
        arguments: [
            ["report", "--sites", "5"], ["map", "--x", "sites", "--y", "volume"],
            ["batch", "-"], ["page", "--module", "MODULE"],
        ])
    func dashIsStandardOutput(_ arguments: [String]) throws {
        let directory = try TemporaryDirectory("output-dash")
        let modules = try TemporaryDirectory("output-dash-module")
        defer {
            directory.remove()
            modules.remove()
        }
        let module = modules.file("tiny.wasm")
        try Data(PageCommandTests.tinyModule).write(to: URL(fileURLWithPath: module))
        let command = arguments.map { $0 == "MODULE" ? module : $0 }
        let input = command.first == "batch" ? #"[{"sites":5},{"volume":"high"}]"# : nil
        let plain = try BinaryRunner.run(command, stdin: input, directory: directory.path)
        let dashed = try BinaryRunner.run(
            command + ["--output", "-"], stdin: input, directory: directory.path)
        #expect(plain.code == 0, "\(plain.stderr)")
        #expect(dashed.code == 0, "\(dashed.stderr)")
        #expect(!dashed.stdout.isEmpty)
        #expect(dashed.stdout == plain.stdout)
        // No file named '-' (nor any other) was written. (A binary built for code coverage
        // writes its counts where the test run's `LLVM_PROFILE_FILE` says: BinaryRunner.)
        #expect(try directory.entries() == [])
    }

    @Test("'compile --output -' writes the archive to standard output")
    func compileToStandardOutput() throws {
        let directory = try TemporaryDirectory("output-compile-dash")
        defer { directory.remove() }
        let rules = TestFiles.url("Rules").path
        let file = directory.file("rules.orgarchive")
        let piped = directory.file("piped.orgarchive")
        let written = try BinaryRunner.run(["compile", "--rules", rules, "--output", file])
        #expect(written.code == 0, "\(written.stderr)")
        let dashed = try BinaryRunner.run(
            ["compile", "--rules", rules, "--output", "-"], redirection: "> '\(piped)'")
        #expect(dashed.code == 0, "\(dashed.stderr)")
        #expect(dashed.stderr.hasPrefix("compile: wrote standard output ("))
        #expect(
            FileManager.default.contents(atPath: piped)
                == FileManager.default.contents(atPath: file))
        let loaded = try BinaryRunner.run(["--rules", piped, "--sites", "5"])
        #expect(loaded.code == 0, "\(loaded.stderr)")
        #expect(try loaded.stdout == BinaryRunner.run(["--rules", rules, "--sites", "5"]).stdout)
        #expect(try directory.entries().sorted() == ["piped.orgarchive", "rules.orgarchive"])
    }

    @Test("'compile --output -' refuses a terminal, before it compiles anything")
    func compileRefusesTerminal() throws {
        let (text, code) = try #require(
            try BinaryRunner.runOnTerminal([
                "compile", "--rules", TestFiles.url("Rules").path, "--output", "-",
            ]))
        #expect(code == 2)
        #expect(text.contains("standard output is a terminal; redirect it or give '--output FILE'"))
        #expect(!text.contains("orgadvisor-archive"))
    }

    /// The type bits of a file's mode, not following a last symbolic link.
    private func fileType(_ path: String) throws -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return info.st_mode & S_IFMT
    }
}
