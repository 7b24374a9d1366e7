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

    /// Two tables over `a` and `b`, and over `b` and the number `n`, which fusion leaves
    /// apart (a number is read).
    static let jointSource = """
        rulebase "joint" version "1"

        criterion a: choice
            label "A"
            value p
            value q
        criterion b: choice
            label "B"
            value p
            value q
        criterion c: choice
            label "C"
            value p
            value q
        criterion n: integer from 0 to 100
            label "N"

        form f1
            label "F1"
            description "Form 1."
        form f2
            label "F2"
            description "Form 2."

        rule few
            when n < 50
            points f1 +10
            because "Few."
        rule both
            when a = p and b = p
            points f1 +2
            because "Both."
        rule many
            when b = q and n >= 50
            points f2 +20
            because "Many."
        rule alone
            when c = p
            points f2 +1
            because "Alone."
        """

    @Test("a cell declined between two cells of the same unknown criteria leaves no stale sum")
    func declinedCell() throws {
        let rules = try RuleBase(source: Self.jointSource, path: "joint.orgrules")
        let (a, n) = (
            try #require(rules.criterion("a")).index, try #require(rules.criterion("n")).index
        )
        var completions = AnswerCompletions(ruleBase: rules, onlyJoint: true)
        // a, b, c unknown (a table reads a and b); then a given (no table reads two
        // unknown criteria: declined); then a, b, c unknown again, with n changed since the
        // first: the table over b and n has another row, which only a rebuild finds.
        var first = Profile(for: rules)
        first.setRawValue(60, at: n)
        var second = Profile(for: rules)
        second.setRawValue(10, at: n)
        second.setRawValue(0, at: a)
        var third = Profile(for: rules)
        third.setRawValue(10, at: n)
        let expected = [true, false, true]
        for (profile, found) in zip([first, second, third], expected) {
            let cell = rules.mapCell(profile, x: 0, y: 0, completions: &completions)
            #expect((cell != nil) == found)
            if let cell { #expect(cell == rules.mapCell(profile, x: 0, y: 0)) }
        }
        #expect(rules.mapCell(third, x: 0, y: 0).possibleWinners == [0])
    }
}
