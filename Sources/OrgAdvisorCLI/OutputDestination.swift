import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What an `--output` path names: the file to replace once its symbolic links are
/// followed, and that file's status when it exists. Only a new path or a regular file
/// may be written.
struct OutputDestination {
    /// The path as given.
    let path: String
    /// The path with its symbolic links followed (the path itself when it is none).
    let target: String
    /// The status of the target when it exists (always a regular file).
    let existing: stat?

    /// The most symbolic links followed, as the kernel allows (`ELOOP` beyond).
    static let maximumLinks = 40

    /// Follows the symbolic links of `path` and checks what it names.
    init(_ path: String) throws(CLIError) {
        self.path = path
        var current = path
        var info = stat()
        var links = 0
        while true {
            guard lstat(current, &info) == 0 else {
                let code = errno
                // A new file (or a link to one that does not exist yet: it is created).
                if code == ENOENT { break }
                target = current
                existing = nil
                throw failure(String(cString: strerror(code)))
            }
            guard (info.st_mode & S_IFMT) == S_IFLNK else { break }
            links += 1
            guard links <= Self.maximumLinks, let link = Self.readLink(current) else {
                target = current
                existing = nil
                throw failure(String(cString: strerror(links > Self.maximumLinks ? ELOOP : errno)))
            }
            current = link.hasPrefix("/") ? link : Self.split(current).directory + link
        }
        target = current
        let exists = lstat(current, &info) == 0
        existing = exists ? info : nil
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            throw failure(
                "not a regular file but \(FileSystem.kind(ofMode: info.st_mode)); --output writes"
                    + " a new file or replaces a regular one")
        }
    }

    /// `cannot write 'path': reason`, naming the link's target when it is not the path.
    func failure(_ reason: String) -> CLIError {
        let shown = target == path ? "'\(path)'" : "'\(path)' (a link to '\(target)')"
        return .input("cannot write \(shown): \(reason)")
    }

    /// Gives the new file the owner, group and permissions of the file it replaces.
    /// A different owner that cannot be given (not root) is an error, as the file would
    /// change hands; a group that cannot be given to one's own file is left as it is.
    func keepOwnerAndMode(of existing: stat, on descriptor: Int32) throws(CLIError) {
        if existing.st_uid != geteuid() || existing.st_gid != getegid() {
            if fchown(descriptor, existing.st_uid, existing.st_gid) != 0
                && existing.st_uid != geteuid()
            {
                throw failure(
                    "cannot give the new file the owner of the existing one (user"
                        + " \(existing.st_uid)): \(String(cString: strerror(errno)))")
            }
        }
        // After the owner: changing it clears the set-user-ID and set-group-ID bits.
        guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else {
            throw failure(
                "cannot give the new file the permissions of the existing one: "
                    + String(cString: strerror(errno)))
        }
    }

    /// The directory part of a path (empty, or ending with `/`) and its last component.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// The contents of a symbolic link, nil when it cannot be read (errno tells why).
    private static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
