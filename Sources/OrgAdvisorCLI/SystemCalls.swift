#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `read(2)`, named apart from the `read` methods of the standard library's types.
let systemRead = read
/// `write(2)`, named apart from the `write` methods of the standard library's types.
let systemWrite = write

/// The system calls of the files that only need a few, so that they do not import the
/// C library themselves. The files at the edge of the system (``OutputDestination``,
/// ``Terminal``, ``InterruptHandler``) use it directly. A call that fails leaves
/// `errno` set; ``lastError`` describes it.
enum SystemCalls {
    /// The message of the error `code`, or of the last failed call.
    static func errorText(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }

    /// The error of a descriptor that is not open (`EBADF`).
    static var badDescriptor: Int32 { EBADF }

    /// The errors a message names in its own words: no such file (`ENOENT`), permission
    /// denied (`EACCES`), a directory (`EISDIR`).
    static var noSuchFile: Int32 { ENOENT }
    static var permissionDenied: Int32 { EACCES }
    static var isDirectory: Int32 { EISDIR }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// This process's id.
    static var processID: Int32 { getpid() }

    /// Whether `descriptor` is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Writes all of `bytes` to `descriptor`, again after an interruption (`EINTR`);
    /// false when a write fails (`errno` tells why).
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        writeAll([bytes], to: descriptor)
    }

    /// Writes all of `parts`, in order, to `descriptor` with as few calls as it takes
    /// (`writev(2)`, up to 64 parts a call), again after an interruption or a partial
    /// write; false when a write fails (`errno` tells why).
    static func writeAll(_ parts: [UnsafeRawBufferPointer], to descriptor: Int32) -> Bool {
        var vectors = parts.filter { $0.count > 0 }.map {
            iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress!), iov_len: $0.count)
        }
        var first = 0
        while first < vectors.count {
            let count = min(vectors.count - first, 64)
            let written = vectors.withUnsafeBufferPointer {
                writev(descriptor, $0.baseAddress! + first, Int32(count))
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            // Skip what was written: whole parts, then the start of the next one.
            var left = written
            while first < vectors.count && left >= vectors[first].iov_len {
                left -= vectors[first].iov_len
                first += 1
            }
            if left > 0 {
                vectors[first].iov_base += left
                vectors[first].iov_len -= left
            }
        }
        return true
    }

    /// Reads from `descriptor` into `buffer`, again after an interruption (`EINTR`):
    /// the number of bytes read (0 at the end), or nil when the read fails (`errno`
    /// tells why).
    static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = systemRead(descriptor, buffer.baseAddress!, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { return nil }
        }
    }

    /// Opens `path` for reading: its descriptor and its size when it is a regular file;
    /// nil when it cannot be opened.
    static func openForReading(_ path: String) -> (descriptor: Int32, size: Int?)? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        if fstat(descriptor, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG {
            return (descriptor, Int(info.st_size))
        }
        return (descriptor, nil)
    }

    /// Creates the file `path`, which must not exist, for writing, with `mode` less the
    /// umask; its descriptor, or nil when it cannot be created.
    static func createNew(_ path: String, mode: UInt32) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        return descriptor >= 0 ? descriptor : nil
    }

    /// Closes `descriptor`; false when closing fails (a delayed write error).
    @discardableResult
    static func closeDescriptor(_ descriptor: Int32) -> Bool {
        close(descriptor) == 0
    }

    /// Renames `path` to `newPath`, replacing it; false when it fails.
    static func renameFile(_ path: String, to newPath: String) -> Bool {
        rename(path, newPath) == 0
    }

    /// Removes the file `path`.
    static func removeFile(_ path: String) {
        unlink(path)
    }
}
