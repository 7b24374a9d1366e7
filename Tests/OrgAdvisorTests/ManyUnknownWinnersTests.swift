import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorEngine

/// Possible winners when many criteria that rules read alone are unknown: past
/// ``ClassAnalysis/witnessAbove`` choices the analysis tries chosen choices first, and
/// decides the forms they leave by ranking every choice, or past
/// ``ClassAnalysis/productLimit`` by the search over Pareto fronts. Checked against every
/// completion scored whole.
@Suite("Possible winners with many unknown criteria")
struct ManyUnknownWinnersTests {
    /// A rule base of `criteria` choice criteria of three values and `forms` forms, each
    /// value with a rule of small random points for one to three forms (ties are
    /// common).
    static func source(seed: UInt64, criteria: Int, forms: Int) -> String {
        var generator = SeededGenerator(state: seed)
        var text = "rulebase \"many-unknown-\(seed)\" version \"1\"\n\n"
        for criterion in 0..<criteria {
            text += "criterion c\(criterion): choice\n    label \"C\(criterion)\"\n"
            for value in ["a", "b", "c"] { text += "    value \(value)\n" }
        }
        for form in 0..<forms {
            text += "form f\(form)\n    label \"F\(form)\"\n    description \"Form \(form).\"\n"
        }
        for criterion in 0..<criteria {
            for value in ["a", "b", "c"] {
                let count = Int.random(in: 1...3, using: &generator)
                let points = (0..<forms).shuffled(using: &generator).prefix(count).map {
                    form in
                    let value = Int.random(in: -3...3, using: &generator)
                    return "f\(form) \(value < 0 ? "" : "+")\(value)"
                }
                text += "rule r\(criterion)-\(value)\n    when c\(criterion) = \(value)\n"
                text += "    points \(points.joined(separator: ", "))\n    because \"Test.\"\n"
            }
        }
        return text
    }

    /// The forms at the top, alone or tied, of some completion of the unknown criteria,
    /// each completion scored whole.
    static func bruteForceWinners(_ rules: RuleBase, _ profile: Profile) -> [Int] {
        let unknown = rules.criteria.indices.filter { !profile.isGiven($0) }
        var winners: Set<Int> = []
        var completion = profile
        var scores: [Score] = []
        var digits = [Int](repeating: 0, count: unknown.count)
        while true {
            for (position, criterion) in unknown.enumerated() {
                completion.setRawValue(Double(digits[position]), at: criterion)
            }
            rules.score(completion, into: &scores)
            let top = scores.max()!
            for form in scores.indices where scores[form] == top { winners.insert(form) }
            var position = 0
            while position < digits.count {
                digits[position] += 1
                if digits[position] < 3 { break }
                digits[position] = 0
                position += 1
            }
            if position == digits.count { break }
        }
        return winners.sorted()
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let seed: UInt64
        let forms: Int
        var testDescription: String { "seed \(seed), \(forms) forms" }
    }

    static let cases = (1...24).map { Case(seed: UInt64($0), forms: 3 + $0 % 4) }

    @Test(
        "the evaluation's and batch's possible winners equal every completion's",
        arguments: cases)
    func matchBruteForce(_ testCase: Case) throws {
        let criteria = 8
        let rules = try RuleBase(
            source: Self.source(seed: testCase.seed, criteria: criteria, forms: testCase.forms))
        var generator = SeededGenerator(state: testCase.seed &* 31)
        // Every criterion unknown (3^8 choices: the Pareto search decides what the
        // witness choices leave), one given (3^7), three (3^5: ranking every choice
        // decides what they leave) and five (3^3: ranked at once).
        var profiles = [Profile(for: rules)]
        for given in [1, 1, 3, 5] {
            var profile = Profile(for: rules)
            for criterion in (0..<criteria).shuffled(using: &generator).prefix(given) {
                profile.setRawValue(
                    Double(Int.random(in: 0..<3, using: &generator)), at: criterion)
            }
            profiles.append(profile)
        }
        for profile in profiles {
            let expected = Self.bruteForceWinners(rules, profile)
            let evaluation = rules.evaluate(profile, trace: false)
            #expect(evaluation.possibleWinners == expected, "\(profile)")
            let batch = try #require(ProgramAnalyseTests.analyse(rules, profile).winners)
            let found = (0..<rules.forms.count).filter { batch & (1 << UInt64($0)) != 0 }
            #expect(found == expected, "\(profile)")
        }
    }
}
