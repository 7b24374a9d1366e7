import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// The hostile-input corpus (`Tests/Fixtures/hostile`, see ``HostileCase``): each case
/// runs the built binary on input an attacker or a careless user could give, and must
/// end within its time bound, within its memory bound, with the located error or the
/// correct result it names; never a crash, a hang or lost output.
@Suite("Hostile input corpus")
struct HostileInputTests {
    static let cases: [HostileCase] = (try? HostileCase.all()) ?? []

    /// True when the tests (and so the binary built with them) run under the address
    /// or thread sanitizer.
    static let sanitized =
        dlsym(nil, "__asan_init") != nil
        || dlsym(nil, "__tsan_init") != nil

    /// The binary under test: the built one, or `ORGADVISOR_HOSTILE_BINARY` (to run the
    /// corpus against another build, e.g. an older release).
    static let binary =
        ProcessInfo.processInfo.environment["ORGADVISOR_HOSTILE_BINARY"] ?? BinaryRunner.binary.path

    @Test("the corpus reads") func corpusReads() throws {
        let cases = try HostileCase.all()
        #expect(cases.count >= 20)
    }

    @Test("each case ends in bounds with its expected result", arguments: cases)
    func run(_ hostile: HostileCase) throws {
        let scratch = try Self.prepare(hostile)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = hostile.stdoutTo ?? scratch.appendingPathComponent(".stdout").path
        let errPath = scratch.appendingPathComponent(".stderr").path
        let input =
            hostile.stdinClosed
            ? "<&-"
            : "<\"\(hostile.stdin.map { scratch.appendingPathComponent($0).path } ?? "/dev/null")\""
        // Bounded memory (virtual, in KiB) and time; SIGKILL when the time is up. Under a
        // sanitizer (which reserves terabytes of address space) only time is bounded.
        let memory = Self.sanitized ? "" : "ulimit -v \(hostile.memoryMB * 1024) && "
        let script =
            "\(memory)exec timeout -s KILL \(hostile.seconds * (Self.sanitized ? 5 : 1)) \"$@\" "
            + "\(input) >\"\(outPath)\" 2>\"\(errPath)\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, "sh", Self.binary] + hostile.arguments
        process.environment = BinaryRunner.baseEnvironment
        process.currentDirectoryURL = scratch
        try process.run()
        process.waitUntilExit()
        let code = process.terminationStatus
        let stdout =
            hostile.stdoutTo == nil
            ? Self.text(outPath) : ""
        let stderr = Self.text(errPath)
        let shown = "\(hostile.name): exit \(code)\n--- stderr\n\(stderr.prefix(2000))"
        // `timeout` kills with SIGKILL: the shell reports 137, or the signal itself.
        let killed = code == 137 || process.terminationReason == .uncaughtSignal
        #expect(!killed, "did not end within \(hostile.seconds) s: \(shown)")
        #expect(code == hostile.exit, "\(shown)")
        for text in hostile.stderrContains {
            #expect(stderr.contains(text), "standard error lacks '\(text)': \(shown)")
        }
        for text in hostile.stdoutContains {
            #expect(stdout.contains(text), "standard output lacks '\(text)': \(shown)")
        }
        for text in hostile.stdoutExcludes {
            #expect(!stdout.contains(text), "standard output has '\(text)': \(shown)")
        }
        if let golden = hostile.stdoutGolden {
            let mismatch = TestFiles.snapshotMismatch(
                stdout, at: "\(HostileCase.folder)/\(hostile.name)/\(golden)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }
        for (path, kind) in hostile.fileKinds {
            #expect(
                Self.kind(of: scratch.appendingPathComponent(path).path) == kind,
                "\(hostile.name): '\(path)' should be \(kind)")
        }
    }

    /// A scratch folder with a copy of the case's files, its generated inputs, links
    /// and FIFOs.
    static func prepare(_ hostile: HostileCase) throws -> URL {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent(
            "orgadvisor-hostile-\(hostile.name)-\(getpid())")
        try? manager.removeItem(at: scratch)
        try manager.copyItem(
            at: TestFiles.url("\(HostileCase.folder)/\(hostile.name)"), to: scratch)
        for (generator, file, count) in hostile.generate {
            guard let text = HostileGenerator.make(generator, count: count) else {
                throw HostileCase.FormatError(description: "unknown generator '\(generator)'")
            }
            try text.write(
                to: scratch.appendingPathComponent(file), atomically: false, encoding: .utf8)
        }
        for (name, target) in hostile.symlinks {
            try manager.createSymbolicLink(
                atPath: scratch.appendingPathComponent(name).path, withDestinationPath: target)
        }
        for name in hostile.fifos {
            #expect(mkfifo(scratch.appendingPathComponent(name).path, 0o600) == 0)
        }
        return scratch
    }

    /// A file's text, empty when it cannot be read (read with the library's reader:
    /// Foundation's file reading leaks a buffer, which LeakSanitizer reports).
    static func text(_ path: String) -> String {
        let bytes = try? FileSystem.read(
            path, limit: ReadLimit(bytes: 1 << 30, note: "test output"))
        return String(decoding: bytes ?? [], as: UTF8.self)
    }

    /// What a path is, without following a last symbolic link.
    static func kind(of path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "missing" }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return "regular"
        case S_IFIFO: return "fifo"
        case S_IFLNK: return "symlink"
        case S_IFDIR: return "directory"
        case S_IFCHR: return "character-device"
        default: return "other"
        }
    }
}
