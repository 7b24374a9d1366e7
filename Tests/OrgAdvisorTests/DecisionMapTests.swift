import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("Decision maps")
struct DecisionMapTests {
    /// Two forms, three criteria, every cell and share worked out by hand below.
    static let small = """
        criterion n: integer from 0 to 9
            label "N"
            weight 1
        criterion k: choice
            label "K"
            weight 1
            value a en "a" fr "a"
            value b en "b" fr "b"
        criterion z: yesno
            label "Z"
            weight 1
        form p
            label "P"
            description "P"
        form q
            label "Q"
            description "Q"
        rule big
            when n >= 5
            points p +2
            because "big"
        rule ka
            when k = a
            points q +1
            because "a"
        rule kb
            when k = b
            points p +1, q +1
            because "b"
        rule zy
            when z = yes
            points q +3
            because "z"

        """

    /// One expected cell: its classes (by label), possible winners, tie, final scores.
    struct Expected: Sendable, CustomTestStringConvertible {
        let x: String
        let y: String
        let possible: [String]
        var tie = false
        var scores: [Int]?
        var testDescription: String { "\(x), \(y)" }
    }

    static func cell(_ map: DecisionMap, x: String, y: String) throws -> DecisionMap.Cell {
        let column = try #require(map.x.labels.firstIndex { $0.text(.english) == x })
        let row = try #require(map.y.labels.firstIndex { $0.text(.english) == y })
        return map.cell(x: column, y: row)
    }

