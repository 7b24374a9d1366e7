@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Writes `Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift`: the default rule files'
/// texts and their compiled archive, formatted as swift-format wants them.
enum BuiltInRulesGenerator {
    static let path = "Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift"

    /// The Swift source for rule files read from `Rules/`.
    static func source(files: [SourceFile]) throws -> String {
        var compiler = RuleBaseCompiler(files: files)
        let parts = try compiler.compile()
        let archive = try RuleBaseArchive.encode(parts)
        var out = """
            // Generated from Rules/*.orgrules by Scripts/embed-rules.sh: do not edit by hand.
            // The tests fail when this file and Rules/ disagree.

            extension RuleBase {
                /// The default rule base's files, as shipped inside the binary.
                static let builtInSources: [(path: String, text: String)] = [

            """
        for file in files {
            let text = String(decoding: file.bytes, as: UTF8.self)
            out += "        (\n            \"\(file.path)\",\n"
            out += try rawString(text, indent: "            ") + "\n        ),\n"
        }
        out += "    ]\n\n"
        out += "    /// The default rule base, compiled (see `RuleBaseArchive`).\n"
        out += "    static let builtInArchive =\n"
        out += try rawString(archive, indent: "        ") + "\n}\n"
        return out
    }

    struct Unembeddable: Error, CustomStringConvertible {
        let description: String
    }

    /// A raw multi-line string literal whose value is exactly `text`, which must end
    /// with a line break and hold neither `"""#` nor `\#`.
    private static func rawString(_ text: String, indent: String) throws -> String {
        guard text.hasSuffix("\n"), !text.contains("\"\"\"#"), !text.contains("\\#") else {
            throw Unembeddable(
                description: "a text cannot be embedded: it must end with a line break")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()
        var out = indent + "#\"\"\"\n"
        for line in lines {
            out += (line.isEmpty ? "" : indent + line) + "\n"
        }
        // The line break before the closing delimiter is not part of the value.
        out += "\n" + indent + "\"\"\"#"
        return out
    }
}
