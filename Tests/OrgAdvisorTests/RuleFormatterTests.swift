import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorRules

/// The formatter (`orgadvisor fmt`): every rule file of the repository formats to one
/// that compiles to the same rule base, formatting is idempotent, comments stay where
/// they were, and syntax errors leave the file alone.
@Suite("Rule formatter")
struct RuleFormatterTests {
    /// Rule files that load together, by where they are.
    struct RuleBaseCase: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [String]
        var testDescription: String { name }

        /// `Rules/` and every rule file under `Tests/` that loads, and the reference
        /// document's examples.
        static let all: [RuleBaseCase] = {
            func directory(_ path: String) -> [String] {
                ((try? TestFiles.list(path)) ?? []).filter { $0.hasSuffix(".orgrules") }.map {
                    path + "/" + $0
                }
            }
            var cases = [RuleBaseCase(name: "Rules/", files: directory("Rules"))]
            for path in [
                "Tests/OrgAdvisorTests/Fixtures/valid", "Tests/OrgAdvisorTests/Fixtures/deep",
                "Tests/Fixtures/hostile/byte-order-mark-rules",
                "Tests/Fixtures/hostile/markdown-injection",
            ] {
                for file in directory(path) {
                    cases.append(RuleBaseCase(name: file, files: [file]))
                }
            }
            return cases
        }()

        var sourceFiles: [SourceFile] {
            files.map { path in
                SourceFile(
                    path: path, bytes: Array((try? Data(contentsOf: TestFiles.url(path))) ?? Data())
                )
            }
        }
    }

    /// The file formatted, failing the test on an error.
    static func formatted(_ file: SourceFile, tests: Bool = false) -> String {
        do {
            return try RuleFormatter().format(file, tests: tests)
        } catch {
            Issue.record("\(file.path): \(error)")
            return ""
        }
    }

    /// A dump of a value without what depends on the layout of its source: locations,
    /// the fingerprint and paths, and the spaces in a condition's source text.
    static func layoutFree(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        if mirror.children.isEmpty {
            return "\(value)"
        }
        let parts = mirror.children.compactMap { child -> String? in
            switch child.label {
            case "location", "fingerprint", "paths", "lineText", "lineTextOffset": return nil
            case "utf8" where mirror.subjectType == ConditionSource.self:
                // The condition as written, without its spaces, line breaks and comments.
                let text = (value as! ConditionSource).text
                let lines = text.split(separator: "\n").map {
                    $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                }
                return "text: " + lines.joined().filter { $0 != " " }
            default: return "\(child.label ?? ""): \(layoutFree(child.value))"
            }
        }
        return "\(mirror.subjectType)(" + parts.joined(separator: ", ") + ")"
    }

    @Test("the repository has rule files to format")
    func filesFound() {
        #expect(RuleBaseCase.all.count >= 5)
        #expect(RuleBaseCase.all[0].files.count >= 6)
    }

    @Test("formatted rule files compile to the same rule base", arguments: RuleBaseCase.all)
    func sameRuleBase(_ testCase: RuleBaseCase) throws {
        let original = try CheckedRuleBase(files: testCase.sourceFiles)
        let formatted = testCase.sourceFiles.map { file in
            SourceFile(path: file.path, text: Self.formatted(file))
        }
        let reloaded = try CheckedRuleBase(files: formatted)
        let expected = Self.layoutFree(original)
        let actual = Self.layoutFree(reloaded)
        let same = zip(expected, actual).prefix { $0 == $1 }.count
        #expect(
            actual == expected,
            "differs after: \(expected.prefix(same).suffix(300)): \(expected.dropFirst(same).prefix(200)) / \(actual.dropFirst(same).prefix(200))"
        )
    }

    @Test("formatting a formatted file changes nothing", arguments: RuleBaseCase.all)
    func idempotent(_ testCase: RuleBaseCase) {
        for file in testCase.sourceFiles {
            let once = Self.formatted(file)
            let twice = Self.formatted(SourceFile(path: file.path, text: once))
            #expect(twice == once, "\(file.path)")
        }
    }

    @Test("every comment is kept", arguments: RuleBaseCase.all)
    func commentsKept(_ testCase: RuleBaseCase) {
        func comments(_ text: String) -> [String] {
            var parser = Parser(
                file: SourceFile(path: "f", text: text), fileIndex: 0,
                allowed: RuleFormatter.ruleKinds)
            _ = parser.parseFile()
            let file = SourceFile(path: "f", text: text)
            return parser.comments.map {
                RuleFileLayout.commentText(file.text($0))
            }
        }
        for file in testCase.sourceFiles {
            let text = String(decoding: file.bytes, as: UTF8.self)
            let original = comments(text)
            #expect(comments(Self.formatted(file)) == original, "\(file.path)")
        }
    }

    @Test("the built-in rules are formatted")
    func builtInFormatted() {
        for file in RuleBaseCase.all[0].sourceFiles {
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(
                Self.formatted(file) == text, "\(file.path): run 'swift run orgadvisor fmt Rules'")
        }
    }

    @Test("rule files whose names do not resolve format, and keep their errors")
    func invalidFixtures() throws {
        let directory = "Tests/OrgAdvisorTests/Fixtures/invalid"
        var formattedCount = 0
        for name in try TestFiles.list(directory) where name.hasSuffix(".orgrules") {
            let path = directory + "/" + name
            let file = SourceFile(
                path: path, bytes: Array(try Data(contentsOf: TestFiles.url(path))))
            guard let formatted = try? RuleFormatter().format(file) else { continue }
            formattedCount += 1
            func messages(_ file: SourceFile) -> [String] {
                do {
                    _ = try CheckedRuleBase(files: [file])
                    return []
                } catch {
                    // Without the lines and columns the messages name.
                    return error.diagnostics.map {
                        $0.message.replacing(/:\d+:\d+/, with: "")
                    }
                }
            }
            #expect(
                messages(SourceFile(path: path, text: formatted)) == messages(file), "\(path)")
        }
        #expect(formattedCount >= 10)
    }

    @Test("a test file formats to the same cases")
    func testFile() throws {
        for path in [
            "Examples/course-scenarios.orgtests",
            "Tests/OrgAdvisorCLITests/Fixtures/accented.orgtests",
        ] {
            let file = SourceFile(path: path, text: try TestFiles.text(path))
            let once = Self.formatted(file, tests: true)
            #expect(Self.formatted(SourceFile(path: path, text: once), tests: true) == once)
            let original = try RuleTestSuite(files: [file], ruleBase: .builtIn)
            let reloaded = try RuleTestSuite(
                files: [SourceFile(path: path, text: once)], ruleBase: .builtIn)
            #expect(reloaded.cases.map(\.id) == original.cases.map(\.id))
            #expect(reloaded.cases.map(\.profile) == original.cases.map(\.profile))
            #expect(reloaded.run().map(\.passed) == original.run().map(\.passed))
        }
    }

    @Test("a file with a syntax error is not formatted; its errors are reported")
    func syntaxError() {
        let file = SourceFile(path: "bad.orgrules", text: "form f\n    label « F »\n")
        #expect {
            _ = try RuleFormatter().format(file)
        } throws: { error in
            let diagnostics = (error as? RuleBaseError)?.diagnostics ?? []
            return diagnostics.first?.description
                == "bad.orgrules:2:11: error: unexpected character '«'"
        }
    }
}
