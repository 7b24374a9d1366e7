import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("Weight sensitivity")
struct WeightSensitivityTests {
    static let rules = """
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
        rule a-volume
            when volume = high
            points a 2
            because "a likes volume"
        rule b-sites
            when sites >= 3
            points b 3
            because "b likes sites"
        """

    @Test("hand-checked intervals")
    func handChecked() throws {
        let rules = try RuleBase(source: Self.rules)
        // a = 2 × w_volume = 6, b = 3 × w_sites = 6: a leads on the tie (declared first).
        let result = rules.weightSensitivity(try rules.profile(["volume": "high", "sites": "4"]))
        let volume = result.entries[0]
        // a keeps the lead while 2 w >= 6, i.e. w >= 3 (inclusive: a wins ties).
        #expect(
            volume.winner.lower
                == WeightSensitivity.Bound(-(-6_000_000), 2_000_000, inclusive: true))
        #expect(volume.winner.lower.description == "3")
        #expect(volume.winner.upper == nil)
        #expect(volume.winner.belowLower == 1)
        let sites = result.entries[1]
        // b stays behind while 3 w <= 6, i.e. w <= 2 (inclusive: a wins ties).
        #expect(sites.winner.upper?.description == "2")
        #expect(sites.winner.upper?.inclusive == true)
        #expect(sites.winner.aboveUpper == 1)
        // Both are exactly at the edge: no change at all is needed... but the rule is
        // "changes the winner": any increase of w_sites or decrease of w_volume does.
        #expect(volume.criticalChange == 0)
        #expect(sites.criticalChange == 0)
    }

    @Test("a weight just inside a reported interval keeps the winner, just outside changes it")
    func property() throws {
        let rules = RuleBase.builtIn
        var generator = SeededGenerator(state: 17)
        var checked = 0
        for _ in 0..<150 {
            var profile = Profile(for: rules)
            for criterion in rules.criteria where Int.random(in: 0..<10, using: &generator) < 8 {
                let values = referenceValues(rules)[criterion.index]
                profile.setRawValue(values.randomElement(using: &generator), at: criterion.index)
            }
            let winner = rules.evaluate(profile, trace: false).ranking[0]
            for entry in rules.weightSensitivity(profile).entries where entry.matters {
                let id = rules.criteria[entry.criterion].id
                func winnerWith(_ thousandths: Int64) throws -> Int {
                    let weighted = try rules.withWeights([
                        id: FixedDecimal(thousandths: thousandths)
                    ])
                    return weighted.evaluate(profile, trace: false).ranking[0]
                }
                #expect(entry.winner.contains(entry.weight))
                for bound in [entry.winner.lower, entry.winner.upper].compactMap({ $0 })
                where bound.numerator > 0 {
                    // The grid points (thousandths) on each side of the bound.
                    let exact = Double(bound.numerator) * 1000 / Double(bound.denominator)
                    let below = Int64((exact - 1e-6).rounded(.down))
                    let above = Int64((exact + 1e-6).rounded(.up))
                    for point in [below, above] where point >= 0 {
                        let inside = entry.winner.contains(FixedDecimal(thousandths: point))
                        #expect(
                            (try winnerWith(point) == winner) == inside, "\(id) at \(point)/1000")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 50)
    }
}
