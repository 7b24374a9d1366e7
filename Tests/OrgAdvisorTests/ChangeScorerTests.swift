import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// Scoring a change from the rows of the facts scored before (``ChangeScorer``), as
/// what-if, the effects of the unknown criteria and the next question's witnesses do,
/// must give the scores of the changed profile scored whole.
@Suite("Scores of a change from the rows scored before")
struct ChangeScorerTests {
    static let cases = [
        RuleBaseSample(seed: 1, ruleBases: 150, coupled: false),
        RuleBaseSample(seed: 2, ruleBases: 150, coupled: false),
        RuleBaseSample(seed: 3, ruleBases: 20, coupled: true),
    ]

    @Test("a change scored from the base equals the changed profile scored whole", arguments: cases)
    func changesScoreAsWhole(_ run: RuleBaseSample) throws {
        var generator = SeededGenerator(state: run.seed)
        var fromBase = 0
        var total = 0
        for number in 0..<run.ruleBases {
            let rules = try run.ruleBase(number, using: &generator)
            let values = referenceValues(rules)
            for round in 0..<4 {
                let base = randomProfile(
                    rules, given: round % (rules.criteria.count + 1), using: &generator)
                var facts: [Double] = []
                rules.withFacts(of: base) { buffer, _ in facts = Array(buffer) }
                guard let scorer = ChangeScorer(ruleBase: rules, facts: facts) else { continue }
                // Random changes of one to three criteria, then every value of each
                // criterion in order (neighbouring classes: rescored by their events).
                var changes: [Profile] = []
                for _ in 0..<12 {
                    var changed = base
                    for _ in 0..<Int.random(in: 1...3, using: &generator) {
                        let criterion = rules.criteria.indices.randomElement(using: &generator)!
                        let value =
                            Bool.random(using: &generator)
                            ? values[criterion].randomElement(using: &generator) : nil
                        changed.setRawValue(value, at: criterion)
                    }
                    changes.append(changed)
                }
                for criterion in rules.criteria.indices {
                    for value in values[criterion] {
                        var changed = base
                        changed.setRawValue(value, at: criterion)
                        changes.append(changed)
                    }
                }
                for changed in changes {
                    var whole: [Score] = []
                    rules.score(changed, into: &whole)
                    var quick = [Int64](repeating: 0, count: rules.forms.count)
                    let found = changed.values.withUnsafeBufferPointer { given in
                        quick.withUnsafeMutableBufferPointer { quick in
                            rules.program.withFacts(of: given.baseAddress!) { facts, _ in
                                scorer.score(facts, into: quick.baseAddress!)
                            }
                        }
                    }
                    total += 1
                    guard found else { continue }
                    fromBase += 1
                    #expect(
                        quick == whole.map { $0.micro }, "\(changed.values) from \(base.values)")
                }
            }
        }
        #expect(fromBase * 2 > total, "\(fromBase) scored from the base of \(total)")
    }
}
