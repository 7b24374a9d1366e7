import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// Batch's search for possible winners (``ClassAnalysis/searchWinners(limit:)``), which
/// skips the combinations of segments where no form left can rank first, against the
/// enumeration of every combination.
@Suite("Program.analyse: the search for possible winners")
struct ClassAnalysisSearchTests {
    /// A rule base where most rules read two or three criteria, so that unknown criteria
    /// share tables and cut each other's classes into many segments: two numbers with
    /// thresholds spread over their range, four choices, four forms, `and`, `or`, `not`.
    static func coupledRules(seed: UInt64, rules count: Int) throws -> RuleBase {
        var generator = SeededGenerator(state: seed)
        var source = """
            rulebase "coupled" version "1"

            criterion n1: integer from 0 to 100
                label "N1"
            criterion n2: integer from 0 to 100
                label "N2"

            """
        for index in 1...4 {
            source += """
                criterion c\(index): choice
                    label "C\(index)"
                    value x
                    value y
                    value z

                """
        }
        let forms = ["a", "b", "c", "d"]
        for form in forms {
            source += "form \(form)\n    label \"\(form)\"\n    description \"Form.\"\n"
        }
        func atom(_ criterion: Int) -> String {
            if criterion < 2 {
                let op = ["<", "<=", ">", ">="].randomElement(using: &generator)!
                return "n\(criterion + 1) \(op) \(Int.random(in: 0...100, using: &generator))"
            }
            let value = ["x", "y", "z"].randomElement(using: &generator)!
            return "c\(criterion - 1) \(Bool.random(using: &generator) ? "=" : "!=") \(value)"
        }
        for index in 0..<count {
            let criteria = Array(
                (0..<6).shuffled(using: &generator).prefix(
                    Int.random(in: 1...3, using: &generator)))
            var parts = criteria.map(atom)
            if parts.count > 1 {
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: parts[0] = "(\(parts[0]) or \(atom(criteria[0])))"
                case 1: parts[parts.count - 1] = "not (\(parts[parts.count - 1]))"
                default: break
                }
            }
            let scored = forms.shuffled(using: &generator).prefix(
                Int.random(in: 1...2, using: &generator))
            let points = scored.map {
                "\($0) \(Bool.random(using: &generator) ? "+" : "-")\(Int.random(in: 1...3, using: &generator))"
            }
            source += """

                rule r\(index)
                    when \(parts.joined(separator: " and "))
                    points \(points.joined(separator: ", "))
                    because "Generated."

                """
        }
        return try RuleBase(source: source, path: "coupled.orgrules")
    }

    /// A random profile with two to five unknown criteria.
    static func profile(_ rules: RuleBase, using generator: inout SeededGenerator) -> Profile {
        var profile = Profile(for: rules)
        for index in rules.criteria.indices {
            let value =
                index < 2
                ? Double(Int.random(in: 0...100, using: &generator))
                : Double(Int.random(in: 0..<3, using: &generator))
            profile.setRawValue(value, at: index)
        }
        for index in rules.criteria.indices.shuffled(using: &generator).prefix(
            Int.random(in: 2...5, using: &generator))
        {
            profile.setRawValue(nil, at: index)
        }
        return profile
    }

    /// The possible winners from batch's analysis with a work limit.
    static func searched(
        _ rules: RuleBase, _ profile: Profile, effort: AnalysisEffort,
        isExact: UnsafeMutablePointer<Bool>? = nil, ranges: EstimateRanges? = nil
    ) -> UInt64? {
        var scores = [Int64](repeating: 0, count: rules.forms.count)
        var ranking = [Int](repeating: 0, count: rules.forms.count)
        return profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { scores in
                ranking.withUnsafeMutableBufferPointer { ranking in
                    rules.program.analyse(
                        given.baseAddress!, scores: scores.baseAddress!,
                        ranking: ranking.baseAddress!, effort: effort, isExact: isExact,
                        ranges: ranges)
                }
            }
        }
    }

    /// The exact bounds and possible winners from the enumeration of every combination.
    static func enumerated(_ rules: RuleBase, _ profile: Profile) -> (
        low: [Int64], high: [Int64], winners: UInt64, isExact: Bool
    )? {
        let facts = rules.withFacts(of: profile) { facts, _ in Array(facts) }
        var scores = [Score](repeating: .zero, count: rules.forms.count)
        rules.score(profile, into: &scores)
        return rules.program.analyse(facts: facts, scores: scores.map(\.micro))
    }

    /// Searching every profile, with and without the leads per class from the start, with
    /// and without the tables' leads made once (``JointLeads``, as batch does), and with
    /// the segments' rows read once or at each step (``AnalysisEffort/keepsSegmentRows``).
    @Test(
        "the search finds the same possible winners as the enumeration",
        arguments: [
            (1, 0, false, nil), (2, 0, false, nil), (3, 256, false, nil),
            (4, Int.max, false, nil), (5, Int.max, true, nil), (6, 256, true, nil),
            (7, 0, true, nil), (8, 256, false, false), (9, Int.max, true, false),
            (10, 0, false, true),
        ] as [(UInt64, Int, Bool, Bool?)])
    func sameAsEnumeration(seed: UInt64, quickSteps: Int, madeOnce: Bool, keepsRows: Bool?)
        throws
    {
        let rules = try ClassAnalysisSearchTests.coupledRules(seed: seed, rules: 120)
        let leads = madeOnce ? JointLeads(rules.program) : nil
        var generator = SeededGenerator(state: 100 + seed)
        var several = 0
        var fewer = 0
        for _ in 0..<400 {
            let profile = ClassAnalysisSearchTests.profile(rules, using: &generator)
            guard let exact = ClassAnalysisSearchTests.enumerated(rules, profile),
                let winners = ClassAnalysisSearchTests.searched(
                    rules, profile,
                    effort: .init(
                        searchAbove: 0, quickSteps: quickSteps, jointLeads: leads,
                        keepsSegmentRows: keepsRows))
            else {
                Issue.record("no answer from the tables for \(profile)")
                continue
            }
            #expect(exact.isExact)
            #expect(winners == exact.winners, "\(profile)")
            if exact.winners.nonzeroBitCount >= 2 { several += 1 }
            if exact.winners.nonzeroBitCount < rules.forms.count { fewer += 1 }
        }
        // Both kinds of answer occur: several forms that can win, and forms that cannot.
        #expect(several > 50)
        #expect(fewer > 50)
    }

    @Test("out of work, the search gives a safe over-estimate")
    func overEstimate() throws {
        let rules = try ClassAnalysisSearchTests.coupledRules(seed: 5, rules: 120)
        var generator = SeededGenerator(state: 104)
        var wider = 0
        for _ in 0..<300 {
            let profile = ClassAnalysisSearchTests.profile(rules, using: &generator)
            guard let exact = ClassAnalysisSearchTests.enumerated(rules, profile),
                let estimate = ClassAnalysisSearchTests.searched(
                    rules, profile, effort: .init(limit: 1, searchAbove: 0))
            else {
                Issue.record("no answer from the tables for \(profile)")
                continue
            }
            #expect(estimate & exact.winners == exact.winners, "\(profile)")
            if estimate != exact.winners { wider += 1 }
        }
        #expect(wider > 0)
    }
}
