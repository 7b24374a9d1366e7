import Foundation

/// A new empty directory under the system's temporary directory, removed by `remove()`.
struct TemporaryDirectory {
    /// Its path.
    let path: String

    /// Creates it; `label` goes into its name.
    init(_ label: String) throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "orgadvisor-\(label)-\(UUID().uuidString)"
            ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside it.
    func file(_ name: String) -> String { path + "/" + name }

    /// The names of its entries, sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    /// Removes it and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
