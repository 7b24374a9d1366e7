/// A compiled rule base written as bytes, so that a rule base loads without parsing
/// its rule files: the built-in rule base ships as one, and `orgadvisor compile` writes
/// one of any rule files.
///
/// An archive is a first line that names the format and its version
/// (`orgadvisor-archive/3`), the length and a checksum of what follows, then the
/// contents (written by ``ArchiveWriter``): where the rule files were (``Sources``), the
/// checked rule base with every source position, and optionally the engine's compiled
/// tables. Decoding checks the version, the length and the checksum first, so that an
/// archive of another version, cut short or damaged is refused with a reason; then
/// every index and value it reads, so that no bytes, however made, give a rule base that
/// could crash or overflow.
public enum RuleBaseArchive {
    /// The format's name, before the version in the first line.
    public static let formatName = "orgadvisor-archive"
    /// The format's version. Change it with any change to what is written or how: an
    /// archive of another version is refused (`ArchiveFormatTests` fails until it is).
    public static let formatVersion = 3
    /// The format's name and version, the archive's first line: `orgadvisor-archive/3`.
    public static var format: String { "\(formatName)/\(formatVersion)" }

    /// The first line's bytes, with its line break.
    static var magic: [UInt8] { Array((format + "\n").utf8) }
    /// The bytes of the first line, the length and the checksum.
    static var headerSize: Int { magic.count + 16 }

    /// Why an archive could not be written or read.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// What is wrong, and where in the archive.
        public let description: String

        /// A failure with its reason.
        public init(description: String) {
            self.description = description
        }
    }

    /// Where the rule files of an archive were when it was compiled, so that a later load
    /// can tell whether they have changed since.
    public struct Sources: Sendable, Hashable {
        /// The rule file or directory as it was named (e.g. `rules`).
        public var path: String
        /// The same, as an absolute path without symbolic links.
        public var absolutePath: String
        /// Each rule file read: its path, size and modification time.
        public var files: [Stamp]

        /// The rule files at a path, as they were.
        public init(path: String, absolutePath: String, files: [Stamp]) {
            self.path = path
            self.absolutePath = absolutePath
            self.files = files
        }

        /// A rule file as it was: its absolute path, size and modification time.
        public struct Stamp: Sendable, Hashable {
            /// The absolute path.
            public var path: String
            /// The size in bytes.
            public var size: Int64
            /// The modification time, in nanoseconds since 1970.
            public var modified: Int64

            /// A file as it was.
            public init(path: String, size: Int64, modified: Int64) {
                self.path = path
                self.size = size
                self.modified = modified
            }
        }
    }

    /// Whether `bytes` start as an archive of any version does (`orgadvisor-archive/`),
    /// so that a path may name rule files or an archive.
    public static func isArchive(_ bytes: some Collection<UInt8>) -> Bool {
        let prefix = Array((formatName + "/").utf8)
        return bytes.count >= prefix.count && bytes.prefix(prefix.count).elementsEqual(prefix)
    }

    /// The archive of the contents written: the first line, their length and checksum,
    /// and them.
    package static func seal(_ contents: ArchiveWriter) -> [UInt8] {
        var sealed = ArchiveWriter()
        sealed.raw(magic)
        sealed.fixed(UInt64(contents.bytes.count))
        contents.bytes.withUnsafeBytes { sealed.fixed(ArchiveChecksum.of($0)) }
        sealed.raw(contents.bytes)
        return sealed.bytes
    }

    /// Rewrites an archive's length and checksum to match its contents (for the fuzzer and
    /// the tests, which damage contents and want them read past the checksum).
    package static func reseal(_ archive: inout [UInt8]) {
        guard archive.count >= headerSize else { return }
        let contents = Array(archive[headerSize...])
        var writer = ArchiveWriter()
        writer.raw(archive)
        writer.patch(UInt64(contents.count), at: magic.count)
        contents.withUnsafeBytes { writer.patch(ArchiveChecksum.of($0), at: magic.count + 8) }
        archive = writer.bytes
    }

    /// Checks an archive's first line, length and checksum, and returns a reader of its
    /// contents. `bytes` must outlive the reader.
    package static func open(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> ArchiveReader {
        guard isArchive(bytes) else {
            throw Failure(description: "not a rule archive; expected one starting '\(format)'")
        }
        let line = bytes.prefix { $0 != UInt8(ascii: "\n") }
        guard line.count < bytes.count, line.elementsEqual(magic.dropLast()) else {
            let found = String(decoding: line.prefix(64), as: UTF8.self)
            throw Failure(
                description: "an archive of format '\(found)'; this orgadvisor reads '\(format)'")
        }
        var header = ArchiveReader(bytes)
        _ = try header.raw(magic.count)
        let length = try header.fixed()
        let checksum = try header.fixed()
        let contents = UnsafeRawBufferPointer(rebasing: bytes[header.position...])
        guard length == UInt64(contents.count) else {
            throw Failure(
                description: length > UInt64(contents.count)
                    ? "cut short: \(bytes.count) bytes, expected \(UInt64(header.position) &+ length)"
                    : "\(UInt64(contents.count) - length) bytes after its end")
        }
        guard ArchiveChecksum.of(contents) == checksum else {
            throw Failure(description: "damaged: its checksum does not match its contents")
        }
        return ArchiveReader(contents, origin: header.position)
    }
}
