import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// A small rule base whose outcomes can be checked by hand.
private let logicRules = """
    criterion a: choice
        label "A"
        value x
        value y
    criterion b: choice
        label "B"
        value x
        value y
    form f
        label "F"
        description "the only form"
    form g
        label "G"
        description "a second form"
    rule probe
        when a = x
        points f 1
        because "probe"
    """

private func logicBase(_ condition: String) throws -> RuleBase {
    try RuleBase(source: logicRules.replacing("when a = x", with: "when " + condition))
}

struct LogicCase: Sendable, CustomTestStringConvertible {
    let condition: String
    let a: String?
    let b: String?
    let expected: Truth
    var testDescription: String { "\(condition) with a=\(a ?? "?") b=\(b ?? "?")" }
}

@Suite("Three-valued logic")
struct ThreeValuedLogicTests {
    static let cases: [LogicCase] = [
        LogicCase(condition: "a = x", a: "x", b: nil, expected: .true),
        LogicCase(condition: "a = x", a: "y", b: nil, expected: .false),
        LogicCase(condition: "a = x", a: nil, b: nil, expected: .unknown),
        LogicCase(condition: "a != x", a: nil, b: nil, expected: .unknown),
        LogicCase(condition: "a != x", a: "y", b: nil, expected: .true),
        LogicCase(condition: "a in [x, y]", a: nil, b: nil, expected: .unknown),
        LogicCase(condition: "a in [x, y]", a: "y", b: nil, expected: .true),
        LogicCase(condition: "a not in [x]", a: "y", b: nil, expected: .true),
        LogicCase(condition: "a not in [x]", a: "x", b: nil, expected: .false),
        // and: false wins over unknown; true only when all true
        LogicCase(condition: "a = x and b = x", a: "y", b: nil, expected: .false),
        LogicCase(condition: "a = x and b = x", a: "x", b: nil, expected: .unknown),
        LogicCase(condition: "a = x and b = x", a: "x", b: "x", expected: .true),
        LogicCase(condition: "a = x and b = x", a: nil, b: "y", expected: .false),
        // or: true wins over unknown; false only when all false
        LogicCase(condition: "a = x or b = x", a: "x", b: nil, expected: .true),
        LogicCase(condition: "a = x or b = x", a: "y", b: nil, expected: .unknown),
        LogicCase(condition: "a = x or b = x", a: "y", b: "y", expected: .false),
        LogicCase(condition: "a = x or b = x", a: nil, b: "x", expected: .true),
        // not keeps unknown
        LogicCase(condition: "not a = x", a: nil, b: nil, expected: .unknown),
        LogicCase(condition: "not a = x", a: "y", b: nil, expected: .true),
        LogicCase(condition: "not (a = x and b = y)", a: "x", b: "x", expected: .true),
        LogicCase(condition: "not (a = x or b = y)", a: nil, b: "y", expected: .false),
        // precedence: and binds tighter than or
        LogicCase(condition: "a = y or a = x and b = y", a: "y", b: "x", expected: .true),
        LogicCase(condition: "(a = y or a = x) and b = y", a: "y", b: "x", expected: .false),
    ]

    @Test(arguments: cases)
    func outcome(_ test: LogicCase) throws {
        let rules = try logicBase(test.condition)
        var given: [String: String] = [:]
        if let a = test.a { given["a"] = a }
        if let b = test.b { given["b"] = b }
        let evaluation = rules.evaluate(try rules.profile(given))
        let trace = try #require(evaluation.trace)
        #expect(trace.rules[0].outcome == test.expected)
        // The fast program agrees with the traced evaluation.
        #expect(evaluation.scores[0] == (test.expected == .true ? Score(points: 1) : .zero))
    }
}

