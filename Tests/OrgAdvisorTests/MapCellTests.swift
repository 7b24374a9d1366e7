import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// A decision map's cells from their completions (``AnswerCompletions``, kept from one
/// cell to the next): each must be exactly the cell its evaluation gives, every field,
/// on random rule bases (and rule bases of coupled criteria) and random base profiles.
@Suite("Decision map: cells from completions")
struct MapCellTests {
    static let cases = [
        RuleBaseSample(seed: 21, ruleBases: 60, coupled: false),
        RuleBaseSample(seed: 22, ruleBases: 8, coupled: true),
    ]

    @Test("every cell from completions equals the cell from its evaluation", arguments: cases)
    func cellsFromCompletions(_ run: RuleBaseSample) throws {
        var generator = SeededGenerator(state: run.seed)
        var cells = 0
        var found = 0
        for number in 0..<run.ruleBases {
            let rules = try run.ruleBase(number, using: &generator)
            let space = ProfileSpace(rules)
            guard rules.criteria.count >= 2 else { continue }
            for round in 0..<3 {
                let x = Int.random(in: 0..<rules.criteria.count, using: &generator)
                let y =
                    (x + Int.random(in: 1..<rules.criteria.count, using: &generator))
                    % rules.criteria.count
                let base = randomProfile(rules, given: round, using: &generator)
                // One for the whole map, as `decisionMapCells` keeps it.
                var completions = AnswerCompletions(ruleBase: rules, onlyJoint: round == 2)
                let columns = space.classes[x].count
                space.forEach(varying: [y, x], of: base, includingUnknown: false) {
                    position, profile in
                    let (column, row) = (position % columns, position / columns)
                    cells += 1
                    guard
                        let quick = rules.mapCell(
                            profile, x: column, y: row, completions: &completions)
                    else { return }
                    found += 1
                    let whole = rules.mapCell(profile, x: column, y: row)
                    #expect(quick == whole, "\(rules.name) \(x) × \(y): \(profile.values)")
                }
                // The map gives the same cells, whichever way each was found.
                let map = rules.decisionMap(x: x, y: y, base: base)
                var plain: [DecisionMap.Cell] = []
                space.forEach(varying: [y, x], of: base, includingUnknown: false) {
                    position, profile in
                    plain.append(
                        rules.mapCell(profile, x: position % columns, y: position / columns))
                }
                #expect(map.cells == plain)
            }
        }
        // The completions must find most cells for this test to mean something.
        #expect(found * 2 > cells, "\(found) cells from completions of \(cells)")
    }

    @Test("without a table that reads two unknown criteria, the cells are evaluated")
    func independentCriteria() throws {
        // The built-in rules each read one criterion: their tables read one criterion.
        let rules = RuleBase.builtIn
        var profile = Profile(for: rules)
        profile.setRawValue(5, at: try #require(rules.criterion("sites")).index)
        profile.setRawValue(2, at: try #require(rules.criterion("volume")).index)
        for onlyJoint in [false, true] {
            var completions = AnswerCompletions(ruleBase: rules, onlyJoint: onlyJoint)
            let cell = rules.mapCell(profile, x: 0, y: 0, completions: &completions)
            #expect((cell == nil) == onlyJoint)
            if let cell { #expect(cell == rules.mapCell(profile, x: 0, y: 0)) }
        }
    }
}
