import Foundation

/// Runs a tool of the machine (`git`, `swift`) found on `PATH`, for the tests that build
/// a package: standard output and standard error together, through a file (a build can
/// print much), with `GIT_*` variables of the test run left out and git's user and
/// system configuration ignored, so that neither can change what the tools do.
struct ToolRunner {
    /// What a run printed and how it ended.
    struct Result: Sendable {
        var output: String
        var code: Int32
    }

    /// The tool's path.
    let path: String

    /// The tool named `name` on `PATH`, or nil when there is none.
    init?(_ name: String) {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = searchPath.split(separator: ":").map { "\($0)/\(name)" }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile)
        else { return nil }
        path = found
    }

    /// A tool at `path`.
    init(path: String) {
        self.path = path
    }

    /// The environment the tools run in.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["LANG"] = "C"
        return environment
    }()

    /// Runs the tool with `arguments` in `directory`; its output goes through `log`.
    func run(_ arguments: [String], in directory: String, log: String) throws -> Result {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = Self.environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        let output = try String(contentsOfFile: log, encoding: .utf8)
        return Result(output: output, code: process.terminationStatus)
    }
}
