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
    /// A profile's scores from the tables and from every rule evaluated one by one.
    static func scores(_ rules: RuleBase, _ profile: Profile) -> (tables: [Int64], one: [Int64]) {
        rules.withFacts(of: profile) { facts, stack in
            var tables = [Int64](repeating: 0, count: rules.forms.count)
            var one = tables
            tables.withUnsafeMutableBufferPointer {
                rules.program.score(facts, into: $0, stack: stack)
            }
            one.withUnsafeMutableBufferPointer {
                rules.program.scoreEveryRule(facts, into: $0.baseAddress!)
            }
            return (tables, one)
        }
    }

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
            let (tables, one) = ProgramTests.scores(rules, profile)
            #expect(tables == one, "\(profile)")
        }
    }

    @Test("a value in no class (out of its range) is scored rule by rule")
    func outsideClasses() throws {
        let rules = try RuleBase(source: CompletionAnalysisTableTests.mixedSource, path: "mixed")
        var profile = Profile(for: rules)
        profile.setRawValue(1000, at: rules.criterion("count")!.index)
        profile.setRawValue(0.2, at: rules.criterion("ratio")!.index)
        rules.withFacts(of: profile) { facts, _ in
            #expect(rules.program.classIndex(of: facts[2], criterion: 2) == -1)
        }
        let (tables, one) = ProgramTests.scores(rules, profile)
        #expect(tables == one)
        #expect(tables[1] == 3_000_000)
    }
}

@Suite("Program: table sizes")
struct ProgramTableSizeTests {
    @Test("past the total row budget, rules are evaluated one by one, with the same scores")
    func totalRowBudget() throws {
        var source = """
            rulebase "budget" version "1"

            criterion p: integer from 0 to 1000
                label "p"
            criterion q: integer from 0 to 1000
                label "q"
            form a
                label "A"
                description "Form A."
            form b
                label "B"
                description "Form B."

            """
        // Each rule alone: 121 local classes of p and of q (60 values and the gaps
        // between them) and unknown, 14,884 rows; twenty of them pass the budget of all
        // tables.
        for index in 0..<20 {
            let list = (1...60).map { String($0 * 10 + index) }.joined(separator: ", ")
            source += """

                rule r\(index)
                    when p in [\(list)] and q in [\(list)]
                    points \(index % 2 == 0 ? "a" : "b") +1
                    because "Large."

                """
        }
        let rules = try RuleBase(source: source, path: "budget.orgrules")
        let rowCount = rules.program.memory.rowCount
        #expect(rowCount <= ProgramMemory.totalRowLimit)
        let generic = rules.program.memory.genericRules.count
        #expect(generic > 0)
        #expect(generic < 20)
        var generator = SeededGenerator(state: 47)
        for _ in 0..<200 {
            var profile = Profile(for: rules)
            for index in rules.criteria.indices where Bool.random(using: &generator) {
                profile.setRawValue(Double(Int.random(in: 0...700, using: &generator)), at: index)
            }
            let (tables, one) = ProgramTests.scores(rules, profile)
            #expect(tables == one, "\(profile)")
        }
    }
}
