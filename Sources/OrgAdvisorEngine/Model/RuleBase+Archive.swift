import OrgAdvisorRules

extension RuleBase {
    /// The archive of this rule base (``RuleBaseArchive``): its checked rule base, with
    /// every source position, and its compiled tables, so that ``init(archive:)`` loads it
    /// without parsing rule files or building tables. `sources` says where its rule files
    /// are, so that a later load can tell whether they have changed.
    public func archive(sources: RuleBaseArchive.Sources? = nil) -> [UInt8] {
        var writer = ArchiveWriter()
        writer.sources(sources)
        writer.checkedRuleBase(checked)
        writer.bool(true)
        ProgramTables(program.memory).write(to: &writer)
        return RuleBaseArchive.seal(writer)
    }

    /// Loads a rule base from an archive written by ``archive(sources:)`` (or
    /// ``RuleBaseArchive/encode(_:sources:)``, whose tables are built here).
    ///
    /// - Throws: ``RuleBaseArchive/Failure`` for bytes that are not an archive, an archive
    ///   of another format version, cut short or damaged, or whose contents do not make a
    ///   valid rule base; never a trap, whatever the bytes.
    public convenience init(archive: [UInt8]) throws(RuleBaseArchive.Failure) {
        var sources: RuleBaseArchive.Sources?
        try self.init(archive: archive, sources: &sources)
    }

    /// Loads a rule base from an archive as ``init(archive:)`` does, and sets `sources` to
    /// where its rule files were when it was written, if it says.
    public convenience init(archive: [UInt8], sources: inout RuleBaseArchive.Sources?)
        throws(RuleBaseArchive.Failure)
    {
        let contents = archive.withUnsafeBytes {
            bytes -> Result<
                (RuleBaseArchive.Sources?, CheckedRuleBase, ProgramTables?), RuleBaseArchive.Failure
            > in
            do throws(RuleBaseArchive.Failure) {
                var reader = try RuleBaseArchive.open(bytes)
                reader.share(archive)
                let sources = try reader.sources()
                let checked = try reader.checkedRuleBase()
                let tables = try reader.bool() ? try ProgramTables.read(from: &reader) : nil
                guard reader.isAtEnd else { throw reader.failure("bytes after the contents") }
                return .success((sources, checked, tables))
            } catch {
                return .failure(error)
            }
        }
        let (found, checked, tables) = try contents.get()
        let classes = ProfileSpace.classes(of: checked)
        try tables?.validate(
            criteria: checked.criteria, rules: checked.rules, classes: classes,
            formCount: checked.forms.count)
        sources = found
        self.init(checked, classes: classes, tables: tables)
    }
}
