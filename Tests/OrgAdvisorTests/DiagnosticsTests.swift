import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Golden tests of diagnostics: each file in `Fixtures/invalid` must fail to load, and
/// its rendered diagnostics must equal the `.expected` file beside it.
@Suite("Diagnostics")
struct DiagnosticsTests {
    static let directory = "Tests/OrgAdvisorTests/Fixtures/invalid"

    static let fixtures: [String] =
        (try? TestFiles.list(directory).filter { $0.hasSuffix(".orgrules") }) ?? []

    @Test("every invalid fixture fails with its expected diagnostics", arguments: fixtures)
    func invalidFixture(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: TestFiles.url("\(Self.directory)/\(name)")))
        let file = SourceFile(path: name, bytes: bytes)
        do {
            _ = try RuleBase(files: [file])
            Issue.record("\(name) loaded without error")
        } catch {
            #expect(error.diagnostics.contains { $0.severity == .error })
            let rendered = DiagnosticRenderer(color: false).render(error.diagnostics)
            let expected = "\(Self.directory)/\(name.replacing(".orgrules", with: ".expected"))"
            if let mismatch = TestFiles.snapshotMismatch(rendered, at: expected) {
                Issue.record(Comment(rawValue: mismatch))
            }
        }
    }

    @Test("there is a fixture for each kind of load error")
    func coverage() {
        #expect(Self.fixtures.count >= 25)
    }

    @Test("every diagnostic carries a location, a source line and a caret width")
    func diagnosticsArePlaced() throws {
        for name in Self.fixtures
        where name != "empty.orgrules" && name != "no-form-declared.orgrules" {
            let bytes = try [UInt8](Data(contentsOf: TestFiles.url("\(Self.directory)/\(name)")))
            do {
                _ = try RuleBase(files: [SourceFile(path: name, bytes: bytes)])
            } catch {
                for diagnostic in error.diagnostics {
                    #expect(diagnostic.location != nil, "\(name): \(diagnostic.message)")
                    #expect(diagnostic.lineText != nil, "\(name): \(diagnostic.message)")
                }
            }
        }
    }

    @Test("the valid fixtures load without warnings or errors")
    func validFixtures() throws {
        for name in try TestFiles.list("Tests/OrgAdvisorTests/Fixtures/valid") {
            let text = try TestFiles.text("Tests/OrgAdvisorTests/Fixtures/valid/\(name)")
            let rules = try RuleBase(source: text, path: name)
            #expect(rules.warnings.isEmpty, "\(rules.warnings)")
        }
    }

    struct SuggestionCase: Sendable {
        let name: String
        let candidates: [String]
        let expected: String?
    }

    @Test(
        "suggestions find plausible typos only",
        arguments: [
            SuggestionCase(name: "volum", candidates: ["volume", "sites"], expected: "volume"),
            SuggestionCase(name: "hihg", candidates: ["low", "high"], expected: "high"),
            SuggestionCase(name: "becuase", candidates: ["because", "card"], expected: "because"),
            SuggestionCase(name: "Volume", candidates: ["volume"], expected: "volume"),
            SuggestionCase(name: "zzz", candidates: ["volume", "sites"], expected: nil),
            SuggestionCase(name: "x", candidates: ["volume"], expected: nil),
            SuggestionCase(
                name: "call", candidates: ["call-center", "hotline"], expected: "call-center"),
        ])
    func suggestions(_ test: SuggestionCase) {
        #expect(NameSuggestion.nearest(to: test.name, in: test.candidates) == test.expected)
    }

    @Test("a load reports at most a thousand diagnostics, then says how many more")
    func diagnosticLimit() {
        // 1,500 lines that each start no declaration, each with its own error.
        let source = String(repeating: "criterion: yesno\n", count: 1500)
        #expect {
            try RuleBase(source: source)
        } throws: { error in
            guard let diagnostics = (error as? RuleBaseError)?.diagnostics else { return false }
            return diagnostics.count == 1001 && diagnostics.last?.severity == .note
                && diagnostics.last?.message
                    == "500 more diagnostics not shown; fix the ones above first"
        }
    }
}
