import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SIGINT, SIGTERM and SIGHUP and an atomic output file (issue 10): before the rename,
/// a signal removes the temporary file and ends the run as the signal does; after it,
/// the file is complete and the run ends with its real exit status.
@Suite("interrupts and --output")
struct InterruptTests {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    @Test("a signal after the rename: the run ends normally", arguments: signals)
    func afterCommit(_ signalNumber: Int32) throws {
        let directory = try TemporaryDirectory("interrupt-after")
        defer { directory.remove() }
        let path = directory.file("page.html")
        // Standard error is a full pipe: after the rename the binary blocks on its
        // message 'report: wrote ...' until the test reads, so the signal surely comes
        // after the rename and before the exit.
        let (readEnd, writeEnd) = try fullPipe()
        defer { close(readEnd) }
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { close(null) }
        let child = try ChildProcess(
            ["report", "--sites", "5", "--output", path], stdin: null, stdout: null,
            stderr: writeEnd)
        close(writeEnd)
        while child.isRunning && !FileManager.default.fileExists(atPath: path) {
            usleep(1000)
        }
        #expect(kill(child.pid, signalNumber) == 0)
        // Lets the binary write its message and exit.
        let message = drain(readEnd)
        #expect(child.wait() == .exited(0))
        #expect(message.hasPrefix("report: wrote '\(path)' ("))
        #expect(try directory.entries() == ["page.html"])
    }

    @Test("a signal before the rename: no file, and the signal's exit", arguments: signals)
    func beforeCommit(_ signalNumber: Int32) throws {
        let directory = try TemporaryDirectory("interrupt-before")
        defer { directory.remove() }
        let path = directory.file("results.jsonl")
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        // Standard input stays open: batch waits for more input, its temporary file open.
        let input = try ChildProcess.pipe()
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { close(null) }
        let child = try ChildProcess(
            ["batch", "--output", path], stdin: input.read, stdout: null, stderr: null)
        close(input.read)
        let record = Array(#"{"sites": 3}"#.utf8) + [10]
        #expect(write(input.write, record, record.count) == record.count)
        while child.isRunning, try directory.entries().count < 2 { usleep(1000) }
        #expect(kill(child.pid, signalNumber) == 0)
        #expect(child.wait() == .signalled(signalNumber))
        close(input.write)
        #expect(try directory.entries() == ["results.jsonl"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    }

    @Test("a signal ignored at the start (nohup) stays ignored")
    func ignoredStaysIgnored() throws {
        let directory = try TemporaryDirectory("interrupt-nohup")
        defer { directory.remove() }
        let path = directory.file("results.jsonl")
        let input = try ChildProcess.pipe()
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        defer { close(null) }
        let child = try ChildProcess(
            ["batch", "--output", path], stdin: input.read, stdout: null, stderr: null,
            launcher: ["/usr/bin/nohup"])
        close(input.read)
        // Three chunks of input: batch writes the first chunk's results while it waits
        // for the rest, so a temporary file with content proves the handlers are set up.
        let records = Array(String(repeating: #"{"sites": 3}"# + "\n", count: 60_000).utf8)
        let writer = Thread {
            // A binary killed by the signal closes the pipe: no SIGPIPE for the test run.
            var brokenPipe = sigset_t()
            sigemptyset(&brokenPipe)
            sigaddset(&brokenPipe, SIGPIPE)
            pthread_sigmask(SIG_BLOCK, &brokenPipe, nil)
            var offset = 0
            while offset < records.count {
                let count = records[offset...].withUnsafeBytes {
                    write(input.write, $0.baseAddress, $0.count)
                }
                if count <= 0 { break }
                offset += count
            }
        }
        writer.start()
        while child.isRunning,
            try !directory.entries().contains(where: { name in
                var info = stat()
                return stat(directory.file(name), &info) == 0 && info.st_size > 0
            })
        {
            usleep(1000)
        }
        #expect(kill(child.pid, SIGHUP) == 0)
        while !writer.isFinished { usleep(1000) }
        close(input.write)
        #expect(child.wait() == .exited(0))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"record":1,"#))
    }

    /// A pipe whose buffer is full: a write to it blocks until the read end is read.
    private func fullPipe() throws -> (read: Int32, write: Int32) {
        let (readEnd, writeEnd) = try ChildProcess.pipe()
        let ends = [readEnd, writeEnd]
        let flags = fcntl(ends[1], F_GETFL)
        _ = fcntl(ends[1], F_SETFL, flags | O_NONBLOCK)
        let block = [UInt8](repeating: 0x2E, count: 4096)
        for size in [4096, 1] {
            while block.withUnsafeBytes({ write(ends[1], $0.baseAddress, size) }) > 0 {}
        }
        _ = fcntl(ends[1], F_SETFL, flags)
        return (ends[0], ends[1])
    }

    /// Everything until the end, as text, without the filling dots.
    private func drain(_ descriptor: Int32) -> String {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return String(decoding: bytes.drop { $0 == 0x2E }, as: UTF8.self)
    }
}
