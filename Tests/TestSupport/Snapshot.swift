import Foundation

/// Helpers shared by the test targets: the package's root, files in it, and golden
/// snapshots that are re-recorded with `RECORD_SNAPSHOTS=1 swift test` and reviewed
/// in the diff like code.
public enum TestFiles {
    /// The package's root directory, found from this source file's path.
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The URL of a path relative to the package root.
    public static func url(_ relativePath: String) -> URL {
        packageRoot.appendingPathComponent(relativePath)
    }

    /// The text of a file relative to the package root.
    public static func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    /// The names of the files in a directory relative to the package root, sorted.
    public static func list(_ relativePath: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url(relativePath).path).sorted()
    }

    /// True when snapshots should be re-recorded instead of compared.
    public static var recording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    }

    /// Compares `actual` with the snapshot at `relativePath` (or records it). Returns
    /// nil when they match, else a message with the first differing line.
    public static func snapshotMismatch(_ actual: String, at relativePath: String) -> String? {
        let fileURL = url(relativePath)
        if recording {
            try? FileManager.default.createDirectory(
                at: fileURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: fileURL, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: fileURL, encoding: .utf8) else {
            return "missing snapshot \(relativePath); record it with RECORD_SNAPSHOTS=1 swift test"
        }
        if expected == actual { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let e = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let a = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if e != a {
                return
                    "snapshot \(relativePath) differs at line \(index + 1):\n  expected: \(e)\n  actual:   \(a)"
            }
        }
        return "snapshot \(relativePath) differs"
    }
}
