import OrgAdvisorBatch
import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension RuleBase {
    /// Loads a rule base from the bytes of a compiled archive read from `path`
    /// (``RuleBase/init(archive:)``) and checks that it is not stale: when the rule files
    /// it was compiled from are still where they were, they must be the same (same size and
    /// time, or else the same fingerprint), so that its explanations cite the lines of the
    /// files as they are.
    ///
    /// - Throws: ``RuleBaseError`` with one diagnostic naming the archive and what is
    ///   wrong: another format version, cut short, damaged, invalid, or stale.
    public convenience init(archive bytes: [UInt8], path: String) throws(RuleBaseError) {
        var sources: RuleBaseArchive.Sources?
        do {
            try self.init(archive: bytes, sources: &sources)
        } catch {
            throw RuleBase.archiveError(path, error.description)
        }
        if let sources, let problem = RuleBase.staleness(of: sources, fingerprint: fingerprint) {
            throw RuleBase.archiveError(path, problem)
        }
    }

    /// The rule files at `path` as they are now (see ``RuleBaseArchive/Sources``), for an
    /// archive to record; nil when `path` cannot be read.
    public static func sources(at path: String) -> RuleBaseArchive.Sources? {
        guard let absolute = FileSystem.absolutePath(path), let files = stamps(at: absolute)
        else { return nil }
        return RuleBaseArchive.Sources(path: path, absolutePath: absolute, files: files)
    }

    /// The stamps of the rule files at an absolute path: the file, or the directory's
    /// `.orgrules` files in name order; nil when they cannot be read.
    private static func stamps(at absolute: String) -> [RuleBaseArchive.Sources.Stamp]? {
        var paths = [absolute]
        if FileSystem.isDirectory(absolute) {
            guard let names = try? FileSystem.list(absolute) else { return nil }
            paths = names.filter { $0.hasSuffix("." + fileExtension) }.map { absolute + "/" + $0 }
        }
        var stamps: [RuleBaseArchive.Sources.Stamp] = []
        for path in paths {
            guard let stamp = FileSystem.stamp(path) else { return nil }
            stamps.append(.init(path: path, size: stamp.size, modified: stamp.modified))
        }
        return stamps
    }

    /// Why an archive is stale, or nil: its rule files are gone (it is used without them),
    /// the same as when it was compiled, or changed only in time (same fingerprint).
    private static func staleness(of sources: RuleBaseArchive.Sources, fingerprint: String)
        -> String?
    {
        guard FileSystem.stamp(sources.absolutePath) != nil else { return nil }
        if stamps(at: sources.absolutePath) == sources.files { return nil }
        let files = try? RuleBase.sourceFiles(at: sources.absolutePath, limit: .ruleFile)
        let now = files.map { CheckedRuleBase.fingerprint(of: $0) } ?? "unreadable"
        if now == fingerprint { return nil }
        return "stale: the rule files at '\(sources.path)' have changed since it was compiled"
            + " (fingerprint \(fingerprint) in the archive, \(now) now)"
    }

    /// Whether a load failed on a compiled archive (of another version, damaged, invalid
    /// or stale), so that it should be compiled again.
    package static func isArchiveError(_ error: RuleBaseError) -> Bool {
        error.diagnostics.contains { $0.message.hasPrefix(archiveErrorPrefix) }
    }

    /// How the message of an archive that cannot be used starts.
    private static let archiveErrorPrefix = "rule archive '"

    /// The error of an archive that cannot be used.
    private static func archiveError(_ path: String, _ reason: String) -> RuleBaseError {
        RuleBaseError(diagnostics: [
            Diagnostic(severity: .error, message: archiveErrorPrefix + "\(path)': \(reason)")
        ])
    }
}
