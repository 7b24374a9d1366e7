import OrgAdvisorRules

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The files of a package checkout that the generator reads and writes: the rule files
/// under `Rules/` and the generated source, both relative to the package root.
public struct BuiltInRulesPackage: Sendable {
    /// The package root's path.
    public let root: String

    /// A package checkout at `root`.
    public init(root: String) {
        self.root = root
    }

    /// The `.orgrules` files of the rule directory in name order, with their paths as in
    /// the repository (`Rules/00-rulebase.orgrules`).
    public func ruleFiles() throws(EmbedRulesFailure) -> [SourceFile] {
        let directory = BuiltInRulesGenerator.rulesDirectory
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path(directory))
                .filter { $0.hasSuffix(".orgrules") }.sorted()
        } catch {
            throw .file(path: directory, reason: "cannot list the directory")
        }
        if names.isEmpty {
            throw .file(path: directory, reason: "holds no '.orgrules' file")
        }
        var files: [SourceFile] = []
        for name in names {
            let relative = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path(relative)) else {
                throw .file(path: relative, reason: "cannot read the file")
            }
            files.append(SourceFile(path: relative, bytes: Array(data)))
        }
        return files
    }

    /// The source generated from the rule files, and their warnings.
    public func generate() throws(EmbedRulesFailure) -> (source: String, warnings: [Diagnostic]) {
        try BuiltInRulesGenerator.generate(files: ruleFiles())
    }

    /// The generated file as checked in, or nil when it is missing.
    public func checkedIn() -> String? {
        FileManager.default.contents(atPath: path(BuiltInRulesGenerator.outputPath)).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// Why the checked-in file is stale, or nil when it equals what the rule files give.
    public func staleness() throws(EmbedRulesFailure) -> String? {
        BuiltInRulesGenerator.staleness(checkedIn: checkedIn(), generated: try generate().source)
    }

    /// Writes `source` to the generated file unless it already holds it (so that an
    /// up-to-date file keeps its modification time). Returns whether it wrote.
    public func write(_ source: String) throws(EmbedRulesFailure) -> Bool {
        if checkedIn() == source { return false }
        let output = BuiltInRulesGenerator.outputPath
        do {
            try Data(source.utf8).write(to: URL(fileURLWithPath: path(output)), options: .atomic)
        } catch {
            throw .file(path: output, reason: "cannot write the file")
        }
        return true
    }

    private func path(_ relative: String) -> String {
        root.hasSuffix("/") ? root + relative : root + "/" + relative
    }
}
