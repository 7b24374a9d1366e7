import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the atomic output file stands, read by the signal handler: a handler can reach
/// no context, so these globals are the only way. The phase is an atomic, safe to use in
/// a signal handler (lock-free); the path is written only while the phase is not
/// `writing` and no handler of ours is installed or the phase is `committed`, so no
/// handler reads it then.
private let phase = Atomic<Int>(InterruptHandler.Phase.idle.rawValue)
/// The last signal received while the file was committed.
private let receivedSignal = Atomic<Int32>(0)
/// The temporary file to remove when a signal ends the run, allocated once per file.
nonisolated(unsafe) private var temporaryPath: UnsafeMutablePointer<CChar>?
/// Whether each of SIGINT, SIGTERM and SIGHUP was ignored when the file was begun (by
/// `nohup`, or a shell's background job): such a signal stays ignored.
nonisolated(unsafe) private var ignoredAtStart: [Bool] = []

/// The handling of SIGINT, SIGTERM and SIGHUP while an ``AtomicOutputFile`` is open:
/// before the rename, a signal removes the temporary file and ends the run as the signal
/// would (exit 130 for SIGINT in a shell), leaving the destination as it was; after the
/// rename, the output is complete, and a signal is absorbed so that the run ends with
/// its real exit status.
///
/// The handler calls only async-signal-safe functions (`unlink`, `signal`, `raise`) and
/// lock-free atomics. The rename and the handler cannot both win: each claims the file by
/// one compare-and-exchange of the phase, `writing` to `committed` or to `dying`.
enum InterruptHandler {
    /// The phases of the output file.
    enum Phase: Int {
        /// No output file (the handler is not installed).
        case idle
        /// The temporary file is being written.
        case writing
        /// Renamed over the destination (or about to be): signals are absorbed.
        case committed
        /// A signal handler is removing the temporary file and ending the run.
        case dying
    }

    static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler for a temporary file that now exists.
    static func begin(temporary: String) {
        precondition(phase.load(ordering: .acquiring) != Phase.writing.rawValue)
        // The previous path is freed only now: a handler may read it until it is replaced.
        free(temporaryPath)
        temporaryPath = strdup(temporary)
        receivedSignal.store(0, ordering: .relaxed)
        phase.store(Phase.writing.rawValue, ordering: .sequentiallyConsistent)
        ignoredAtStart = signals.map(isIgnored)
        for (signalNumber, ignored) in zip(signals, ignoredAtStart) where !ignored {
            signal(signalNumber, handle)
        }
    }

    /// Claims the temporary file for the rename: true when the caller may rename it,
    /// and from now on signals are absorbed; false when a signal is ending the run (the
    /// caller must not touch the file).
    static func claimForCommit() -> Bool {
        phase.compareExchange(
            expected: Phase.writing.rawValue, desired: Phase.committed.rawValue,
            ordering: .sequentiallyConsistent
        ).exchanged
    }

    /// After a rename that failed (the caller removed the temporary file): the run was
    /// not committed, so a signal that arrived meanwhile ends it now, as it would have
    /// before; otherwise the start's handling of signals is back.
    static func commitFailed() {
        end()
        let received = receivedSignal.load(ordering: .sequentiallyConsistent)
        if received != 0 {
            signal(received, SIG_DFL)
            raise(received)
        }
    }

    /// Claims the temporary file for removal: false when a signal is already ending
    /// the run (the caller must not touch the file). The caller removes the file, then
    /// calls ``end()``.
    static func claimForDiscard() -> Bool {
        phase.compareExchange(
            expected: Phase.writing.rawValue, desired: Phase.idle.rawValue,
            ordering: .sequentiallyConsistent
        ).exchanged
    }

    /// Waits for the signal that is ending the run (a handler on another thread holds
    /// the file): it ends the process in a moment.
    static func awaitEnd() -> Never {
        while true { pause() }
    }

    /// Restores the start's handling of the signals.
    static func end() {
        phase.store(Phase.idle.rawValue, ordering: .sequentiallyConsistent)
        for (signalNumber, ignored) in zip(signals, ignoredAtStart) where !ignored {
            signal(signalNumber, SIG_DFL)
        }
    }

    /// Whether a signal is ignored now.
    private static func isIgnored(_ signalNumber: Int32) -> Bool {
        var current = sigaction()
        sigaction(signalNumber, nil, &current)
        #if canImport(Darwin)
            let handler = current.__sigaction_u.__sa_handler
        #else
            let handler = current.__sigaction_handler.sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// The signal handler: only lock-free atomics and async-signal-safe calls.
    private static let handle: @convention(c) (Int32) -> Void = { received in
        let claimed = phase.compareExchange(
            expected: Phase.writing.rawValue, desired: Phase.dying.rawValue,
            ordering: .sequentiallyConsistent)
        if claimed.exchanged || claimed.original == Phase.idle.rawValue {
            // Not committed: no partial file, and the signal's usual effect.
            if let path = temporaryPath { unlink(path) }
            signal(received, SIG_DFL)
            raise(received)
        } else if claimed.original == Phase.committed.rawValue {
            // The output is complete: the run ends normally, with its real exit status.
            receivedSignal.store(received, ordering: .sequentiallyConsistent)
        }
        // Dying: a handler on another thread is ending the run.
    }
}
