import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The syntax printer: printed rule and test files load to the same results as the
/// files they were parsed from, printing is idempotent, and the canonical layout is as
/// shown in the table.
@Suite("Syntax printer")
struct SyntaxPrinterTests {
    /// A rule base as files, named for the test's output.
    struct RuleBaseCase: Sendable, CustomTestStringConvertible {
        var name: String
        var files: [File]
        var testDescription: String { name }

        struct File: Sendable {
            var path: String
            var text: String
        }

        /// The built-in rules and every `orgrules` example of the reference document.
        static let all: [RuleBaseCase] = {
            let builtIn = RuleBase.builtInSources.map { File(path: $0.path, text: $0.text) }
            let document = (try? TestFiles.text(ReferenceDocumentTests.path)) ?? ""
            let blocks = ReferenceDocumentTests.blocks(
                document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            let examples = blocks.filter { $0.tag == "orgrules" }.enumerated().map { index, block in
                RuleBaseCase(
                    name: "reference example \(index + 1) (line \(block.lines.lowerBound + 1))",
                    files: [File(path: "example.orgrules", text: block.text)])
            }
            return [RuleBaseCase(name: "Rules/", files: builtIn)] + examples
        }()

        var sourceFiles: [SourceFile] { files.map { SourceFile(path: $0.path, text: $0.text) } }
    }

    static let ruleKinds: Set<DeclarationKind> = [
        .rulebase, .criterion, .form, .rule, .derive, .advice,
    ]

    /// A file parsed (without errors) and printed back.
    static func printed(_ file: SourceFile, allowed: Set<DeclarationKind>) -> String {
        var parser = Parser(file: file, fileIndex: 0, allowed: allowed)
        let declarations = parser.parseFile()
        #expect(parser.diagnostics.isEmpty, "\(file.path): \(parser.diagnostics)")
        return SyntaxPrinter().print(declarations)
    }

