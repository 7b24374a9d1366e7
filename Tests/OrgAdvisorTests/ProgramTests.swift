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
    @Test("the vector table adds the same points as the row-by-row table")
    func wideTableMatchesRows() throws {
        let rules = RuleBase.builtIn
        let observed = rules.program.memory.wideTable.isEmpty
        #expect(!observed)
        var generator = SeededGenerator(state: 21)
        for round in 0..<2000 {
            var profile = Profile(for: rules)
            for index in rules.criteria.indices
            where round % 4 == 0 || Bool.random(using: &generator) {
                profile.setRawValue(
                    referenceValues(rules)[index].randomElement(using: &generator), at: index)
            }
            rules.withFacts(of: profile) { facts, stack in
                var wide = [Int64](repeating: 0, count: rules.forms.count)
                var rows = wide
                wide.withUnsafeMutableBufferPointer {
                    rules.program.score(facts, into: $0, stack: stack)
                }
                rows.withUnsafeMutableBufferPointer { rules.program.scoreTable(facts, into: $0) }
                #expect(wide == rows)
            }
        }
    }
}
