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
        return text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(
                    descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// Reads all of standard input.
    static func readStandardInput() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }
}