    static func check(_ map: DecisionMap, _ expected: [Expected]) throws {
        let rules = map.ruleBase
        #expect(map.cells.count == expected.count)
        for test in expected {
            let cell = try cell(map, x: test.x, y: test.y)
            #expect(cell.possibleWinners.map { rules.forms[$0].id } == test.possible, "\(test)")
            #expect(
                cell.winner.map { rules.forms[$0].id }
                    == (test.possible.count == 1 ? test.possible[0] : nil))
            #expect(cell.tie == test.tie, "\(test)")
            #expect(cell.scoresAreFinal == (test.scores != nil), "\(test)")
            if let scores = test.scores {
                #expect(cell.scores == scores.map { Score(points: $0) }, "\(test)")
            }
        }
    }

    @Test("a small rule base, every criterion but the axes given")
    func smallGiven() throws {
        let rules = try RuleBase(source: Self.small)
        let base = try rules.profile(["z": "no"])
        let map = rules.decisionMap(x: 0, y: 1, base: base)
        #expect(map.x.labels.map { $0.text(.english) } == ["0…4", "5…9"])
        #expect(map.y.labels.map { $0.text(.english) } == ["a", "b"])
        #expect(map.notGiven.isEmpty)
        #expect(map.given == [2])
        // n 0…4, k a: p 0, q 1 → q.  n 5…9, k a: p 2, q 1 → p.
        // n 0…4, k b: p 1, q 1 → tie: both at the top.  n 5…9, k b: p 3, q 1 → p.
        try Self.check(
            map,
            [
                Expected(x: "0…4", y: "a", possible: ["q"], scores: [0, 1]),
                Expected(x: "5…9", y: "a", possible: ["p"], scores: [2, 1]),
                Expected(x: "0…4", y: "b", possible: ["p", "q"], tie: true, scores: [1, 1]),
                Expected(x: "5…9", y: "b", possible: ["p"], scores: [3, 1]),
            ])
    }

    @Test("a small rule base with a criterion left unknown: the possible winners")
    func smallUnknown() throws {
        let rules = try RuleBase(source: Self.small)
        let map = rules.decisionMap(x: 0, y: 1, base: Profile(for: rules))
        #expect(map.notGiven == [2])
        // z = yes adds q +3, z = no nothing.
        // n 0…4, k a: q 1 or q 4 against p 0 → always q (scores not final).
        // n 5…9, k a: p 2 against q 1 (no) or q 4 (yes) → p or q.
        // n 0…4, k b: p 1 against q 1 (no: tie, p first) or q 4 → p or q.
        // n 5…9, k b: p 3 against q 1 or q 4 → p or q.
        try Self.check(
            map,
            [
                Expected(x: "0…4", y: "a", possible: ["q"]),
                Expected(x: "5…9", y: "a", possible: ["p", "q"]),
                Expected(x: "0…4", y: "b", possible: ["p", "q"]),
                Expected(x: "5…9", y: "b", possible: ["p", "q"]),
            ])
    }

    @Test("the axes replace the base profile's values of the axis criteria")
    func axesReplaceBase() throws {
        let rules = try RuleBase(source: Self.small)
        let base = try rules.profile(["z": "no", "n": "7", "k": "a"])
        let map = rules.decisionMap(x: 0, y: 1, base: base)
        #expect(map.given == [2])
        #expect(!map.base.isGiven(0) && !map.base.isGiven(1))
        #expect(try Self.cell(map, x: "0…4", y: "a").winner == 1)
    }

    @Test("whole-space shares of the small rule base")
    func smallShares() throws {
        let rules = try RuleBase(source: Self.small)
        let space = ProfileSpace(rules)
        // 2 classes of n × 2 values of k × 2 of z = 8 fully given profiles.
        // z = no: q (0…4, a); p (5…9, a); p by a tie (0…4, b); p (5…9, b).
        // z = yes: q has 4 (or 4 with k = b) against p's 0, 2, 1 and 3: q four times.
        // So p wins 3 (one by the tie-break), q wins 5; one tie.
        let shares = rules.winShares(in: space)
        #expect(shares.isEnumerated)
        #expect(shares.spaceSize == 8)
        #expect(shares.counted == 8)
        #expect(shares.wins == [3, 5])
        #expect(shares.tieWins == [1, 0])
        #expect(shares.ties == 1)
        #expect(shares.share(of: 0) == 0.375)
        #expect(shares.share(of: 1) == 0.625)
        for parts in 1...9 {
            let ranges = WinShares.ranges(of: 8, parts: parts)
            #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == 8)
            let merged = WinShares.merged(
                ranges.reversed().map { rules.winShares(in: space, range: $0) }, space: space)
            #expect(merged == shares, "\(parts) parts")
        }
    }

    /// A derivation: many sites make the structure spread, unless it is given.
    static let derived = """
        criterion sites: integer from 1
            label "Sites"
            weight 1
        criterion structure: choice
            label "Structure"
            weight 1
            value central en "central" fr "central"
            value spread en "spread" fr "réparti"
        criterion v: level
            label "V"
            weight 1
            value low en "low" fr "bas"
            value high en "high" fr "haut"
        form p
            label "P"
            description "P"
        form q
            label "Q"
            description "Q"
        derive spread-from-sites
            set structure = spread
            when sites >= 3
            because "many sites"
        rule central
            when structure = central
            points p +2
            because "central"
        rule spread
            when structure = spread
            points q +2
            because "spread"
        rule high
            when v = high
            points q +1
            because "high"

        """

    @Test("a derived criterion: sites decide the structure only when it is not given")
    func derivedCriterion() throws {
        let rules = try RuleBase(source: Self.derived)
        // Structure unknown: with 1…2 sites it stays unknown (central: p, spread: q);
        // with >= 3 sites it is derived spread: q +2 (+1 with v = high).
        let open = rules.decisionMap(x: 0, y: 2, base: Profile(for: rules))
        #expect(open.x.labels.map { $0.text(.english) } == ["1…2", ">= 3"])
        try Self.check(
            open,
            [
                Expected(x: "1…2", y: "low", possible: ["p", "q"]),
                Expected(x: ">= 3", y: "low", possible: ["q"], scores: [0, 2]),
                Expected(x: "1…2", y: "high", possible: ["p", "q"]),
                Expected(x: ">= 3", y: "high", possible: ["q"], scores: [0, 3]),
            ])
        #expect(try Self.cell(open, x: ">= 3", y: "low").derived == [1])
        #expect(try Self.cell(open, x: "1…2", y: "high").derived == [])
        #expect(open.derivation(of: 1) == .somewhere)
        let many = rules.decisionMap(x: 2, y: 1, base: try rules.profile(["sites": "4"]))
        #expect(many.derivation(of: 1) == .nowhere, "the structure is an axis: never derived")
        let bySites = rules.decisionMap(
            x: 2, y: 0, base: Profile(for: rules))
        #expect(bySites.notGiven == [1])
        #expect(bySites.derivation(of: 1) == .somewhere)
        // Structure given central: the sites change nothing, p leads everywhere.
        let central = rules.decisionMap(
            x: 0, y: 2, base: try rules.profile(["structure": "central"]))
        try Self.check(
            central,
            [
                Expected(x: "1…2", y: "low", possible: ["p"], scores: [2, 0]),
                Expected(x: ">= 3", y: "low", possible: ["p"], scores: [2, 0]),
                Expected(x: "1…2", y: "high", possible: ["p"], scores: [2, 1]),
                Expected(x: ">= 3", y: "high", possible: ["p"], scores: [2, 1]),
            ])
        // Sites against the structure itself: the structure is given in every cell.
        let both = rules.decisionMap(x: 0, y: 1, base: try rules.profile(["v": "low"]))
        try Self.check(
            both,
            [
                Expected(x: "1…2", y: "central", possible: ["p"], scores: [2, 0]),
                Expected(x: ">= 3", y: "central", possible: ["p"], scores: [2, 0]),
                Expected(x: "1…2", y: "spread", possible: ["q"], scores: [0, 2]),
                Expected(x: ">= 3", y: "spread", possible: ["q"], scores: [0, 2]),
            ])
    }

    /// A random value of a class: its representative, its bounds, or a number between.
    static func randomValue(
        in valueClass: ValueClass, using generator: inout SeededGenerator
    ) -> Double {
        if valueClass.isWhole {
            let low = valueClass.lower ?? ((valueClass.upper ?? 0) - 1000)
            let high = valueClass.upper ?? (low + 1000)
            var value = Double(Int.random(in: Int(low)...Int(high), using: &generator))
            if !valueClass.contains(value) { value = valueClass.representative }
            return value
        }
        let low = valueClass.lower ?? ((valueClass.upper ?? 0) - 1000)
        let high = valueClass.upper ?? (low + 1000)
        let value = low == high ? low : Double.random(in: low...high, using: &generator)
        return valueClass.contains(value) ? value : valueClass.representative
    }

    @Test(
        "every cell of the built-in rules' maps equals evaluate on any value of the cell's classes",
        arguments: 0..<12)
    func cellsMatchEvaluate(seed: Int) throws {
        let rules = RuleBase.builtIn
        let space = ProfileSpace(rules)
        var generator = SeededGenerator(state: UInt64(seed) &* 7919 &+ 11)
        let criteria = Array(rules.criteria.indices)
        let x = criteria.randomElement(using: &generator)!
        let y = criteria.filter { $0 != x }.randomElement(using: &generator)!
        // A base profile: each other criterion given with probability 1/2, any value.
        var base = Profile(for: rules)
        for criterion in criteria where Bool.random(using: &generator) {
            let valueClass = space.classes[criterion].randomElement(using: &generator)!
            base.setRawValue(
                Self.randomValue(in: valueClass, using: &generator), at: criterion)
        }
        let map = rules.decisionMap(x: x, y: y, base: base)
        #expect(map.cells.count == space.classes[x].count * space.classes[y].count)
        for cell in map.cells {
            let xClass = map.x.classes[cell.x]
            let yClass = map.y.classes[cell.y]
            for attempt in 0..<3 {
                var profile = base
                let xValue =
                    attempt == 0
                    ? xClass.representative : Self.randomValue(in: xClass, using: &generator)
                let yValue =
                    attempt == 0
                    ? yClass.representative : Self.randomValue(in: yClass, using: &generator)
                profile.setRawValue(xValue, at: x)
                profile.setRawValue(yValue, at: y)
                let evaluation = rules.evaluate(profile, trace: false)
                let context =
                    "\(rules.criteria[x].id) = \(xValue), \(rules.criteria[y].id) = \(yValue)"
                #expect(evaluation.possibleWinners == cell.possibleWinners, "\(context)")
                #expect(evaluation.scores == cell.scores, "\(context)")
                #expect(evaluation.tiedAtTop.sorted() == cell.tiedAtTop, "\(context)")
                if let winner = cell.winner, cell.scoresAreFinal {
                    #expect(evaluation.ranking[0] == winner, "\(context)")
                }
            }
        }
    }

    @Test(
        "cells computed in parts, put end to end, are the whole map's cells",
        arguments: [1, 3, 7, 40])
    func cellsInParts(parts: Int) throws {
        let rules = RuleBase.builtIn
        let x = try #require(rules.criterion("sites")).index
        let y = try #require(rules.criterion("volume")).index
        var base = Profile(for: rules)
        base.setRawValue(1, at: try #require(rules.criterion("complexity")).index)
        let whole = rules.decisionMap(x: x, y: y, base: base)
        let ranges = WinShares.ranges(of: whole.cells.count, parts: parts)
        let cells = ranges.flatMap { rules.decisionMapCells(x: x, y: y, base: base, range: $0) }
        #expect(cells == whole.cells)
        let assembled = rules.decisionMap(x: x, y: y, base: base, cells: cells)
        #expect(assembled.cells == whole.cells)
        #expect(
            assembled.base.values.elementsEqual(whole.base.values) {
                $0 == $1 || ($0.isNaN && $1.isNaN)
            })
        #expect(assembled.x.classes == whole.x.classes && assembled.y.classes == whole.y.classes)
    }

    @Test("built-in shares: parts merge to the whole, and every profile is counted once")
    func builtInShares() throws {
        let rules = RuleBase.builtIn
        let space = ProfileSpace(rules)
        let whole = rules.winShares(in: space)
        let total = try #require(space.fullCount)
        #expect(whole.isEnumerated && whole.counted == total)
        #expect(whole.wins.reduce(0, +) == total)
        #expect(whole.ties <= total)
        for form in rules.forms.indices { #expect(whole.tieWins[form] <= whole.wins[form]) }
        let merged = WinShares.merged(
            WinShares.ranges(of: total, parts: 7).map { rules.winShares(in: space, range: $0) },
            space: space)
        #expect(merged == whole)
    }

    @Test(
        "built-in shares agree with evaluate on slices of the space",
        arguments: [0, 17_001, 52_000])
    func sharesMatchEvaluate(start: Int) throws {
        let rules = RuleBase.builtIn
        let space = ProfileSpace(rules)
        let range = start..<min(start + 400, space.fullCount!)
        let counted = rules.winShares(in: space, range: range)
        var wins = [Int](repeating: 0, count: rules.forms.count)
        var ties = 0
        space.forEach(
            varying: Array(rules.criteria.indices), of: Profile(for: rules),
            includingUnknown: false,
            in: range
        ) { _, profile in
            let evaluation = rules.evaluate(profile, trace: false)
            wins[evaluation.ranking[0]] += 1
            if evaluation.tiedAtTop.count > 1 { ties += 1 }
        }
        #expect(counted.wins == wins)
        #expect(counted.ties == ties)
        #expect(counted.counted == range.count)
    }

    @Test("a space over the limit is not enumerated, and says so")
    func tooLarge() throws {
        var source = """
            form a
                label "A"
                description "A"

            """
        // 25 criteria of 2 classes: 2^25 profiles, over the limit of 2^24.
        for index in 0..<25 {
            source += """
                criterion c\(index): yesno
                    label "C"
                    weight 1
                rule r\(index)
                    when c\(index) = yes
                    points a +1
                    because "r"

                """
        }
        let rules = try RuleBase(source: source)
        let space = ProfileSpace(rules)
        #expect(space.fullCount == 1 << 25)
        let shares = rules.winShares(in: space)
        #expect(!shares.isEnumerated)
        #expect(shares.counted == 0)
        #expect(shares.spaceSize == 1 << 25)
        var map = rules.decisionMap(x: 0, y: 1, base: Profile(for: rules))
        map.shares = shares
        #expect(DecisionMapText(language: .english).render(map).contains("too many to enumerate"))
        #expect(
            map.json(language: .english)["summary"]?["enumerated"] == .bool(false))
    }

    @Test(
        "short names are unique and short",
        arguments: [
            (
                [
                    "Hotline", "Help-Desk", "Call-center", "Customer-Care-Center",
                    "Power-User-Organisation",
                ],
                ["H", "HD", "CC", "CCC", "PUO"]
            ),
            (["Alpha", "Beta", "Gamma"], ["A", "B", "G"]),
            (["Help Desk", "Hot Dog"], ["HeDe", "HoDo"]),
            (["Ann", "Bob", "Abe"], ["Ann", "Bob", "Abe"]),
            (["Same", "Same"], ["Same1", "Same2"]),
        ])
    func shortNames(labels: [String], expected: [String]) {
        #expect(DecisionMap.shortNames(labels) == expected)
    }
}
