import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The `orgadvisor` binary next to this one (build both: `swift build -c release`).
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("orgadvisor").path

/// One run of the binary: wall time, CPU time in user space and in the kernel (seconds),
/// peak resident memory (KiB) and exit status.
struct Run {
    var seconds: Double
    var user: Double
    var system: Double
    var maxRSS: Int
    var status: Int32
}

/// Runs the binary with stderr to /dev/null; kills it after `limit` seconds.
func run(_ arguments: [String], limit: Double = .infinity) -> Run {
    var pid: pid_t = 0
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = now()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else {
        fatalError("cannot run \(binary); build it first: swift build -c release")
    }
    var status: Int32 = 0
    var usage = rusage()
    // The peak memory of the child's own address space (VmHWM), read by another thread
    // while it runs (the peak that wait4 reports also counts this process's memory, which
    // the child shares between posix_spawn and exec); this thread waits for the exit, so
    // the time is exact. The mark only grows, and batch allocates its buffers early.
    let watch = PeakWatch()
    let child = pid
    Thread {
        while !watch.isFinished {
            if now() - start > limit { kill(child, SIGKILL) }
            watch.note(highWaterMark(of: child))
            usleep(5_000)
        }
    }.start()
    wait4(pid, &status, 0, &usage)
    let seconds = now() - start
    watch.finish()
    let peak = watch.peak
    func cpu(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return Run(
        seconds: seconds, user: cpu(usage.ru_utime), system: cpu(usage.ru_stime), maxRSS: peak,
        status: status)
}

/// The largest high-water mark seen of a child, shared between the thread that reads it
/// and the one that waits for the child.
final class PeakWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var largest = 0
    private var finished = false

    var peak: Int { lock.withLock { largest } }
    var isFinished: Bool { lock.withLock { finished } }

    func note(_ value: Int) { lock.withLock { largest = max(largest, value) } }
    func finish() { lock.withLock { finished = true } }
}

/// A running process's peak resident memory in KiB (VmHWM in /proc), or 0.
func highWaterMark(of pid: pid_t) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}
