import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The batch's one-pass analysis (``Program/analyse(_:scores:ranking:)``) against the
/// general evaluation: scores, ranking and possible winners.
@Suite("Program.analyse")
struct ProgramAnalyseTests {
    /// Table rules only, small points: ties everywhere, and every criterion can be
    /// unknown; a derivation from a number.
    static let tiesSource = """
        rulebase "ties" version "1"

        criterion shape: choice
            label "Shape"
            value round
            value square
            value flat
        criterion tone: level
            label "Tone"
            value low
            value mid
            value high
        criterion open: yesno
            label "Open"
        criterion region: choice
            label "Region"
            value north
            value south
            value east
            value west
        criterion speed: level
            label "Speed"
            weight 2
            value slow
            value fast
        criterion count: integer from 0 to 100
            label "Count"

        form a
            label "A"
            description "Form A."
        form b
            label "B"
            description "Form B."
        form c
            label "C"
            description "Form C."
        form d
            label "D"
            description "Form D."
        form e
            label "E"
            description "Form E."

        derive open-from-count
            set open = yes
            when count >= 10
            because "Derived."

        rule shape-round
            when shape = round
            points a +1, b +1
            because "Table."
        rule shape-square
            when shape = square
            points c +2, a -1
            because "Table."
        rule shape-flat
            when shape = flat
            points d +1, e +1
            because "Table."
        rule tone-low
            when tone = low
            points b +1, e +1
            because "Table."
        rule tone-high
            when tone >= mid
            points a +1, c +1, d -1
            because "Table."
        rule open-yes
            when open = yes
            points d +2, b -1
            because "Table."
        rule open-no
            when open = no
            points e +1, a +1
            because "Table."
        rule region-north
            when region in [north, east]
            points b +1, c +1
            because "Table."
        rule region-south
            when region = south
            points e +2
            because "Table."
        rule region-west
            when region = west
            points a +1, d +1, c -1
            because "Table."
        rule speed-fast
            when speed = fast
            points c +1, e -1
            because "Table."
        rule speed-slow
            when speed = slow
            points b +1
            because "Table."
        """

