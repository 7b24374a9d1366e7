import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Headless Chromium driven over the DevTools protocol on a pipe
/// (`--remote-debugging-pipe`: commands on its descriptor 3, answers on 4, each message
/// JSON ended by a NUL byte), for tests that must wait for a page's asynchronous work
/// (compiling WebAssembly), run script in it and read what it computed. Every wait has a
/// deadline, and the browser runs under `timeout`, so a hung browser cannot hang the tests.
final class ChromiumSession {
    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private var sessionID = ""
    private let profile: URL
    /// The protocol's events received so far (console messages, requests, …).
    private(set) var events: [[String: Any]] = []
    /// The longest wait for one answer, in seconds.
    var timeout: Double = 60

    /// Starts the browser on `about:blank` with `arguments` added, and attaches to its page.
    init(browser: HeadlessChromium, directory: URL, arguments: [String] = []) throws {
        profile = directory.appendingPathComponent("profile-\(UUID().uuidString)")
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else {
            throw HeadlessChromium.Failure(message: "cannot make pipes for chromium")
        }
        // Above 4, so that placing them at 3 and 4 in the child never meets them there.
        func high(_ descriptor: Int32) -> Int32 {
            let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
            close(descriptor)
            return moved
        }
        let childReads = high(toBrowser[0])
        commands = high(toBrowser[1])
        answers = high(fromBrowser[0])
        let childWrites = high(fromBrowser[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, childReads, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv =
            ["/usr/bin/timeout", "--kill-after=5", "\(Int(timeout) * 5)", browser.executable]
            + [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--remote-debugging-pipe", "--user-data-dir=\(profile.path)",
            ] + arguments + ["about:blank"]
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, argv[0], &actions, nil, &cArguments, environ)
        close(childReads)
        close(childWrites)
        guard status == 0 else {
            close(commands)
            close(answers)
            throw HeadlessChromium.Failure(message: "cannot start chromium: error \(status)")
        }
        pid = child
        let targets = try send("Target.getTargets", session: false)
        let infos = (targets["targetInfos"] as? [[String: Any]]) ?? []
        guard let page = infos.first(where: { $0["type"] as? String == "page" }),
            let target = page["targetId"] as? String
        else { throw HeadlessChromium.Failure(message: "chromium has no page: \(targets)") }
        let attached = try send(
            "Target.attachToTarget", ["targetId": target, "flatten": true], session: false)
        sessionID = attached["sessionId"] as? String ?? ""
        _ = try send("Page.enable")
        _ = try send("Runtime.enable")
    }

    deinit {
        close(commands)
        close(answers)
        kill(pid, SIGTERM)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        try? FileManager.default.removeItem(at: profile)
    }

    /// Sends a command (to the page unless `session` is false) and returns its result.
    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:], session: Bool = true) throws
        -> [String: Any]
    {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if session { message["sessionId"] = sessionID }
        var bytes = Array(try JSONSerialization.data(withJSONObject: message))
        bytes.append(0)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes {
                write(commands, $0.baseAddress, $0.count)
            }
            guard count > 0 else {
                throw HeadlessChromium.Failure(message: "chromium closed its pipe")
            }
            written += count
        }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let reply = try receive(until: deadline)
            if reply["id"] as? Int == nextID {
                if let error = reply["error"] {
                    throw HeadlessChromium.Failure(message: "\(method) failed: \(error)")
                }
                return reply["result"] as? [String: Any] ?? [:]
            }
            events.append(reply)
        }
    }

    /// Opens `url` and waits until the page has loaded.
    func navigate(_ url: String) throws {
        let before = events.count
        try send("Page.navigate", ["url": url])
        let deadline = Date().addingTimeInterval(timeout)
        while !events[before...].contains(where: {
            $0["method"] as? String == "Page.loadEventFired"
        }) {
            events.append(try receive(until: deadline))
        }
    }

    /// The value of a script expression in the page, after its promise settles (as JSON
    /// values: strings, numbers, arrays, dictionaries); a thrown error fails.
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send(
            "Runtime.evaluate",
            ["expression": expression, "awaitPromise": true, "returnByValue": true])
        if let exception = result["exceptionDetails"] as? [String: Any] {
            let description =
                ((exception["exception"] as? [String: Any])?["description"] as? String)
                ?? "\(exception)"
            throw HeadlessChromium.Failure(message: "script failed: \(description)")
        }
        return (result["result"] as? [String: Any])?["value"]
    }

    /// The string value of a script expression.
    func string(_ expression: String) throws -> String {
        let value = try evaluate(expression)
        guard let text = value as? String else {
            throw HeadlessChromium.Failure(
                message: "'\(expression)' gave \(String(describing: value))")
        }
        return text
    }

    /// The next message from the browser, waiting at most until `deadline`.
    private func receive(until deadline: Date) throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let message = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                return (try JSONSerialization.jsonObject(with: message)) as? [String: Any] ?? [:]
            }
            let remaining = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
            var poller = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, remaining) > 0 else {
                throw HeadlessChromium.Failure(message: "chromium did not answer in \(timeout) s")
            }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(answers, $0.baseAddress, $0.count) }
            guard count > 0 else { throw HeadlessChromium.Failure(message: "chromium exited") }
            buffer += chunk[..<count]
        }
    }
}
