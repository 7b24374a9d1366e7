#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary file of the atomic output being written, removed by the signal
/// handler when the run is interrupted. A signal handler can reach no context, so this
/// one global is the only way; it holds a C string allocated once per run.
nonisolated(unsafe) private var pendingTemporaryPath: UnsafeMutablePointer<CChar>?

/// An output file written atomically: into a temporary file beside it, renamed over
/// the destination only on success, removed on failure or interruption (SIGINT,
/// SIGTERM, SIGHUP), so that a failed run never leaves a partial file in place and
/// never clobbers an existing one.
struct AtomicOutputFile {
    /// The destination.
    let path: String
    /// The temporary file.
    let temporaryPath: String
    /// Its descriptor.
    let descriptor: Int32

    /// Creates the temporary file; `command` names the command in a usage error.
    init(path: String, command: String = "batch") throws(CLIError) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty else {
            throw .usage(
                "invalid value '\(path)' for '--output'; expected a file path", command: command)
        }
        self.path = path
        self.temporaryPath = "\(directory).\(name).orgadvisor-\(getpid()).tmp"
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw .input("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        pendingTemporaryPath = strdup(temporaryPath)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if let path = pendingTemporaryPath { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Writes all of `text` to `path` atomically: a failure leaves no file and an
    /// existing one as it was.
    static func write(_ text: String, to path: String, command: String) throws(CLIError) {
        let file = try AtomicOutputFile(path: path, command: command)
        guard Terminal.write(text, to: file.descriptor) else {
            let reason = String(cString: strerror(errno))
            file.discard()
            throw .input("cannot write '\(path)': \(reason)")
        }
        try file.commit()
    }

    /// Closes and renames over the destination.
    func commit() throws(CLIError) {
        let closed = close(descriptor)
        guard closed == 0, rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard(closing: false)
            throw .input("cannot write '\(path)': \(reason)")
        }
        forget()
    }

    /// Closes and removes the temporary file; the destination is untouched.
    func discard(closing: Bool = true) {
        if closing { close(descriptor) }
        unlink(temporaryPath)
        forget()
    }

    private func forget() {
        if let pending = pendingTemporaryPath {
            pendingTemporaryPath = nil
            free(pending)
        }
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { signal(signalNumber, SIG_DFL) }
    }
}