    /// Runs the one-pass analysis on a profile; with `scratchBytes`, in scratch space of
    /// that size (as batch does), filled with garbage first.
    static func analyse(
        _ rules: RuleBase, _ profile: Profile, scratchBytes: Int? = nil,
        effort: AnalysisEffort = .standard
    ) -> (
        scores: [Score], ranking: [Int], winners: UInt64?
    ) {
        var scores = [Int64](repeating: 0, count: rules.forms.count)
        var ranking = [Int](repeating: 0, count: rules.forms.count)
        let scratch = scratchBytes.map {
            UnsafeMutableRawBufferPointer.allocate(byteCount: $0, alignment: 64)
        }
        defer { scratch?.deallocate() }
        if let scratch { for index in scratch.indices { scratch[index] = 0xA5 } }
        let winners = profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { scores in
                ranking.withUnsafeMutableBufferPointer { ranking in
                    rules.program.analyse(
                        given.baseAddress!, scores: scores.baseAddress!,
                        ranking: ranking.baseAddress!, effort: effort, scratch: scratch)
                }
            }
        }
        return (scores.map { Score(micro: $0) }, ranking, winners)
    }

    /// What the checked profiles covered.
    struct Coverage {
        var answered = 0
        var severalUnknown = 0
        var ties = 0
        var threeOrMoreWinners = 0
        var twoWinners = 0
        var changedWinner = 0
    }

    /// Checks random profiles, about `unknown` of whose criteria are unknown.
    static func check(_ rules: RuleBase, seed: UInt64, rounds: Int) -> Coverage {
        var generator = SeededGenerator(state: seed)
        var coverage = Coverage()
        for round in 0..<rounds {
            let profile = CompletionAnalysisTableTests.profile(
                rules, unknown: Double(round % 6) / 6 + 0.1, using: &generator)
            let evaluation = rules.evaluate(profile, trace: false)
            let result = analyse(rules, profile)
            #expect(result.scores == evaluation.scores, "\(profile)")
            #expect(result.ranking == evaluation.ranking, "\(profile)")
            // In batch's scratch space, and in space too small for it (which falls back
            // to temporary space): the same, by enumeration and by the search.
            let searching = AnalysisEffort(searchAbove: 1)
            let searched = analyse(rules, profile, effort: searching)
            #expect(searched.winners == result.winners, "\(profile), searched")
            for bytes in [rules.program.analysisScratchBytes, 64] {
                for effort in [AnalysisEffort.standard, searching] {
                    let inScratch = analyse(rules, profile, scratchBytes: bytes, effort: effort)
                    #expect(inScratch.scores == result.scores, "\(profile), \(bytes) bytes")
                    #expect(inScratch.ranking == result.ranking, "\(profile), \(bytes) bytes")
                    #expect(inScratch.winners == result.winners, "\(profile), \(bytes) bytes")
                }
            }
            // The general analysis scores every completion rule by rule, without tables.
            let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
            let general = CompletionAnalysis(
                ruleBase: rules, facts: facts, scores: evaluation.scores
            ).run()
            let expected = general.possibleWinners
            #expect(evaluation.possibleWinners == expected, "\(profile)")
            if general.isExact { #expect(evaluation.bounds == general.bounds, "\(profile)") }
            if let winners = result.winners {
                coverage.answered += 1
                #expect(evaluation.boundsAreExact)
                #expect(FormSet(mask: winners).elementsEqual(expected), "\(profile)")
            }
            if evaluation.unknownCriteria.count >= 3 { coverage.severalUnknown += 1 }
            if evaluation.scores[evaluation.ranking[0]] == evaluation.scores[evaluation.ranking[1]]
            {
                coverage.ties += 1
            }
            if expected.count == 2 { coverage.twoWinners += 1 }
            if expected.count >= 3 { coverage.threeOrMoreWinners += 1 }
            if !expected.contains(evaluation.ranking[0]) { coverage.changedWinner += 1 }
        }
        return coverage
    }

    @Test("small points, many ties and unknown criteria: the same as the general analysis")
    func ties() throws {
        let rules = try RuleBase(source: ProgramAnalyseTests.tiesSource, path: "ties.orgrules")
        let observed = rules.program.memory.genericRules.isEmpty
        #expect(observed)
        let coverage = ProgramAnalyseTests.check(rules, seed: 17, rounds: 6000)
        // Table rules only: every profile answered in one pass.
        #expect(coverage.answered == 6000)
        #expect(coverage.severalUnknown > 1000)
        #expect(coverage.ties > 500)
        #expect(coverage.twoWinners > 200)
        #expect(coverage.threeOrMoreWinners > 200)
        #expect(coverage.changedWinner > 50)
    }

    @Test("the built-in rules: the same as the general analysis")
    func builtIn() {
        let coverage = ProgramAnalyseTests.check(RuleBase.builtIn, seed: 23, rounds: 3000)
        #expect(coverage.answered > 2500)
        #expect(coverage.severalUnknown > 500)
        #expect(coverage.threeOrMoreWinners > 50)
    }

    @Test(
        "rules over several criteria, numbers, `or` and a derivation: the same as the general analysis"
    )
    func mixed() throws {
        let rules = try RuleBase(
            source: CompletionAnalysisTableTests.mixedSource, path: "mixed.orgrules")
        let coverage = ProgramAnalyseTests.check(rules, seed: 29, rounds: 3000)
        #expect(coverage.answered == 3000)
        #expect(coverage.severalUnknown > 500)
    }

    @Test(
        "a rule whose table would be too large is evaluated alone, and the general analysis decides"
    )
    func generic() throws {
        var source = """
            rulebase "large" version "1"

            form a
                label "A"
                description "Form A."
            form b
                label "B"
                description "Form B."

            """
        let names = ["p", "q"]
        for name in names {
            source += """

                criterion \(name): integer from 0 to 200
                    label "\(name)"
                rule single-\(name)
                    when \(name) >= 50
                    points a +1
                    because "Table."

                """
        }
        // 131 classes each (and unknown): 132^2 rows, more than a table may have.
        let list = (1...129).map { String($0) }.joined(separator: ", ")
        let clauses = names.map { "\($0) in [\(list)]" }
        source += """

            rule many
                when \(clauses.joined(separator: " or "))
                points b +3
                because "Generic."

            """
        let rules = try RuleBase(source: source, path: "large.orgrules")
        let generic = Array(rules.program.memory.genericRules.buffer)
        #expect(generic == [rules.rules.count - 1])
        let coverage = ProgramAnalyseTests.check(rules, seed: 41, rounds: 100)
        #expect(coverage.answered > 10)
        #expect(coverage.answered < 100)
    }

    @Test("with more than 8 forms (no vectors), the general analysis decides")
    func manyForms() throws {
        var source = ProgramAnalyseTests.tiesSource
        for extra in 1...5 {
            source += """

                form extra-\(extra)
                    label "Extra \(extra)"
                    description "Form \(extra)."
                rule points-\(extra)
                    when \(["shape = flat", "tone = mid", "open = no", "region = east", "speed = slow"][extra - 1])
                    points extra-\(extra) +\(extra % 3 + 1), a -1
                    because "Table."

                """
        }
        let rules = try RuleBase(source: source, path: "many.orgrules")
        #expect(rules.forms.count == 10)
        let observed = rules.program.memory.wideRows.isEmpty
        #expect(observed)
        let coverage = ProgramAnalyseTests.check(rules, seed: 31, rounds: 3000)
        #expect(coverage.answered == 0)
        #expect(coverage.threeOrMoreWinners > 50)
    }

    @Test("with more than 64 tables, the same as the general analysis")
    func manyCriteria() throws {
        var source = """
            rulebase "wide" version "1"

            form a
                label "A"
                description "Form A."
            form b
                label "B"
                description "Form B."
            form c
                label "C"
                description "Form C."

            """
        for index in 0..<70 {
            source += """

                criterion q\(index): yesno
                    label "Q\(index)"
                rule r\(index)
                    when q\(index) = yes
                    points \(["a", "b", "c"][index % 3]) +\(index % 4 + 1), \(["b", "c", "a"][index % 3]) -1
                    because "Table."

                """
        }
        let rules = try RuleBase(source: source, path: "wide.orgrules")
        let observed = rules.program.memory.groups.count == 70
        #expect(observed)
        var generator = SeededGenerator(state: 37)
        var answered = 0
        for round in 0..<2000 {
            var profile = Profile(for: rules)
            // Every criterion given but a few, some of them past the 64th.
            for index in rules.criteria.indices {
                profile.setRawValue(Double(Int.random(in: 0...1, using: &generator)), at: index)
            }
            for _ in 0..<(round % 4) {
                profile.setRawValue(nil, at: Int.random(in: 50..<70, using: &generator))
            }
            let evaluation = rules.evaluate(profile, trace: false)
            let result = ProgramAnalyseTests.analyse(rules, profile)
            #expect(result.scores == evaluation.scores)
            #expect(result.ranking == evaluation.ranking)
            if let winners = result.winners {
                answered += 1
                #expect(FormSet(mask: winners).elementsEqual(evaluation.possibleWinners))
            }
        }
        #expect(answered == 2000)
    }

    @Test("a form set reads like the array of its forms, in order")
    func formSet() {
        let mask: UInt64 = 1 << 0 | 1 << 3 | 1 << 63
        #expect(Array(FormSet(mask: mask)) == [0, 3, 63])
        #expect(FormSet(mask: mask) == FormSet([0, 3, 63]))
        #expect(FormSet().isEmpty)
        #expect(Array(FormSet([2, 64, 70])) == [2, 64, 70])
        #expect(FormSet([2, 64, 70]).count == 3)
    }
}