    /// Evaluation JSON without what depends on the layout of the source: locations, the
    /// fingerprint, and the texts of conditions and clauses.
    static func layoutFree(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let items):
            return .array(items.map(layoutFree))
        case .object(let members):
            let isRule = members.contains { $0.0 == "weightSource" }
            let isClause = members.count == 2 && members[0].0 == "text"
            return .object(
                members.filter { key, _ in
                    key != "location" && key != "fingerprint" && !(isRule && key == "condition")
                        && !(isClause && key == "text")
                }.map { ($0, layoutFree($1)) })
        default:
            return value
        }
    }

    @Test("the reference document has examples to print")
    func examplesFound() {
        #expect(RuleBaseCase.all.count >= 11)
    }

    @Test(
        "printed rule files load to a rule base with the same results", arguments: RuleBaseCase.all)
    func sameResults(_ testCase: RuleBaseCase) throws {
        let original = try RuleBase(files: testCase.sourceFiles)
        let printed = testCase.sourceFiles.map { file in
            SourceFile(path: file.path, text: Self.printed(file, allowed: Self.ruleKinds))
        }
        let reloaded = try RuleBase(files: printed)
        #expect(reloaded.warnings.map(\.message) == original.warnings.map(\.message))
        var generator = SeededGenerator(state: 7)
        for round in 0..<60 {
            let given = round % (original.criteria.count + 1)
            let profile = randomProfile(original, given: given, using: &generator)
            let language: Language = round % 2 == 0 ? .english : .french
            let expected = original.evaluate(profile).json(language: language)
            let actual = reloaded.evaluate(profile).json(language: language)
            #expect(Self.layoutFree(actual) == Self.layoutFree(expected), "profile \(round)")
        }
    }

    @Test("printing printed rule files gives the same text", arguments: RuleBaseCase.all)
    func idempotent(_ testCase: RuleBaseCase) {
        for file in testCase.sourceFiles {
            let once = Self.printed(file, allowed: Self.ruleKinds)
            let twice = Self.printed(
                SourceFile(path: file.path, text: once), allowed: Self.ruleKinds)
            #expect(twice == once, "\(file.path)")
        }
    }

    @Test("a printed test file gives the same cases and outcomes")
    func testFile() throws {
        let path = "Examples/course-scenarios.orgtests"
        let file = SourceFile(path: path, text: try TestFiles.text(path))
        let once = Self.printed(file, allowed: [.testCase])
        #expect(Self.printed(SourceFile(path: path, text: once), allowed: [.testCase]) == once)
        let original = try RuleTestSuite(files: [file], ruleBase: .builtIn)
        let reloaded = try RuleTestSuite(
            files: [SourceFile(path: path, text: once)], ruleBase: .builtIn)
        #expect(reloaded.cases.map(\.id) == original.cases.map(\.id))
        #expect(reloaded.cases.map(\.profile) == original.cases.map(\.profile))
        #expect(
            reloaded.cases.map { $0.expectations.map(\.0) }
                == original.cases.map { $0.expectations.map(\.0) })
        #expect(reloaded.cases.map(\.card) == original.cases.map(\.card))
        #expect(reloaded.run().map(\.passed) == original.run().map(\.passed))
    }

    /// A source and its canonical layout.
    struct LayoutCase: Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        var printed: String
        var width = 92
        var tests = false
        var testDescription: String { name }

        static let all: [LayoutCase] = [
            LayoutCase(
                name: "texts: one string, two languages, escapes, comments dropped",
                source: """
                    # a comment
                    form f   # another
                      label   en "One"   fr "Un"
                      description "Deux espaces  ici, \\"guillemets\\", \\\\ et\\nligne"
                      card "c"
                    """,
                printed: """
                    form f
                        label en "One" fr "Un"
                        description "Deux espaces  ici, \\"guillemets\\", \\\\ et\\nligne"
                        card "c"

                    """),
            LayoutCase(
                name: "long texts continue under their first string",
                source: """
                    rule r
                        because fr "aaaa bbbb cccc dddd eeee ffff" en "x"
                    """,
                printed: """
                    rule r
                        because en "x"
                                fr "aaaa bbbb cccc dddd"
                                   "eeee ffff"

                    """, width: 40),
            LayoutCase(
                name: "criteria: types, ranges, values with labels and aliases",
                source: """
                    criterion  n :integer from 1 to  10
                        label "N"
                    criterion l: level
                        label "L"
                        value low en "low" fr "bas" alias "few","peu"
                        value high "high"
                        weight 2.50
                    """,
                printed: """
                    criterion n: integer from 1 to 10
                        label "N"

                    criterion l: level
                        label "L"
                        value low en "low" fr "bas" alias "few", "peu"
                        value high "high"
                        weight 2.50

                    """),
            LayoutCase(
                name: "conditions keep their parentheses; points are listed with commas",
                source: """
                    rule r
                        when a = 1 or b=2 and (c = 3 or not d in [x,y])  and not not e != 4 or f not in [z]
                        points f +1,g -0.5
                    rule s
                        when not (a = 1 and b = 2) and ((c >= 1.5))
                    """,
                printed: """
                    rule r
                        when a = 1 or b = 2 and (c = 3 or not d in [x, y]) and not not e != 4 or f not in [z]
                        points f +1, g -0.5

                    rule s
                        when not (a = 1 and b = 2) and ((c >= 1.5))

                    """),
            LayoutCase(
                name: "rule base header, acceptances, derivations and advice",
                source: """
                    rulebase "n \\"q\\"" version "1"
                        accept tie "t"
                    derive d
                        set s = big
                        when n >= 3
                    advice a
                        title "T"
                        text "X"
                        for f,g
                    """,
                printed: """
                    rulebase "n \\"q\\"" version "1"
                        accept tie "t"

                    derive d
                        set s = big
                        when n >= 3

                    advice a
                        title "T"
                        text "X"
                        for f, g

                    """),
            LayoutCase(
                name: "test cases: givens and every kind of expectation",
                source: """
                    case c
                        given a = 1,b = x, c = "Élevé"
                        expect winner f
                        expect ranking f,g
                        expect rank f 2
                        expect score f -1.5
                        expect advice a
                        expect no advice b
                        expect possible winners f, g
                        expect status  decided
                        expect lead>=3
                    """,
                printed: """
                    case c
                        given a = 1, b = x, c = "Élevé"
                        expect winner f
                        expect ranking f, g
                        expect rank f 2
                        expect score f -1.5
                        expect advice a
                        expect no advice b
                        expect possible winners f, g
                        expect status decided
                        expect lead >= 3

                    """, tests: true),
        ]
    }

    @Test("sources print in the canonical layout", arguments: LayoutCase.all)
    func layout(_ testCase: LayoutCase) {
        let file = SourceFile(path: "layout.orgrules", text: testCase.source)
        var parser = Parser(
            file: file, fileIndex: 0, allowed: testCase.tests ? [.testCase] : Self.ruleKinds)
        let declarations = parser.parseFile()
        #expect(parser.diagnostics.isEmpty, "\(parser.diagnostics)")
        #expect(SyntaxPrinter(width: testCase.width).print(declarations) == testCase.printed)
    }

    @Test("a chain of 100,000 clauses prints on one line, without recursion on its length")
    func longChain() {
        let clauses = (0..<100_000).map { "a = \($0 % 7)" }
        let source = "rule r\n    when " + clauses.joined(separator: " or ") + " and b = 1\n"
        let once = Self.printed(SourceFile(path: "chain.orgrules", text: source), allowed: [.rule])
        #expect(once == source)
    }
}
