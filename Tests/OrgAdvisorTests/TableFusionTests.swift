import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Which tables are merged (`TableFusion`): tables over two listed criteria or more, while
/// the merged table keeps at most `TableFusion.rowLimit` rows; tables of one criterion and
/// tables that read a number stay as they are.
@Suite("Table fusion")
struct TableFusionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Each table's criteria (its rules are given as the table's index, once).
        let keys: [[Int]]
        /// Each criterion's local classes, unknown included; nil for a number.
        let classes: [Int?]
        /// The tables made: their criteria and the tables they were merged from.
        let expected: [(criteria: [Int], parts: [Int])]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "three pairs over three listed criteria make one table",
            keys: [[0, 1], [1, 2], [0, 2]], classes: [4, 4, 4],
            expected: [([0, 1, 2], [0, 1, 2])]),
        Case(
            name: "a table that reads a number stays as it is",
            keys: [[0, 3], [0, 1], [1, 2]], classes: [4, 4, 4, nil],
            expected: [([0, 3], [0]), ([0, 1, 2], [1, 2])]),
        Case(
            name: "tables of one criterion stay as they are",
            keys: [[0], [1], [0, 1]], classes: [4, 4],
            expected: [([0], [0]), ([1], [1]), ([0, 1], [2])]),
        Case(
            name: "tables of most criteria are placed first, the others join them",
            keys: [[2, 3], [0, 1, 2]], classes: [3, 3, 3, 3],
            expected: [([0, 1, 2, 3], [1, 0])]),
        Case(
            name: "a merge past the row limit makes a table of its own",
            keys: [[0, 1, 2, 3], [4, 5]], classes: [5, 5, 5, 5, 5, 5],
            expected: [([0, 1, 2, 3], [0]), ([4, 5], [1])]),
        Case(
            name: "a table already past the limit is not merged",
            keys: [[0, 1, 2, 3, 4], [0, 1]], classes: [5, 5, 5, 5, 5],
            expected: [([0, 1, 2, 3, 4], [0]), ([0, 1], [1])]),
        Case(
            name: "a table joins a merged table while it stays within the limit",
            keys: [[0, 1, 2], [3, 4, 5], [4, 5, 6]], classes: [8, 8, 8, 8, 8, 8, 2],
            expected: [([0, 1, 2], [0]), ([3, 4, 5, 6], [1, 2])]),
        Case(
            name: "a table joins the merged table it adds the fewest rows to",
            keys: [[0, 1], [2, 3], [4, 5]], classes: [16, 16, 16, 8, 2, 2],
            expected: [([0, 1], [0]), ([2, 3, 4, 5], [1, 2])]),
    ]

    @Test("the tables merged", arguments: cases)
    func merged(_ test: Case) {
        let fusion = TableFusion(
            keys: test.keys, members: test.keys.indices.map { [$0] },
            listedClasses: { test.classes[$0] })
        let made = fusion.tables.map { "\($0.criteria) from \($0.parts)" }
        #expect(made == test.expected.map { "\($0.criteria) from \($0.parts)" })
        for table in fusion.tables {
            #expect(table.rules == table.parts.sorted(), "the rules of its parts, in order")
        }
    }

    @Test(
        "the union of two increasing lists",
        arguments: [
            ([Int](), [Int](), [Int]()), ([1, 3], [2], [1, 2, 3]), ([1, 2], [1, 2], [1, 2]),
            ([0, 4, 9], [4, 5], [0, 4, 5, 9]), ([], [7], [7]),
        ])
    func union(_ first: [Int], _ second: [Int], _ expected: [Int]) {
        #expect(TableFusion.union(first, second) == expected)
        #expect(TableFusion.union(second, first) == expected)
    }

    /// Rules over pairs of listed criteria, and one over a number.
    static let pairsSource = """
        rulebase "pairs" version "1"

        criterion x: choice
            label "X"
            value p
            value q
            value r
        criterion y: choice
            label "Y"
            value p
            value q
        criterion z: yesno
            label "Z"
        criterion n: integer from 0 to 100
            label "N"

        form a
            label "A"
            description "Form A."
        form b
            label "B"
            description "Form B."
        form c
            label "C"
            description "Form C."

        rule xy
            when x = p and y = q
            points a +2
            because "x and y."
        rule yz
            when y = p or not (z = yes)
            points b +1, c -1
            because "y or not z."
        rule xz
            when x in [q, r] and z = yes
            points c +3
            because "x and z."
        rule xy-not
            when not (x = r and y = p)
            points a -1
            because "Not x and y."
        rule xn
            when x = q and n > 40
            points b +2
            because "x and n."
        rule z-alone
            when z = yes
            points a +1
            because "z."
        """

    @Test("merged tables are built as the plain construction builds them, and score as it does")
    func mergedTablesOfRules() throws {
        let rules = try RuleBase(source: Self.pairsSource, path: "pairs.orgrules")
        let program = rules.program
        // x, y and z: one table for the rules over pairs of them; x and n; z alone.
        #expect(program.memory.groups.count == 3)
        let merged = program.memory.groups.buffer.filter { group in
            group.slots.map { program.memory.slotCriterion[$0] } == [0, 1, 2]
        }
        #expect(merged.count == 1)
        #expect(merged.first?.rules.count == 4)
        #expect(TableBuilderTests.disagreements(rules) == [])
        // Every profile, unknown values included, against the rules one by one: the
        // trace (which reads every rule, not the tables) for the scores, and every
        // completion's scores for the possible winners.
        let choices: [[Double]] = [[0, 1, 2], [0, 1], [0, 1], [10, 90]]
        /// The scores of a profile from its trace: the points of the rules that fire.
        func tracedScores(_ profile: Profile) -> [Score] {
            var scores = [Score](repeating: .zero, count: rules.forms.count)
            for rule in rules.evaluate(profile, trace: true).trace!.rules
            where rule.outcome == .true {
                for contribution in rule.contributions {
                    scores[contribution.form] += contribution.score
                }
            }
            return scores
        }
        /// Calls `body` with every profile that takes, for each criterion, one of `values`.
        func forEachProfile(_ values: [[Double]], _ body: (Profile) -> Void) {
            var counter = MixedRadixCounter(radices: values.map { $0.count })
            var profile = Profile(for: rules)
            repeat {
                for (index, digit) in counter.digits.enumerated() {
                    profile.setRawValue(values[index][digit], at: index)
                }
                body(profile)
            } while counter.increment()
        }
        var checked = 0
        forEachProfile(choices.map { [.nan] + $0 }) { profile in
            let given = profile.values
            let evaluation = rules.evaluate(profile)
            #expect(evaluation.scores == tracedScores(profile), "\(given)")
            // The unknown criteria take each of their values, the others keep theirs.
            let completions = given.indices.map { given[$0].isNaN ? choices[$0] : [given[$0]] }
            var winners = Set<Int>()
            forEachProfile(completions) { completion in
                let scores = tracedScores(completion)
                winners.formUnion(scores.indices.filter { scores[$0] == scores.max()! })
            }
            #expect(evaluation.possibleWinners == winners.sorted(), "\(given)")
            checked += 1
        }
        #expect(checked == 4 * 3 * 3 * 3)
    }

    @Test("random rule bases of the property tests have merged tables")
    func randomRuleBasesMerge() throws {
        var generator = SeededGenerator(state: 101)
        var merged = 0
        for number in 0..<40 {
            let base = RandomRuleBase.random(using: &generator)
            let rules = try RuleBase(source: base.source, path: "random-\(number).orgrules")
            let program = rules.program
            let hasMerged = program.memory.groups.buffer.contains { group in
                group.rules.contains { position in
                    rules.rules[program.memory.groupRules[position]].criteria.count
                        < group.slots.count
                }
            }
            if hasMerged { merged += 1 }
        }
        #expect(merged >= 4, "\(merged) of 40 random rule bases have a merged table")
    }

    @Test("an archive of merged tables reads back equal")
    func archive() throws {
        let rules = try RuleBase(source: Self.pairsSource, path: "pairs.orgrules")
        let read = try RuleBase(archive: rules.archive())
        #expect(RuleBaseArchiveTests.differences(rules, read) == [])
    }
}
