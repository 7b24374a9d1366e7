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

    /// The binary next to the test bundle in the build directory.
    static let binary: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        // On Linux the tests run as .build/<config>/orgadvisorPackageTests.xctest.
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("orgadvisor")
    }()

    /// A neutral environment: English, no colour preference, no terminal.
    static let baseEnvironment: [String: String] = ["LANG": "C", "PATH": "/usr/bin:/bin"]

    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = baseEnvironment.merging(environment) { $1 }
        process.currentDirectoryURL = TestFiles.url(directory ?? "")
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
            if !stdinData.isEmpty { try? writer.write(contentsOf: stdinData) }
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
