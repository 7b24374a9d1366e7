/// An output file written atomically: into a temporary file beside it, renamed over
/// the destination only on success, removed on failure or interruption (SIGINT,
/// SIGTERM, SIGHUP, see ``InterruptHandler``), so that a failed run never leaves a
/// partial file in place and never clobbers an existing one.
///
/// The destination is a new path or a regular file: a symbolic link is followed (its
/// final target is replaced and the link stays a link), an existing file keeps its mode
/// and owner, and anything else (a device such as `/dev/null`, a named pipe, a
/// directory, a socket) is refused before anything is written.
struct AtomicOutputFile {
    /// The destination: the path as given and the file it replaces.
    let destination: OutputDestination
    /// The temporary file, in the target's directory.
    let temporaryPath: String
    /// Its descriptor.
    let descriptor: Int32

    /// Creates the temporary file; `command` names the command in a usage error.
    init(path: String, command: String = "batch") throws(CLIError) {
        guard !OutputDestination.split(path).name.isEmpty else {
            throw .usage(
                "invalid value '\(path)' for '--output'; expected a file path", command: command)
        }
        let destination = try OutputDestination(path)
        self.destination = destination
        let (directory, targetName) = OutputDestination.split(destination.target)
        temporaryPath = "\(directory).\(targetName).orgadvisor-\(SystemCalls.processID).tmp"
        // A new file gets the usual mode (0666 less the umask); a replaced one its own.
        let mode: UInt32 = destination.existing == nil ? 0o666 : 0o600
        // The handler first: a signal from now on removes the file, however soon it comes.
        InterruptHandler.begin(temporary: temporaryPath)
        guard let descriptor = SystemCalls.createNew(temporaryPath, mode: mode) else {
            let reason = SystemCalls.errorText()
            if InterruptHandler.claimForDiscard() { InterruptHandler.end() }
            throw destination.failure(reason)
        }
        self.descriptor = descriptor
        if let existing = destination.existing {
            do {
                try destination.keepOwnerAndMode(of: existing, on: descriptor)
            } catch {
                discard()
                throw error
            }
        }
    }

    /// Writes all of `text` to `path` atomically: a failure leaves no file and an
    /// existing one as it was.
    static func write(_ text: String, to path: String, command: String) throws(CLIError) {
        let file = try AtomicOutputFile(path: path, command: command)
        guard Terminal.write(text, to: file.descriptor) else {
            let reason = SystemCalls.errorText()
            file.discard()
            throw .input("cannot write '\(path)': \(reason)")
        }
        try file.commit()
    }

    /// Writes all of `bytes` to `path` atomically: a failure leaves no file and an
    /// existing one as it was.
    static func write(bytes: [UInt8], to path: String, command: String) throws(CLIError) {
        let file = try AtomicOutputFile(path: path, command: command)
        let written = bytes.withUnsafeBytes { SystemCalls.writeAll($0, to: file.descriptor) }
        guard written else {
            let reason = SystemCalls.errorText()
            file.discard()
            throw .input("cannot write '\(path)': \(reason)")
        }
        try file.commit()
    }

    /// Closes and renames over the target. From the rename on, an interruption no
    /// longer ends the run: the file is complete.
    func commit() throws(CLIError) {
        guard SystemCalls.closeDescriptor(descriptor) else {
            let reason = SystemCalls.errorText()
            discard(closing: false)
            throw .input("cannot write '\(destination.path)': \(reason)")
        }
        guard InterruptHandler.claimForCommit() else { InterruptHandler.awaitEnd() }
        guard SystemCalls.renameFile(temporaryPath, to: destination.target) else {
            let reason = SystemCalls.errorText()
            SystemCalls.removeFile(temporaryPath)
            InterruptHandler.commitFailed()
            throw .input("cannot write '\(destination.path)': \(reason)")
        }
    }

    /// Closes and removes the temporary file; the destination is untouched.
    func discard(closing: Bool = true) {
        if closing { SystemCalls.closeDescriptor(descriptor) }
        guard InterruptHandler.claimForDiscard() else { InterruptHandler.awaitEnd() }
        SystemCalls.removeFile(temporaryPath)
        InterruptHandler.end()
    }
}