private let derivationRules = """
    criterion employees: integer from 1
        label "Employees"
    criterion size: level
        label "Size"
        value small
        value large
    criterion tier: choice
        label "Tier"
        value basic
        value premium
    form f
        label "F"
        description "F"
    derive tier-from-size
        set tier = premium
        when size = large
    derive large-from-employees
        set size = large
        when employees >= 250
    derive small-from-employees
        set size = small
        when employees < 250
    derive small-again
        set size = small
        when employees >= 1
    rule premium
        when tier = premium
        points f 1
        because "premium"
    """

@Suite("Derived facts")
struct DerivationTests {
    @Test("derivations run in dependency order, not declaration order")
    func dependencyOrder() throws {
        let rules = try RuleBase(source: derivationRules)
        let evaluation = rules.evaluate(try rules.profile(["employees": "300"]))
        #expect(rules.describe(evaluation.fact(1), of: rules.criteria[1], in: .english) == "large")
        #expect(
            rules.describe(evaluation.fact(2), of: rules.criteria[2], in: .english) == "premium")
        #expect(evaluation.derivedBy[1] == 1)
        #expect(evaluation.derivedBy[2] == 0)
        #expect(evaluation.scores[0] == Score(points: 1))
    }

    @Test("the first applicable derivation wins")
    func firstWins() throws {
        let rules = try RuleBase(source: derivationRules)
        let evaluation = rules.evaluate(try rules.profile(["employees": "10"]))
        #expect(evaluation.derivedBy[1] == 2)
        let trace = try #require(evaluation.trace)
        let outcomes = trace.derivations.map {
            "\(rules.derivations[$0.derivation].id):\($0.outcome.rawValue)"
        }
        #expect(
            outcomes == [
                "large-from-employees:not-applicable", "small-from-employees:applied",
                "small-again:already-derived", "tier-from-size:not-applicable",
            ])
    }

    @Test("a given value is never overridden")
    func givenWins() throws {
        let rules = try RuleBase(source: derivationRules)
        let evaluation = rules.evaluate(try rules.profile(["employees": "300", "size": "small"]))
        #expect(evaluation.fact(1) == 0)
        #expect(evaluation.derivedBy[1] == nil)
        #expect(evaluation.scores[0] == .zero)
    }

    @Test("an unknown condition leaves the criterion unknown")
    func unknownStaysUnknown() throws {
        let rules = try RuleBase(source: derivationRules)
        let evaluation = rules.evaluate(Profile(for: rules))
        #expect(evaluation.unknownCriteria == [0, 1, 2])
        #expect(evaluation.trace?.derivations.allSatisfy { $0.outcome == .unknown } == true)
    }

    @Test("a derivation cycle is a load error")
    func cycle() throws {
        let source =
            derivationRules + """

                derive size-from-tier
                    set size = large
                    when tier = premium
                """
        #expect(throws: RuleBaseError.self) { try RuleBase(source: source) }
        do {
            _ = try RuleBase(source: source)
        } catch {
            #expect(error.diagnostics.contains { $0.message.contains("derivations form a cycle") })
        }
    }
}

private let weightRules = """
    criterion volume: level
        label "Volume"
        weight 3
        value low
        value high
    criterion sites: integer from 1
        label "Sites"
        weight 2
    form a
        label "A"
        description "A"
    form b
        label "B"
        description "B"
    form c
        label "C"
        description "C"
    rule by-volume
        when volume = high and sites >= 3
        points a +3, b -1
        because "first criterion named is volume: weight 3"
    rule by-sites
        when sites >= 3
        points b 2
        because "weight 2"
    rule own
        when sites >= 3
        weight 1.5
        points c 2
        because "its own weight"
    """

