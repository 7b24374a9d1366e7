import Foundation
import OrgAdvisorRuleEmbedding
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The default rule base: shipped inside the binary, equal to `Rules/`, clean, and
/// faithful to the course's scenarios.
@Suite("Built-in rules")
struct BuiltInRulesTests {
    @Test(
        "the embedded rules and their archive equal Rules/*.orgrules (run 'swift run orgadvisor-embed-rules' after editing)"
    )
    func builtInRulesMatchRulesDirectory() throws {
        let package = BuiltInRulesPackage(root: TestFiles.packageRoot.path)
        if let staleness = try package.staleness() {
            Issue.record(Comment(rawValue: staleness))
        }
        #expect(RuleBase.builtInSources.map(\.path) == (try package.ruleFiles().map(\.path)))
    }

    @Test("the archived built-in rule base behaves exactly like the compiled rule files")
    func archiveRoundTrip() throws {
        let compiled = try RuleBase(files: RuleBase.builtInFiles)
        var compiler = RuleBaseCompiler(files: RuleBase.builtInFiles)
        let parts = try compiler.compile()
        let archive = RuleBaseArchive.encode(parts)
        #expect(RuleBaseArchive.encode(try RuleBaseArchive.decode(archive)) == archive)
        #expect(ArchiveText.encode(archive) == RuleBase.builtInArchive)
        #expect(ArchiveText.decode(RuleBase.builtInArchive) == archive)
        var generator = SeededGenerator(state: 3)
        for _ in 0..<50 {
            let profile = randomProfile(compiled, given: 6, using: &generator)
            var copy = Profile(for: RuleBase.builtIn)
            for index in compiled.criteria.indices {
                copy.setRawValue(profile.rawValue(index), at: index)
            }
            #expect(
                compiled.evaluate(profile).json(language: .french).serialized()
                    == RuleBase.builtIn.evaluate(copy).json(language: .french).serialized())
        }
    }

    @Test("a damaged archive is refused with a reason, never a crash")
    func damagedArchive() throws {
        let archive = try #require(ArchiveText.decode(RuleBase.builtInArchive))
        for cut in stride(from: 0, to: archive.count, by: 997) {
            let prefix = Array(archive.prefix(cut))
            #expect(throws: RuleBaseArchive.Failure.self) { try RuleBaseArchive.decode(prefix) }
            #expect(throws: RuleBaseArchive.Failure.self) { try RuleBase(archive: prefix) }
        }
    }

    @Test(
        "the built-in rule base loads without warnings and declares the course's criteria and forms"
    )
    func shape() {
        let rules = RuleBase.builtIn
        #expect(rules.warnings.isEmpty, "\(rules.warnings)")
        #expect(
            rules.criteria.map(\.id) == [
                "structure", "sites", "employees", "size", "volume", "complexity", "resources",
                "customers",
                "channels", "hours", "powerusers",
            ])
        #expect(
            rules.forms.map(\.id) == [
                "hotline", "help-desk", "call-center", "customer-care-center",
                "power-user-organisation",
            ])
        #expect(rules.name == "orgadvisor-course")
    }

    @Test("every rule cites its course card and explains itself in both languages")
    func rulesCiteTheCourse() {
        for rule in RuleBase.builtIn.rules {
            #expect(rule.card != nil, "rule '\(rule.id)' has no card")
            #expect(rule.because.french != nil && rule.because.english != nil, "rule '\(rule.id)'")
        }
        for form in RuleBase.builtIn.forms {
            #expect(form.description.french != nil && form.description.english != nil)
        }
    }

    @Test(
        "every rule quotes the course in French, and a note marks an interpretation or a reading"
    )
    func rulesMarkInterpretations() {
        for rule in RuleBase.builtIn.rules {
            let french = rule.because.french ?? ""
            #expect(french.contains("«") && french.contains("»"), "rule '\(rule.id)'")
            guard let note = rule.note else { continue }
            let english = note.english ?? ""
            let marked =
                (english.hasPrefix("Interpretation")
                    && note.french?.hasPrefix("Interprétation") == true)
                || (english.hasPrefix("Reading:") && note.french?.hasPrefix("Lecture :") == true)
            #expect(marked, "rule '\(rule.id)': \(english)")
        }
    }

    @Test(
        "the course scenarios pass, with at least five wins per form, one of them a whole company decided with a lead of 3"
    )
    func courseScenarios() throws {
        let text = try TestFiles.text("Examples/course-scenarios.orgtests")
        let suite = try RuleTestSuite(
            files: [SourceFile(path: "Examples/course-scenarios.orgtests", text: text)],
            ruleBase: RuleBase.builtIn)
        let results = suite.run()
        for result in results where !result.passed {
            Issue.record("\(result.testCase.id): \(result.failures)")
        }
        let rules = RuleBase.builtIn
        for form in rules.forms {
            let cases = suite.cases.filter { testCase in
                testCase.expectations.contains { expectation, _ in
                    expectation == .winner(form: form.index)
                }
            }
            #expect(cases.count >= 5, "only \(cases.count) scenarios make '\(form.id)' win")
            // A whole company: every criterion given, structure and size possibly derived.
            let whole = cases.filter { testCase in
                rules.criteria.filter { !["structure", "size"].contains($0.id) }
                    .allSatisfy { testCase.profile.isGiven($0.index) }
            }
            #expect(
                whole.contains { testCase in
                    let expectations = testCase.expectations.map(\.0)
                    return expectations.contains(.status(.decided))
                        && expectations.contains(.lead(atLeast: Score(points: 3)))
                }, "no whole company decided for '\(form.id)' with 'expect lead >= 3'")
        }
    }

    @Test(
        "--sites 5 --volume high gives an explained answer: several sites and many requests pull apart"
    )
    func readmeExample() throws {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(["sites": "5", "volume": "high"]))
        #expect(evaluation.winner.id == "call-center")
        #expect(evaluation.status == .tie)
        #expect(
            evaluation.tiedAtTop.map { rules.forms[$0].id } == [
                "call-center", "power-user-organisation",
            ])
        let trace = try #require(evaluation.trace)
        let reasons = trace.rules.filter { entry in
            entry.outcome == .true
                && entry.contributions.contains { $0.form == evaluation.ranking[0] }
        }
        #expect(!reasons.isEmpty)
        #expect(evaluation.derivedBy[rules.criterion("structure")!.index] != nil)
        #expect(evaluation.unknownCriteria.contains(rules.criterion("complexity")!.index))
    }
}
