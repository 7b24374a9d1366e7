import OrgAdvisorBatch
import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Musl)
    import Musl
    private let systemRead = Musl.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// The few file operations the library needs, on the C library (no Foundation).
///
/// Every read is bounded by a ``ReadLimit`` checked while reading, so an endless input
/// fails fast with little memory. A path the user names may be any file that ends
/// (a regular file, a pipe such as `<(...)` or `/dev/stdin`, a terminal); a file found in
/// a directory listing must be a regular file and is never opened in blocking mode, so
/// a named pipe or a device among rule files is an error instead of a hang.
public enum FileSystem {
    /// An error reading the file system, with the path and the reason.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The path that could not be read.
        public let path: String
        /// The reason, e.g. "No such file or directory".
        public let reason: String
        /// The system's error number (`errno`) when a system call failed, e.g. `EBADF`.
        public var systemError: Int32?

        /// `cannot read 'path': reason`.
        public var description: String { "cannot read '\(path)': \(reason)" }
    }

    /// The failure of the system call that just failed, from `errno`.
    private static func systemFailure(_ path: String) -> Failure {
        let code = errno
        return Failure(path: path, reason: String(cString: strerror(code)), systemError: code)
    }

    /// True when `path` names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// What a file mode's type is, in words: `a named pipe`, `a character device`.
    public static func kind(ofMode mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a named pipe"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "a special file"
        }
    }

    /// The whole contents of a file the user named: a regular file, or anything that
    /// ends (a pipe, a terminal); at most `limit` bytes, else a ``Failure``. A file that
    /// starts as a rule archive does (``RuleBaseArchive/isArchive(_:)``) may have up to
    /// `archiveLimit` bytes instead, when given.
    public static func read(_ path: String, limit: ReadLimit, archiveLimit: ReadLimit? = nil)
        throws(Failure) -> [UInt8]
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw systemFailure(path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw systemFailure(path) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(path: path, reason: "it is a directory", systemError: EISDIR)
        }
        return try read(
            descriptor: descriptor, path: path, limit: limit, archiveLimit: archiveLimit,
            size: info)
    }

    /// The size and modification time (nanoseconds since 1970) of the file at `path`,
    /// links followed; nil when there is none.
    public static func stamp(_ path: String) -> (size: Int64, modified: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (
            Int64(info.st_size),
            Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
        )
    }

    /// The absolute path of `path` without symbolic links, `.` or `..`; nil when it does
    /// not exist.
    public static func absolutePath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The whole contents of a file found in a directory: it must be a regular file
    /// (after following symbolic links), at most `limit` bytes. A named pipe, device or
    /// socket is a ``Failure`` naming it, and is never opened.
    public static func readRegularFile(_ path: String, limit: ReadLimit) throws(Failure) -> [UInt8]
    {
        var info = stat()
        guard stat(path, &info) == 0 else { throw systemFailure(path) }
        try requireRegular(info, path: path)
        // Non-blocking, in case the entry was replaced by a named pipe since `stat`.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw systemFailure(path) }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0 else { throw systemFailure(path) }
        try requireRegular(info, path: path)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return try read(descriptor: descriptor, path: path, limit: limit, size: info)
    }

    private static func requireRegular(_ info: stat, path: String) throws(Failure) {
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(
                path: path,
                reason:
                    "not a regular file but \(kind(ofMode: info.st_mode)); only regular files"
                    + " are read from a directory")
        }
    }

    /// Everything an open descriptor gives until its end, at most `limit` bytes; `path`
    /// names it in a ``Failure`` (e.g. `<stdin>`). A closed descriptor, or one not open
    /// for reading, fails with the system's reason (`EBADF`).
    public static func read(descriptor: Int32, path: String, limit: ReadLimit) throws(Failure)
        -> [UInt8]
    {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw systemFailure(path) }
        return try read(descriptor: descriptor, path: path, limit: limit, size: info)
    }

    /// Reads to the end, never holding more than `limit + 1` bytes: one byte past the
    /// limit proves the input too large. Once the start is read, `archiveLimit` replaces
    /// `limit` if the input starts as a rule archive does.
    private static func read(
        descriptor: Int32, path: String, limit: ReadLimit, archiveLimit: ReadLimit? = nil,
        size info: stat
    ) throws(Failure) -> [UInt8] {
        var limit = limit
        var undecided = archiveLimit != nil
        var most = limit.bytes < Int.max ? limit.bytes + 1 : Int.max
        let expected = (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        // A regular file is read straight into an array of its size and one byte more (to
        // see its end), without going through a chunk; anything else chunk by chunk.
        var failed = false
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(expected, most - 1) + 1) {
            buffer, count in
            while count < buffer.count {
                let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 && errno == EINTR { continue }
                failed = read < 0
                atEnd = read == 0
                if read <= 0 { break }
                count += read
            }
        }
        if failed { throw systemFailure(path) }
        if undecided, let archiveLimit, bytes.count > RuleBaseArchive.formatName.utf8.count {
            undecided = false
            if RuleBaseArchive.isArchive(bytes) { limit = archiveLimit }
            most = limit.bytes < Int.max ? limit.bytes + 1 : Int.max
        }
        if bytes.count > limit.bytes {
            throw Failure(path: path, reason: limit.exceededReason, systemError: EFBIG)
        }
        if atEnd { return bytes }
        var chunk = [UInt8](repeating: 0, count: min(65536, most))
        while true {
            let wanted = min(chunk.count, most - bytes.count)
            let count = chunk.withUnsafeMutableBytes {
                systemRead(descriptor, $0.baseAddress, wanted)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw systemFailure(path)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if undecided, let archiveLimit, bytes.count > RuleBaseArchive.formatName.utf8.count {
                undecided = false
                if RuleBaseArchive.isArchive(bytes) { limit = archiveLimit }
                most = limit.bytes < Int.max ? limit.bytes + 1 : Int.max
            }
            if bytes.count > limit.bytes {
                throw Failure(path: path, reason: limit.exceededReason, systemError: EFBIG)
            }
        }
    }

    /// The names of the entries of a directory, sorted, without `.` and `..`.
    public static func list(_ path: String) throws(Failure) -> [String] {
        guard let directory = opendir(path) else { throw systemFailure(path) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(
                    to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)
                ) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
