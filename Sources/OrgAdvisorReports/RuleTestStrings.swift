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

    static let english = RuleTestStrings(
        passed: "PASS", failed: "FAIL", expected: "expected", actual: "actual  ",
        summary: "%@ passed, %@ failed")

    static let french = RuleTestStrings(
        passed: "RÉUSSI", failed: "ÉCHEC", expected: "attendu", actual: "obtenu ",
        summary: "réussis : %@, en échec : %@")
}
