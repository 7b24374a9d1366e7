import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The table shortcut for possible winners (used by batch) against the general analysis.
@Suite("Possible winners from the table")
struct CompletionAnalysisTableTests {
    /// Table rules (one listed criterion each), generic rules over numbers, a derivation.
    static let mixedSource = """
        rulebase "mixed" version "1"

        criterion kind: choice
            label "Kind"
            value a
            value b
            value c
        criterion level: level
            label "Level"
            weight 2
            value low
            value mid
            value high
        criterion count: integer from 0 to 100
            label "Count"
        criterion ratio: decimal from 0 to 1
            label "Ratio"
        criterion flag: yesno
            label "Flag"

        form alpha
            label "Alpha"
            description "Form Alpha."
        form beta
            label "Beta"
            description "Form Beta."
        form gamma
            label "Gamma"
            description "Form Gamma."

        derive flag-from-count
            set flag = yes
            when count >= 50
            because "Derived."

        rule kind-a
            when kind = a
            points alpha +2, beta -1
            because "Table."
        rule kind-bc
            when kind in [b, c]
            points gamma +1.5
            because "Table."
        rule level-high
            when level >= mid
            points beta +2, gamma +1
            because "Table."
        rule flag-yes
            when flag = yes
            points alpha +1, gamma +1
            because "Table."
        rule count-ratio
            when count > 10 and ratio <= 0.5
            points beta +3
            because "Generic."
        rule count-low
            when count < 5
            points gamma +2, alpha -1
            because "Generic."
        rule ratio-high
            when ratio > 0.75 or level = low
            points alpha +1.5
            because "Generic."
        """

    /// A random value near the criterion's thresholds: a representative, or a number
    /// half a unit or a hundredth away from one, within the range; unknown at times.
    static func randomValue(
        _ rules: RuleBase, _ index: Int, unknown: Double, using generator: inout SeededGenerator
    ) -> Double? {
        if Double.random(in: 0..<1, using: &generator) < unknown { return nil }
        let criterion = rules.criteria[index]
        let representative = referenceValues(rules)[index].randomElement(using: &generator)!
        if criterion.kind.isEnumerated { return representative }
        let step = [0, 0, 0.5, -0.5, 0.01, -0.01, 1, -1].randomElement(using: &generator)!
        var value = representative + (criterion.kind == .integer ? step.rounded() : step)
        if let minimum = criterion.minimum { value = max(value, minimum) }
        if let maximum = criterion.maximum { value = min(value, maximum) }
        return value
    }

    /// A profile of random values (``randomValue(_:_:unknown:using:)``), each criterion
    /// unknown with probability `unknown`.
    static func profile(
        _ rules: RuleBase, unknown: Double, using generator: inout SeededGenerator
    ) -> Profile {
        var profile = Profile(for: rules)
        for index in rules.criteria.indices {
            profile.setRawValue(
                randomValue(rules, index, unknown: unknown, using: &generator), at: index)
        }
        return profile
    }

    /// Checks random profiles; returns how many the shortcut answered.
    static func check(_ rules: RuleBase, seed: UInt64, rounds: Int) -> Int {
        var generator = SeededGenerator(state: seed)
        var answered = 0
        var winners: [Int] = []
        for round in 0..<rounds {
            let profile = Self.profile(
                rules, unknown: Double(round % 5) / 5, using: &generator)
            rules.withFacts(of: profile) { facts, stack in
                var scores = [Int64](repeating: 0, count: rules.forms.count)
                scores.withUnsafeMutableBufferPointer {
                    rules.program.score(facts, into: $0, stack: stack)
                }
                let expected = CompletionAnalysis(
                    ruleBase: rules, facts: Array(facts), scores: scores.map { Score(micro: $0) }
                ).run()
                if let mask = ProgramAnalyseTests.analyse(rules, profile).winners {
                    winners = Array(FormSet(mask: mask))
                    answered += 1
                    #expect(expected.isExact)
                    #expect(winners == expected.possibleWinners, "\(profile)")
                }
            }
        }
        return answered
    }

    @Test("the built-in rules: the same possible winners as the general analysis")
    func builtIn() {
        let rules = RuleBase.builtIn
        let answered = CompletionAnalysisTableTests.check(rules, seed: 11, rounds: 3000)
        // Every built-in rule is a table rule: only profiles with very many unknown
        // criteria go to the general analysis.
        #expect(answered > 2000)
    }

    @Test("rules over several criteria, numbers, `or` and a derivation: all from the tables")
    func mixed() throws {
        let rules = try RuleBase(
            source: CompletionAnalysisTableTests.mixedSource, path: "mixed.orgrules")
        let observed = rules.program.memory.genericRules.isEmpty
        #expect(observed)
        let answered = CompletionAnalysisTableTests.check(rules, seed: 5, rounds: 3000)
        #expect(answered == 3000)
    }

    @Test("with more than 8 forms (rows added form by form), the general analysis decides")
    func manyForms() throws {
        var source = CompletionAnalysisTableTests.mixedSource
        for extra in 1...6 {
            source += """

                form extra-\(extra)
                    label "Extra \(extra)"
                    description "Form \(extra)."
                rule points-\(extra)
                    when \(["kind = a", "level >= mid", "flag = yes", "kind in [b, c]", "level = low", "flag = no"][extra - 1])
                    points extra-\(extra) +\(extra % 3 + 1), alpha -1
                    because "Table."

                """
        }
        let rules = try RuleBase(source: source, path: "many.orgrules")
        #expect(rules.forms.count == 9)
        let observed = rules.program.memory.wideRows.isEmpty
        #expect(observed)
        let answered = CompletionAnalysisTableTests.check(rules, seed: 8, rounds: 3000)
        #expect(answered == 0)
    }

    @Test("past its enumeration limit, the general analysis over-estimates, and says so")
    func generalOverEstimate() throws {
        // The built-in rules, whose single-criterion rules make one component per
        // criterion: with a limit of two, every criterion of three classes or more is
        // bounded on its own instead of enumerated.
        let rules = RuleBase.builtIn
        var generator = SeededGenerator(state: 17)
        var estimated = 0
        for round in 0..<300 {
            let profile = Self.profile(
                rules, unknown: Double(1 + round % 4) / 5, using: &generator)
            let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
            var scores = [Score](repeating: .zero, count: rules.forms.count)
            rules.score(profile, into: &scores)
            let exact = CompletionAnalysis(ruleBase: rules, facts: facts, scores: scores).run()
            let limited = CompletionAnalysis(
                ruleBase: rules, facts: facts, scores: scores, limit: 2
            ).run()
            #expect(exact.isExact)
            if !limited.isExact { estimated += 1 }
            CompletionReplayTests.expectCovers(
                limited, exact.bounds.map { $0.lowerBound.micro...$0.upperBound.micro },
                exact.possibleWinners, "\(profile)")
        }
        #expect(estimated > 100)
    }

    @Test("a profile with every criterion given has its winner as the only possible winner")
    func complete() {
        let rules = RuleBase.builtIn
        var generator = SeededGenerator(state: 3)
        var winners: [Int] = []
        for _ in 0..<200 {
            let profile = Self.profile(rules, unknown: 0, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let mask = ProgramAnalyseTests.analyse(rules, profile).winners
            #expect(mask != nil)
            winners = mask.map { Array(FormSet(mask: $0)) } ?? []
            // The forms at the top, alone or tied.
            #expect(winners == evaluation.tiedAtTop)
        }
    }
}
