import OrgAdvisorRules

/// A rule test case: a profile and what must hold for it, written in a `.orgtests`
/// file and resolved against a rule base.
public struct RuleTestCase: Sendable, Identifiable {
    /// One thing that must hold.
    public enum Expectation: Sendable, Hashable {
        /// This form ranks first.
        case winner(form: Int)
        /// The ranking starts with these forms, in this order.
        case ranking(forms: [Int])
        /// This form is at this 1-based position.
        case rank(form: Int, position: Int)
        /// This form has exactly this score.
        case score(form: Int, score: Score)
        /// This advice applies (true) or does not (false).
        case advice(advice: Int, present: Bool)
        /// Exactly these forms could still win.
        case possibleWinners(forms: [Int])
        /// The result has this status (decided, provisional, tie, nothing given).
        case status(RecommendationStatus)
        /// The form ranked first scores at least this many points more than the second.
        case lead(atLeast: Score)
    }

    /// The case's id.
    public let id: String
    /// Where it is declared.
    public let location: SourceLocation
    /// The profile it describes.
    public let profile: Profile
    /// What must hold, each with where it is written.
    public let expectations: [(Expectation, SourceLocation)]
    /// The course card it is written from.
    public let card: String?
}

/// The outcome of one test case.
public struct RuleTestResult: Sendable {
    /// The case.
    public let testCase: RuleTestCase
    /// The evaluation of its profile.
    public let evaluation: Evaluation
    /// The expectations that did not hold.
    public let failures: [RuleTestFailure]

    /// True when every expectation held.
    public var passed: Bool { failures.isEmpty }
}

/// An expectation that did not hold: what was expected and what happened.
public struct RuleTestFailure: Sendable, Hashable {
    /// Where the expectation is written.
    public let location: SourceLocation
    /// What was expected, e.g. `winner 'hotline'`.
    public let expected: String
    /// What happened, e.g. `winner 'help-desk'`.
    public let actual: String
    /// The expectation that did not hold, for renderers that put it in other words.
    public let expectation: RuleTestCase.Expectation
}