/// The tables' over-estimate, for profiles with too many combinations of segments.
@Suite("Program.analyse: the over-estimate")
struct ClassAnalysisEstimateTests {
    @Test(
        "the estimate holds every exact bound and possible winner",
        arguments: [
            try! RuleBase(source: CompletionAnalysisTableTests.mixedSource, path: "mixed"),
            try! RuleBase(source: ProgramAnalyseTests.tiesSource, path: "ties"),
        ])
    func estimateCoversExact(_ rules: RuleBase) {
        var generator = SeededGenerator(state: 43)
        var estimated = 0
        var wider = 0
        for round in 0..<1500 {
            let profile = CompletionAnalysisTableTests.profile(
                rules, unknown: Double(round % 5) / 5 + 0.2, using: &generator)
            let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
            var scores = [Score](repeating: .zero, count: rules.forms.count)
            rules.score(profile, into: &scores)
            let micro = scores.map { $0.micro }
            guard let exact = rules.program.analyse(facts: facts, scores: micro),
                let estimate = rules.program.analyse(facts: facts, scores: micro, limit: 0)
            else {
                Issue.record("no answer from the tables")
                continue
            }
            #expect(exact.isExact)
            if !estimate.isExact { estimated += 1 }
            #expect(estimate.winners & exact.winners == exact.winners, "\(profile)")
            for form in rules.forms.indices {
                #expect(estimate.low[form] <= exact.low[form], "\(profile)")
                #expect(estimate.high[form] >= exact.high[form], "\(profile)")
            }
            if estimate.winners != exact.winners { wider += 1 }
        }
        // Most profiles have an unknown criterion, so the estimate is used; it is at times
        // wider than the exact answer.
        #expect(estimated > 1000)
        #expect(wider > 0)
    }
}
