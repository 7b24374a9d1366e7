extension RuleBase {
    /// The default rule base, encoding the course chapter on support organisation;
    /// shipped inside the binary (compiled once, on first use).
    public static let builtIn: RuleBase = {
        do {
            return try RuleBase(files: builtInFiles)
        } catch {
            // The tests load the built-in rules, so this cannot happen in a tested build.
            preconditionFailure("the built-in rule base does not compile:\n\(error)")
        }
    }()

    /// The default rule base's files, with the paths they have in the repository.
    public static var builtInFiles: [SourceFile] {
        builtInSources.map { SourceFile(path: $0.path, text: $0.text) }
    }
}
