import Foundation

/// Runs Debian's `chromium` headless on a local file, as a test harness: a fresh
/// profile directory, output to files (never to a pipe a stuck child could hold
/// open), and a hard time limit so that a hung browser cannot hang the test run.
struct HeadlessChromium {
    /// What a run produced.
    struct Run {
        var stdout: Data
        var stderr: String
        var code: Int32
    }

    /// The browser's executable.
    let executable: String
    /// The limit for one run, in seconds.
    var timeout = 60

    /// The browser to use: `$CHROMIUM` when set (nil if it is not an executable, which
    /// also shows how the tests behave without a browser), else the first of
    /// `chromium`, `chromium-browser`, `google-chrome` found on `PATH` or in /usr/bin;
    /// nil if none.
    static func find() -> HeadlessChromium? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["CHROMIUM"] {
            guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
            return HeadlessChromium(executable: path)
        }
        let directories =
            (environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin"]
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories
            where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return HeadlessChromium(executable: "\(directory)/\(name)")
            }
        }
        return nil
    }

    /// Runs the browser with `arguments` after the headless options, in `directory`
    /// (its profile goes in a subdirectory). Past the time limit the browser and the
    /// processes it started are killed (coreutils `timeout` signals its whole process
    /// group) and the run throws.
    func run(_ arguments: [String], in directory: URL) throws -> Run {
        let profile = directory.appendingPathComponent("profile-\(UUID().uuidString)")
        let stdoutURL = directory.appendingPathComponent("chromium-\(UUID().uuidString).out")
        let stderrURL = directory.appendingPathComponent("chromium-\(UUID().uuidString).err")
        for url in [stdoutURL, stderrURL] {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        defer {
            try? FileManager.default.removeItem(at: profile)
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments =
            ["--kill-after=5", "\(timeout)", executable]
            + [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--user-data-dir=\(profile.path)",
            ] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        // `timeout` ends the browser; this is the last resort if `timeout` itself hangs.
        if finished.wait(timeout: .now() + .seconds(timeout + 30)) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            throw Failure(message: "chromium did not finish in \(timeout + 30) s")
        }
        let stderr = String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self)
        if process.terminationStatus == 124 || process.terminationStatus == 137 {
            throw Failure(message: "chromium was stopped after \(timeout) s:\n\(stderr)")
        }
        return Run(
            stdout: (try? Data(contentsOf: stdoutURL)) ?? Data(), stderr: stderr,
            code: process.terminationStatus)
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
