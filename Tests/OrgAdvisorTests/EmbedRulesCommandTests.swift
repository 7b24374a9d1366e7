import Foundation
import OrgAdvisorRuleEmbedding
import TestSupport
import Testing

/// `orgadvisor-embed-rules`, run in-process on a copy of the package's rule files: it
/// writes the generated source, says when it is stale, and reports rule errors located.
@Suite("Embedding the built-in rules")
struct EmbedRulesCommandTests {
    /// A package root in a new temporary directory holding a copy of `Rules/` and of the
    /// generated file (the caller removes it).
    private func copyOfPackage() throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("orgadvisor-embed-\(UUID().uuidString)").path
        let manager = FileManager.default
        try manager.createDirectory(
            atPath: root + "/Sources/OrgAdvisorEngine/BuiltIn", withIntermediateDirectories: true)
        try manager.copyItem(atPath: TestFiles.url("Rules").path, toPath: root + "/Rules")
        let output = BuiltInRulesGenerator.outputPath
        try manager.copyItem(atPath: TestFiles.url(output).path, toPath: root + "/" + output)
        return root
    }

    @Test("the checked-in file is what the generator writes, byte for byte")
    func checkedInFileIsGenerated() throws {
        let root = try copyOfPackage()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let check = EmbedRulesCommand.run(["--check", "--package-path", root])
        #expect(check == .init(stdout: "'\(BuiltInRulesGenerator.outputPath)' is up to date\n"))
        let run = EmbedRulesCommand.run([], currentDirectory: root)
        #expect(run == .init(stdout: "'\(BuiltInRulesGenerator.outputPath)' is up to date\n"))
        #expect(
            try TestFiles.text(BuiltInRulesGenerator.outputPath).hasPrefix(
                "// Generated from Rules/*.orgrules by orgadvisor-embed-rules: do not edit by hand.\n"
                    + "// Regenerate with `swift run orgadvisor-embed-rules`;"))
    }

    @Test(
        "after a rule file changes, --check fails naming the line and the command; a run fixes it")
    func staleFile() throws {
        let root = try copyOfPackage()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/Rules/40-rules.orgrules"
        try (String(contentsOfFile: path, encoding: .utf8) + "# one more comment\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let package = BuiltInRulesPackage(root: root)
        #expect(try package.staleness() != nil)
        let check = EmbedRulesCommand.run(["--check"], currentDirectory: root)
        #expect(check.code == 1)
        #expect(check.stdout == "")
        #expect(
            check.stderr.hasPrefix(
                "Error: 'Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift' is stale:"
                    + " it differs from 'Rules/' at line "))
        #expect(check.stderr.hasSuffix("run 'swift run orgadvisor-embed-rules' to regenerate it\n"))
        let run = EmbedRulesCommand.run(["--package-path", root])
        #expect(
            run
                == .init(
                    stdout: "wrote 'Sources/OrgAdvisorEngine/BuiltIn/BuiltInRuleFiles.swift'\n"))
        #expect(try package.staleness() == nil)
        #expect(EmbedRulesCommand.run(["--check", "--package-path", root]).code == 0)
    }

    @Test("a rule error is reported at its file, line and column, and nothing is written")
    func ruleError() throws {
        let root = try copyOfPackage()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/Rules/40-rules.orgrules"
        let broken = """

            rule broken
                when volum >= high
                points hotline +1
                because en "a test" fr "un test"
                card "Hotline"

            """
        let text = try String(contentsOfFile: path, encoding: .utf8) + broken
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let line =
            try #require(
                text.split(separator: "\n", omittingEmptySubsequences: false)
                    .firstIndex(of: "    when volum >= high")) + 1
        let before = BuiltInRulesPackage(root: root).checkedIn()
        for arguments in [[], ["--check"]] {
            let run = EmbedRulesCommand.run(arguments + ["--package-path", root])
            #expect(run.code == 3)
            #expect(run.stdout == "")
            #expect(
                run.stderr.hasPrefix(
                    "Rules/40-rules.orgrules:\(line):10: error: unknown criterion 'volum';"
                ), "\(run.stderr)")
        }
        #expect(BuiltInRulesPackage(root: root).checkedIn() == before)
    }

    @Test("a misspelt option is a usage error with a suggestion")
    func usageError() {
        let run = EmbedRulesCommand.run(["--chek"])
        #expect(run.code == 2)
        #expect(
            run.stderr
                == "Error: unknown argument '--chek'; did you mean '--check'?\n"
                + "Usage: orgadvisor-embed-rules [--check] [--package-path <directory>]\n")
    }
}