@Suite("Weights, scores and ties")
struct ScoringTests {
    @Test("score = weight × points; the first criterion's weight unless the rule has its own")
    func weights() throws {
        let rules = try RuleBase(source: weightRules)
        let evaluation = rules.evaluate(try rules.profile(["volume": "high", "sites": "4"]))
        #expect(evaluation.scores == [Score(points: 9), Score(points: 1), Score(points: 3)])
        #expect(
            rules.rules.map(\.weight) == [
                FixedDecimal(3), FixedDecimal(2), FixedDecimal(parsing: "1.5")!,
            ])
    }

    @Test("weights can be overridden, except a rule's own")
    func overrides() throws {
        let rules = try RuleBase(source: weightRules).withWeights([
            "volume": FixedDecimal(parsing: "0.5")!
        ])
        let evaluation = rules.evaluate(try rules.profile(["volume": "high", "sites": "4"]))
        #expect(
            evaluation.scores == [
                Score(micro: 1_500_000), Score(micro: 3_500_000), Score(points: 3),
            ])
        #expect(throws: ProfileError.self) { try rules.withWeights(["volum": FixedDecimal(1)]) }
    }

    @Test("ties are broken by declaration order and reported")
    func ties() throws {
        let rules = try RuleBase(source: weightRules)
        let evaluation = rules.evaluate(try rules.profile(["volume": "low", "sites": "1"]))
        #expect(evaluation.ranking == [0, 1, 2])
        #expect(evaluation.tiedAtTop == [0, 1, 2])
    }

    @Test("exact bounds and possible winners with unknown criteria")
    func bounds() throws {
        let rules = try RuleBase(source: weightRules)
        // sites unknown: a gets 9 or 0, b gets -3+4=1 or 0, c gets 3 or 0.
        let evaluation = rules.evaluate(try rules.profile(["volume": "high"]))
        #expect(evaluation.scores == [.zero, .zero, .zero])
        #expect(
            evaluation.bounds == [
                Score.zero...Score(points: 9), Score.zero...Score(points: 1),
                Score.zero...Score(points: 3),
            ])
        // a tops both completions: 9 > 3 > 1, or a tie of all three at 0, where every form
        // is at the top: so each could still win, and the tie now is no recommendation.
        #expect(evaluation.possibleWinners == [0, 1, 2])
        #expect(evaluation.status == .tie)
        // volume unknown too: with sites >= 3 and volume = low, b leads with 4; c reaches
        // the top only in the tie at 0.
        let open = rules.evaluate(Profile(for: rules))
        #expect(open.possibleWinners == [0, 1, 2])
        #expect(open.status == .nothingGiven)
        // With sites >= 3 given, volume decides: high gives a 9 (b 1, c 3), low gives b 4
        // (a 0, c 3). Now a leads with volume unknown... no: a scores 0 then; b leads with
        // 4, provisional, since volume high would put a at the top.
        let sites = rules.evaluate(try rules.profile(["sites": "5"]))
        #expect(sites.bounds[1] == Score(points: 1)...Score(points: 4))
        #expect(sites.possibleWinners == [0, 1])
        #expect(sites.status == .provisional)
        #expect(open.bounds[1] == Score.zero...Score(points: 4))
    }
}

/// A criterion of more values than the compiler compares one by one
/// (`RuleBaseCompiler.fewIDs`) finds them by a table: every value reaches its rules.
@Suite("Many values")
struct ManyValuesTests {
    static let count = RuleBaseCompiler.fewIDs + 4

    static let source: String = {
        var text = "criterion big: choice\n    label \"Big\"\n"
        for index in 1...count { text += "    value v\(index)\n" }
        text += """
            form p
                label "P"
                description "P"
            rule one
                when big = v\(count - 3)
                points p +1
                because "one"
            rule list
                when big in [v2, v\(count - 1)]
                points p +10
                because "list"
            rule other
                when big != v\(count)
                points p +100
                because "other"
            """
        return text
    }()

    @Test("each value fires the rules that name it", arguments: 1...count)
    func value(_ index: Int) throws {
        let rules = try RuleBase(source: Self.source)
        let evaluation = rules.evaluate(try rules.profile(["big": "v\(index)"]))
        var expected = 0
        if index == Self.count - 3 { expected += 1 }
        if index == 2 || index == Self.count - 1 { expected += 10 }
        if index != Self.count { expected += 100 }
        #expect(evaluation.scores == [Score(points: expected)])
    }
}
