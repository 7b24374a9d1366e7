import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Whatever the bytes, loading rules or tests ends with a rule base or diagnostics:
/// never a crash or a hang.
@Suite("Robustness of the loader")
struct RobustnessTests {
    private func load(_ bytes: [UInt8]) {
        let file = SourceFile(path: "fuzz.orgrules", bytes: bytes)
        do {
            let rules = try RuleBase(files: [file])
            _ = rules.evaluate(Profile(for: rules))
        } catch {
            #expect(!error.diagnostics.isEmpty)
            _ = DiagnosticRenderer(color: false).render(error.diagnostics)
        }
        _ = try? RuleTestSuite(
            files: [SourceFile(path: "fuzz.orgtests", bytes: bytes)], ruleBase: RuleBase.builtIn)
    }

    @Test("random bytes never crash the loader")
    func randomBytes() {
        var generator = SeededGenerator(state: 42)
        for _ in 0..<300 {
            let count = Int.random(in: 0..<400, using: &generator)
            load((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
    }

    @Test("random tokens of the language never crash the loader")
    func randomTokens() {
        let words = [
            "criterion", "form", "rule", "derive", "advice", "rulebase", "when", "points",
            "because", "label",
            "value", "weight", "set", "for", "and", "or", "not", "in", "(", ")", "[", "]", ",", ":",
            "=", "!=",
            "<", ">=", "\"text\"", "\"", "en", "fr", "a", "b", "1", "-2", "2.5", "choice", "level",
            "integer",
            "yesno", "decimal", "from", "to", "\n", "\n    ", "#", "é", "\u{FF}",
        ]
        var generator = SeededGenerator(state: 99)
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 1..<80, using: &generator) {
                text += words.randomElement(using: &generator)! + " "
            }
            load(Array(text.utf8))
        }
    }

    @Test("every prefix of the default rule files is handled")
    func truncatedRuleFiles() {
        for file in RuleBase.builtInFiles {
            let bytes = file.bytes
            var cut = 0
            while cut < bytes.count {
                load(Array(bytes[0..<cut]))
                cut += max(1, bytes.count / 150)
            }
        }
    }

    @Test("deeply nested conditions are refused, not a stack overflow")
    func deepNesting() {
        let open = String(repeating: "(", count: 100_000)
        let source = """
            criterion a: yesno
                label "A"
            form f
                label "F"
                description "F"
            rule r
                when \(open)a = yes
                points f 1
                because "deep"
            """
        #expect(throws: RuleBaseError.self) { try RuleBase(source: source) }
        let nots = String(repeating: "not ", count: 100_000)
        #expect(throws: RuleBaseError.self) {
            try RuleBase(source: source.replacing(open, with: nots))
        }
    }

    @Test(
        "chains of 100,000 clauses load, score, explain and render without deep recursion",
        arguments: [("and", 1), ("or", 2)])
    func longChains(keyword: String, sites: Int) throws {
        var source = """
            criterion sites: integer from 1
                label "Sites"
            form f
                label "F"
                description "F"
            rule r
                when sites >= 1

            """
        for index in 0..<100_000 {
            source +=
                "        \(keyword) sites \(keyword == "and" ? ">=" : "=") \(index % 1000 + 1)\n"
        }
        source += "    points f 1\n    because \"long\"\n"
        let rules = try RuleBase(source: source)
        var profile = Profile(for: rules)
        profile.values[0] = Double(sites)
        let evaluation = rules.evaluate(profile, trace: true)
        #expect(evaluation.scores[0].description == (keyword == "and" ? "0" : "1"))
        let effects = rules.unknownCriterionEffects(of: evaluation)
        #expect(
            !TextReport(language: .english, explain: .full).render(evaluation, effects: effects)
                .isEmpty)
        #expect(
            !MarkdownReport(language: .english, explain: .full).render(
                evaluation, effects: effects
            ).isEmpty)
        _ = evaluation.json(language: .english)
    }

    @Test("a UTF-8 byte-order mark before the first line is skipped, and columns ignore it")
    func byteOrderMark() throws {
        let source =
            "criterion x: yesno\n    label \"X\"\nform f\n    label \"F\"\n    description \"F\"\n"
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(source.utf8)
        _ = try RuleBase(files: [SourceFile(path: "bom.orgrules", bytes: bytes)])
        let bad: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("criterion: yesno\n".utf8)
        #expect {
            try RuleBase(files: [SourceFile(path: "bom.orgrules", bytes: bad)])
        } throws: { error in
            let location = (error as? RuleBaseError)?.diagnostics.first?.location
            return location?.line == 1 && location?.column == 10
        }
    }

    @Test("a diagnostic can point anywhere in any bytes, long lines and broken UTF-8 included")
    func diagnosticsAnywhere() {
        let line: [UInt8] =
            Array("rule r when x = yes é ".utf8) + [UInt8](repeating: 0xAB, count: 200)
        let bytes = line + [0x0D, 0x0A] + line + Array("café".utf8) + [0x0A, 0x0D]
        let file = SourceFile(path: "bytes.orgrules", bytes: bytes)
        for start in 0...bytes.count {
            for length in [0, 1, 3, 90, 400] {
                let diagnostic = Diagnostic(
                    .error, "here", in: file, range: start..<min(bytes.count + 5, start + length))
                let text = DiagnosticRenderer(color: false).render(diagnostic)
                #expect(text.hasPrefix("bytes.orgrules:"))
                #expect((diagnostic.lineText?.count ?? 0) <= 3 * Diagnostic.excerptMargin + 8)
            }
        }
    }
}
