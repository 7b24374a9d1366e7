/// How the server sees the files on disk that are not open in the editor: the names in
/// a directory and the bytes of a file. The command line gives the real file system;
/// tests give a dictionary.
public struct WorkspaceFiles: Sendable {
    /// The names of the entries of a directory (no path), or none when it cannot be read.
    public var list: @Sendable (String) -> [String]
    /// The bytes of a regular file, or nil when it cannot be read.
    public var read: @Sendable (String) -> [UInt8]?

    /// Creates the view from its two operations.
    public init(
        list: @escaping @Sendable (String) -> [String],
        read: @escaping @Sendable (String) -> [UInt8]?
    ) {
        self.list = list
        self.read = read
    }

    /// No files at all: every document compiles alone.
    public static let none = WorkspaceFiles(list: { _ in [] }, read: { _ in nil })

    /// Files held in memory, by absolute path (for tests).
    public static func inMemory(_ files: [String: String]) -> WorkspaceFiles {
        WorkspaceFiles(
            list: { directory in
                files.keys.filter { DocumentURI.directory(of: $0) == directory }.map {
                    DocumentURI.fileName(of: $0)
                }
            },
            read: { path in files[path].map { Array($0.utf8) } })
    }
}
