import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// One run of a randomised test over many rule bases, compared with whole evaluation or
/// whole scoring: random rule bases (derivations, `or`, `not`, numbers, ties), or coupled
/// ones whose rules mostly read two or three criteria (shared tables).
struct RuleBaseSample: Sendable, CustomTestStringConvertible {
    let seed: UInt64
    let ruleBases: Int
    let coupled: Bool

    var testDescription: String { "\(coupled ? "coupled" : "random") seed \(seed)" }

    /// The run's rule base number `number`: a random one drawn from `generator`, or the
    /// coupled one of its seed and number.
    func ruleBase(_ number: Int, using generator: inout SeededGenerator) throws -> RuleBase {
        if coupled {
            return try ClassAnalysisSearchTests.coupledRules(
                seed: seed * 100 + UInt64(number), rules: 40)
        }
        return try RuleBase(
            source: RandomRuleBase.random(using: &generator).source,
            path: "random-\(seed)-\(number).orgrules")
    }
}

/// Calls `body` with each answer to each criterion left unknown by `evaluation`, in class
/// order: the criterion, the class's index and the class, and the evaluated profile with
/// that answer.
func forEachAnswer(
    of evaluation: Evaluation, space: ProfileSpace,
    _ body: (_ criterion: Int, _ index: Int, _ valueClass: ValueClass, _ answer: Profile) throws
        -> Void
) rethrows {
    for criterion in evaluation.unknownCriteria {
        var answer = evaluation.profile
        for (index, valueClass) in space.classes[criterion].enumerated() {
            answer.setRawValue(valueClass.representative, at: criterion)
            try body(criterion, index, valueClass, answer)
        }
    }
}
