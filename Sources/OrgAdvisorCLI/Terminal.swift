#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's surroundings: environment, terminals, standard streams.
struct Terminal {
    /// Reads an environment variable.
    let variable: (String) -> String?

    /// The process environment.
    static func current() -> Terminal {
        Terminal { name in getenv(name).map { String(cString: $0) } }
    }

    /// Whether standard output is a terminal.
    var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Whether standard error is a terminal.
    var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// The width of the terminal on standard output, or nil when it is not one.
    var stdoutWidth: Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return variable("COLUMNS").flatMap { Int($0) }
    }

    /// The language from LC_ALL, LC_MESSAGES or LANG (the first one set).
    var language: String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = variable(name), !value.isEmpty { return value }
        }
        return nil
    }

    /// True when NO_COLOR is set to anything non-empty.
    var noColor: Bool { !(variable("NO_COLOR") ?? "").isEmpty }

    /// Writes all of `text` to a file descriptor, retrying short writes and
    /// interruptions; false when a write fails (errno tells why).
    @discardableResult
    static func write(_ text: String, to descriptor: Int32) -> Bool {
        var text = text
        return text.withUTF8 { SystemCalls.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Keeps the descriptors of standard input, output and error taken, so that no file
    /// the program opens gets one of their numbers (and a closed standard output never
    /// becomes an output file): each closed one is opened on `/dev/null` the wrong way
    /// round (input write-only, outputs read-only), so that using it still fails with
    /// `EBADF`, as a closed descriptor would. Call it first, before anything is opened.
    static func reserveStandardDescriptors() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            // The lowest free number, so this one: the lower ones are taken by now.
            _ = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
        }
    }

    /// Writes a command's output, standard output first, and returns the exit code:
    /// when standard output cannot be written, an error on standard error and exit 3;
    /// when standard error cannot be written, nothing can say so, and the exit code is 3
    /// if it was 0.
    static func emit(_ output: CommandOutput, terminal: Terminal) -> Int32 {
        var code = output.code
        var stderr = output.stderr
        if !output.stdout.isEmpty && !write(output.stdout, to: 1) {
            let reason = String(cString: strerror(errno))
            let failure = Context(terminal: terminal, arguments: []).failure(
                CLIError.input("cannot write standard output: \(reason)"))
            stderr += failure.stderr
            code = failure.code
        }
        if !stderr.isEmpty && !write(stderr, to: 2) && code == ExitCode.success {
            code = ExitCode.invalidInput
        }
        return code
    }
}
