import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// Win shares counted from the class tables (``RuleBase/winSharesFromTables(in:range:)``:
/// each step adds again the rows of the tables whose criterion changed class) against
/// every profile scored whole (``RuleBase/winSharesByScoring(in:range:)``).
@Suite("Win shares from the tables")
struct WinSharesTablesTests {
    static let cases = [
        RuleBaseSample(seed: 41, ruleBases: 80, coupled: false),
        RuleBaseSample(seed: 42, ruleBases: 80, coupled: false),
        RuleBaseSample(seed: 43, ruleBases: 10, coupled: true),
    ]

    @Test("the whole space and random ranges count as whole scoring does", arguments: cases)
    func sameCounts(_ run: RuleBaseSample) throws {
        var generator = SeededGenerator(state: run.seed)
        var fromTables = 0
        for number in 0..<run.ruleBases {
            let rules = try run.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            guard let total = space.fullCount, total <= 200_000 else { continue }
            var ranges = [0..<total]
            for _ in 0..<3 {
                let start = Int.random(in: 0...total, using: &generator)
                let end = Int.random(in: start...min(total, start + 5_000), using: &generator)
                ranges.append(start..<end)
            }
            for range in ranges {
                let plain = rules.winSharesByScoring(in: space, range: range)
                guard let counted = rules.winSharesFromTables(in: space, range: range) else {
                    continue
                }
                fromTables += 1
                #expect(counted == plain, "rule base \(number), range \(range)")
            }
            // The public entry takes the tables' path when it can, and gives the same.
            #expect(rules.winShares(in: space) == rules.winSharesByScoring(in: space, range: nil))
        }
        // Most random rule bases fit the tables: the comparison must have happened.
        #expect(fromTables > run.ruleBases, "\(fromTables) ranges counted from the tables")
    }
}
