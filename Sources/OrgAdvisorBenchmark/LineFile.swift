import Foundation

/// A file of generated lines, written a megabyte at a time.
struct LineFile {
    private let handle: FileHandle
    private var chunk = ""
    /// The bytes written so far.
    private(set) var byteCount = 0

    /// Creates (or empties) the file at `path`; stops the run when it cannot.
    init(path: String) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { fatalError("cannot create '\(path)'") }
        self.handle = handle
    }

    /// Appends a line (with its line break).
    mutating func append(_ line: String) {
        chunk += line
        chunk += "\n"
        if chunk.utf8.count > 1 << 20 { flush() }
    }

    /// Writes what is left and closes the file; returns the byte count.
    mutating func close() -> Int {
        flush()
        try! handle.close()
        return byteCount
    }

    private mutating func flush() {
        byteCount += chunk.utf8.count
        handle.write(Data(chunk.utf8))
        chunk = ""
    }
}
