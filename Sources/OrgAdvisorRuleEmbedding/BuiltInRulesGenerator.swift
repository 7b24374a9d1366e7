import OrgAdvisorRules

/// Generates `Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift`: the default rule
/// files' texts and their compiled archive, so that the default rule base ships inside the
/// binary already compiled. The output is formatted as swift-format wants it and compiles
/// with plain `swiftc` (no build plugin is involved: the file is checked in).
public enum BuiltInRulesGenerator {
    /// The generated file's path, relative to the package root.
    public static let outputPath = "Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift"
    /// The default rule base's directory, relative to the package root.
    public static let rulesDirectory = "Rules"
    /// The command that regenerates the file, run from the package root.
    public static let command = "swift run orgadvisor-embed-rules"

    /// The header of the generated file: marks it generated and names the command.
    static let header = """
        // Generated from Rules/*.orgrules by orgadvisor-embed-rules: do not edit by hand.
        // Regenerate with `\(command)`; `swift test` fails while it is stale.

        """

    /// The Swift source for the rule files given (their paths as in the repository).
    ///
    /// - Throws: ``EmbedRulesFailure/rules(_:)`` with every diagnostic when the files do
    ///   not compile, or ``EmbedRulesFailure/unembeddable(path:)`` for a text that no raw
    ///   string literal can hold.
    public static func source(files: [SourceFile]) throws(EmbedRulesFailure) -> String {
        try generate(files: files).source
    }

    /// The Swift source for the rule files given, and the warnings their compilation
    /// found (which do not stop the generation).
    ///
    /// - Throws: as ``source(files:)``.
    public static func generate(
        files: [SourceFile]
    ) throws(EmbedRulesFailure) -> (source: String, warnings: [Diagnostic]) {
        let checked: CheckedRuleBase
        do {
            checked = try CheckedRuleBase(files: files)
        } catch {
            throw .rules(error)
        }
        let archive = ArchiveText.encode(RuleBaseArchive.encode(checked))
        var out =
            header + """

                extension RuleBase {
                    /// The default rule base's files, as shipped inside the binary.
                    static let builtInSources: [(path: String, text: String)] = [

                """
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            out += "        (\n            \"\(file.path)\",\n"
            out += try rawString(text, indent: "            ", name: file.path) + "\n        ),\n"
        }
        out += "    ]\n\n"
        out += "    /// The default rule base, compiled (see `RuleBaseArchive`), in Base64.\n"
        out += "    static let builtInArchive =\n"
        out += try rawString(archive, indent: "        ", name: "the compiled archive") + "\n}\n"
        return (out, checked.warnings)
    }

    /// A raw multi-line string literal whose value is exactly `text`, which must end
    /// with a line break and hold neither `"""#` nor `\#`.
    private static func rawString(
        _ text: String, indent: String, name: String
    ) throws(EmbedRulesFailure) -> String {
        guard text.hasSuffix("\n"), !text.contains("\"\"\"#"), !text.contains("\\#") else {
            throw .unembeddable(path: name)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeLast()
        var out = indent + "#\"\"\"\n"
        for line in lines {
            out += (line.isEmpty ? "" : indent + line) + "\n"
        }
        // The line break before the closing delimiter is not part of the value.
        out += "\n" + indent + "\"\"\"#"
        return out
    }

    /// Where `checkedIn` (the file as it is) and `generated` (as it should be) first
    /// differ, as a message naming the file and the command that regenerates it; nil when
    /// they are equal.
    public static func staleness(checkedIn: String?, generated: String) -> String? {
        guard let checkedIn else {
            return "'\(outputPath)' is missing; run '\(command)' to generate it"
        }
        if checkedIn == generated { return nil }
        let old = checkedIn.split(separator: "\n", omittingEmptySubsequences: false)
        let new = generated.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < old.count, index < new.count, old[index] == new[index] { index += 1 }
        let was = index < old.count ? shortened(old[index]) : "<end>"
        let expected = index < new.count ? shortened(new[index]) : "<end>"
        return """
            '\(outputPath)' is stale: it differs from '\(rulesDirectory)/' at line \(index + 1)
              checked in: \(was)
              expected:   \(expected)
            run '\(command)' to regenerate it
            """
    }

    /// A line of at most 100 characters, for a message (archive lines are long).
    private static func shortened(_ line: Substring) -> String {
        line.count <= 100 ? String(line) : line.prefix(99) + "…"
    }
}
