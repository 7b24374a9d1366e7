import Foundation
import TestSupport

/// Runs the built `orgadvisor` binary as a user would: arguments, standard input and
/// environment in; standard output, standard error and exit code out, apart.
struct BinaryRunner {
    /// What a run produced.
    struct Result: Sendable {
        var stdout: String
        var stderr: String
        var code: Int32

        /// One text for a golden file: the three outputs, labelled.
        func transcript(_ command: String) -> String {
            "$ \(command)\n--- stdout\n\(stdout)--- stderr\n\(stderr)--- exit \(code)\n"
        }
    }

    /// The binary next to the test bundle in the build directory, or the one that
    /// `ORGADVISOR_TEST_BINARY` names (CI runs the batch tests against a binary built
    /// with the thread sanitizer).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["ORGADVISOR_TEST_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // On Linux the tests run as .build/<config>/orgadvisorPackageTests.xctest.
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("orgadvisor")
    }()

    /// A neutral environment: English, no colour preference, no terminal; and the
    /// sanitizers' options of the test run, if any, and where a build with code coverage
    /// writes its counts (`swift test --enable-code-coverage` then merges the binary's
    /// runs with the tests').
    static let baseEnvironment: [String: String] = {
        var environment = ["LANG": "C", "PATH": "/usr/bin:/bin"]
        let inherited = ProcessInfo.processInfo.environment
        for name in ["ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS", "LLVM_PROFILE_FILE"] {
            environment[name] = inherited[name]
        }
        environment["LSAN_OPTIONS"] = leakSanitizerOptions(inherited["LSAN_OPTIONS"])
        return environment
    }()

    /// LeakSanitizer's options for the binary: the test run's, with the repository's
    /// suppressions (`Tests/lsan-suppressions.txt`: the built-in rule base, which a
    /// global holds until exit) and without their report on standard error.
    static func leakSanitizerOptions(_ inherited: String?) -> String {
        let suppressions = TestFiles.url("Tests/lsan-suppressions.txt").path
        let own = "suppressions=\(suppressions):print_suppressions=0"
        guard let inherited, !inherited.isEmpty else { return own }
        return inherited + ":" + own
    }

    /// Runs the binary on a pseudo-terminal of its own (`script`, from util-linux), in the
    /// repository's root with nothing on standard input: what it wrote to the terminal
    /// (both streams) and its exit code. Nil when the machine has no `script`.
    static func runOnTerminal(_ arguments: [String]) throws -> (output: String, code: Int32)? {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { return nil }
        // `script -c` hands its command to a shell: each word quoted for it.
        let command = ([binary.path] + arguments).map {
            "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", command.joined(separator: " "), "/dev/null"]
        process.environment = baseEnvironment
        process.currentDirectoryURL = TestFiles.url("")
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (text, process.terminationStatus)
    }

    /// Runs the binary. `redirection`, when given, is a shell redirection applied to the
    /// binary (it is run through `/bin/sh -c 'exec ... REDIRECTION'`), e.g. `>/dev/full`
    /// for a standard output that fails, or `<&-` for a closed standard input. It runs in
    /// `directory`: an absolute path, or a path in the repository (its root by default).
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: String? = nil, redirection: String? = nil
    ) throws -> Result {
        let process = Process()
        if let redirection {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments =
                ["-c", "exec \"$0\" \"$@\" \(redirection)", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = baseEnvironment.merging(environment) { $1 }
        process.currentDirectoryURL =
            directory.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : nil }
            ?? TestFiles.url(directory ?? "")
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = input
        try process.run()
        // Standard input is written and standard error read on other threads while standard
        // output is read here: a child that writes much before it has read all its input,
        // or fills one pipe while this side waits on the other, cannot block the run.
        let group = DispatchGroup()
        let errors = DataBox()
        let writer = input.fileHandleForWriting
        let stdinData = Data((stdin ?? "").utf8)
        DispatchQueue.global().async(group: group) {
            if !stdinData.isEmpty { writeIgnoringBrokenPipe(stdinData, to: writer) }
            try? writer.close()
        }
        let errorReader = error.fileHandleForReading
        DispatchQueue.global().async(group: group) {
            errors.set(errorReader.readDataToEndOfFile())
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errors.get()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            code: process.terminationStatus)
    }
}

/// Writes `data` to a pipe whose reader may exit before it has read everything (a
/// binary that refuses its input early): SIGPIPE, which would end the whole test run,
/// is blocked on this thread while it writes and discarded if it came.
private func writeIgnoringBrokenPipe(_ data: Data, to handle: FileHandle) {
    var brokenPipe = sigset_t()
    sigemptyset(&brokenPipe)
    sigaddset(&brokenPipe, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &brokenPipe, &previous)
    try? handle.write(contentsOf: data)
    var pending = sigset_t()
    sigpending(&pending)
    if sigismember(&pending, SIGPIPE) == 1 {
        var now = timespec()
        _ = sigtimedwait(&brokenPipe, nil, &now)
    }
    pthread_sigmask(SIG_SETMASK, &previous, nil)
}

/// Data handed from a reading thread to the test, under a lock.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    func get() -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
