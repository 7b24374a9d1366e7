import OrgAdvisorRules

extension RuleBase {
    /// The default rule base, encoding the course chapter on support organisation;
    /// shipped inside the binary already compiled (decoded once, on first use).
    public static let builtIn: RuleBase = {
        do throws(RuleBaseArchive.Failure) {
            return try RuleBase(archive: ArchiveText.decode(builtInArchive) ?? [])
        } catch {
            // The tests decode the built-in archive, so this cannot happen in a tested build.
            preconditionFailure("the built-in rule base archive is damaged: \(error)")
        }
    }()

    /// The default rule base's files, with the paths they have in the repository.
    public static var builtInFiles: [SourceFile] {
        builtInSources.map { SourceFile(path: $0.path, text: $0.text) }
    }
}
