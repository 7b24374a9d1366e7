import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The compiled program's fast paths against its plain ones.
@Suite("Program")
struct ProgramTests {
    @Test(
        "the tables add the same points as the rules one by one",
        arguments: [
            RuleBase.builtIn,
            try! RuleBase(source: CompletionAnalysisTableTests.mixedSource, path: "mixed"),
            try! RuleBase(source: ProgramAnalyseTests.tiesSource, path: "ties"),
        ])
    func tablesMatchRules(_ rules: RuleBase) throws {
        let observed = rules.program.memory.wideRows.isEmpty
        #expect(!observed)
        var generator = SeededGenerator(state: 21)
        for round in 0..<2000 {
            var profile = Profile(for: rules)
            for index in rules.criteria.indices
            where round % 4 == 0 || Bool.random(using: &generator) {
                profile.setRawValue(
                    CompletionAnalysisTableTests.randomValue(
                        rules, index, unknown: 0, using: &generator),
                    at: index)
            }
            rules.withFacts(of: profile) { facts, stack in
                var tables = [Int64](repeating: 0, count: rules.forms.count)
                var one = tables
                tables.withUnsafeMutableBufferPointer {
                    rules.program.score(facts, into: $0, stack: stack)
                }
                one.withUnsafeMutableBufferPointer {
                    rules.program.scoreEveryRule(facts, into: $0.baseAddress!)
                }
                #expect(tables == one, "\(profile)")
            }
        }
    }

    @Test("a value in no class (out of its range) is scored rule by rule")
    func outsideClasses() throws {
        let rules = try RuleBase(source: CompletionAnalysisTableTests.mixedSource, path: "mixed")
        var profile = Profile(for: rules)
        profile.setRawValue(1000, at: rules.criterion("count")!.index)
        profile.setRawValue(0.2, at: rules.criterion("ratio")!.index)
        rules.withFacts(of: profile) { facts, stack in
            #expect(rules.program.classIndex(of: facts[2], criterion: 2) == -1)
            var tables = [Int64](repeating: 0, count: rules.forms.count)
            var one = tables
            tables.withUnsafeMutableBufferPointer {
                rules.program.score(facts, into: $0, stack: stack)
            }
            one.withUnsafeMutableBufferPointer {
                rules.program.scoreEveryRule(facts, into: $0.baseAddress!)
            }
            #expect(tables == one)
            #expect(tables[1] == 3_000_000)
        }
    }
}
