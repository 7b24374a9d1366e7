import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The built binary started with `posix_spawn`, for tests that signal it: unlike
/// `Process`, it starts with no signal blocked and SIGINT, SIGTERM, SIGHUP and SIGPIPE
/// at their default, whatever the test thread's mask and dispositions (the test runner's
/// threads block most signals, and a child would inherit that).
final class ChildProcess {
    /// How the process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Its process id.
    let pid: pid_t
    private(set) var ending: Ending?

    /// Starts the binary with `arguments`, its standard streams on the given descriptors;
    /// through `launcher` when given (e.g. `["/usr/bin/nohup"]`).
    init(
        _ arguments: [String], stdin: Int32, stdout: Int32, stderr: Int32,
        launcher: [String] = []
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (source, target) in [(stdin, Int32(0)), (stdout, 1), (stderr, 2)] {
            posix_spawn_file_actions_adddup2(&actions, source, target)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            sigaddset(&defaults, signalNumber)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let binary = BinaryRunner.binary.path
        let path = launcher.first ?? binary
        let argv = (launcher + [binary] + arguments).map { strdup($0) } + [nil]
        let environment =
            BinaryRunner.baseEnvironment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + environment { free(pointer) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, path, &actions, &attributes, argv, environment)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        self.pid = pid
    }

    /// Whether it is still running (it is reaped when it has ended).
    var isRunning: Bool {
        guard ending == nil else { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        ending = Self.ending(status)
        return false
    }

    /// Waits for it to end.
    func wait() -> Ending {
        if let ending { return ending }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let ended = Self.ending(status)
        ending = ended
        return ended
    }

    /// A pipe whose ends are closed in children (each child gets only the end it is
    /// given, as a standard stream): its read end, then its write end.
    static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private static func ending(_ status: Int32) -> Ending {
        status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
    }
}
