import OrgAdvisorEngine
import OrgAdvisorRules

/// The texts of `test`'s results in each language (``RuleTestResultsText``); what was
/// expected and what came are written as the test file writes expectations, whose
/// keywords are English.
struct RuleTestStrings: BilingualStrings {
    let passed: String
    let failed: String
    let expected: String
    let actual: String
    let summary: String
    let position: String
    let adviceApplies: String
    let adviceDoesNotApply: String
    let leadExpected: String
    let leadActual: String

    static let english = RuleTestStrings(
        passed: "PASS", failed: "FAIL", expected: "expected", actual: "actual  ",
        summary: "%@ passed, %@ failed", position: "%@ (%@ is #%@)",
        adviceApplies: "advice %@ applies", adviceDoesNotApply: "advice %@ does not apply",
        leadExpected: "lead >= %@ (%@ over the second)", leadActual: "lead %@ (%@ over %@)")

    static let french = RuleTestStrings(
        passed: "RÉUSSI", failed: "ÉCHEC", expected: "attendu", actual: "obtenu ",
        summary: "réussis : %@, en échec : %@", position: "%@ (%@ est n° %@)",
        adviceApplies: "le conseil %@ s’applique",
        adviceDoesNotApply: "le conseil %@ ne s’applique pas",
        leadExpected: "lead >= %@ (%@ devant la deuxième)", leadActual: "lead %@ (%@ devant %@)")

    /// What was expected and what came for a failure, in the language: as the test file
    /// writes expectations (their keywords are English), with the notes in the language.
    func texts(_ failure: RuleTestFailure, _ evaluation: Evaluation) -> (String, String) {
        let rules = evaluation.ruleBase
        let name = { (form: Int) in "'\(rules.forms[form].id)'" }
        let first = evaluation.ranking[0]
        switch failure.expectation {
        case .winner(let form):
            let actual = Self.format(
                position, "winner \(name(first))", name(form), "\(evaluation.position(of: form))")
            return (failure.expected, actual)
        case .advice(let advice, _):
            let id = "'\(rules.advice[advice].id)'"
            let applies = evaluation.advice.contains(advice)
            return (failure.expected, Self.fill(applies ? adviceApplies : adviceDoesNotApply, id))
        case .lead(let least):
            let second = evaluation.ranking[1]
            let lead = evaluation.scores[first] - evaluation.scores[second]
            return (
                Self.format(leadExpected, "\(least)", name(first)),
                Self.format(leadActual, "\(lead)", name(first), name(second))
            )
        case .ranking, .rank, .score, .possibleWinners, .status:
            return (failure.expected, failure.actual)
        }
    }
}
