/// How ``ClassAnalysis`` spends its work on the possible winners alone (without bounds,
/// for batch). Tests change it to reach each path.
package struct AnalysisEffort: Sendable {
    /// The most work spent on a profile (``ClassAnalysis/combinationLimit``): the
    /// combinations enumerated times the tables and criteria each one adds up.
    package static let standardLimit = 1 << 21
    /// The effort batch uses.
    package static let standard = AnalysisEffort()

    /// The most work spent on a profile; the search, which skips most combinations, may
    /// take ``searchFactor`` times as much. Beyond, a safe over-estimate.
    var limit: Int
    /// How much more work the search may take than the enumeration.
    var searchFactor = 8
    /// When set, the most steps the search takes instead (``asEvaluation``).
    var searchSteps: Int?
    /// Up to this many combinations of segments, enumerating them all costs less than
    /// preparing the search (``ClassAnalysis/searchWinners(limit:quickSteps:)``).
    var searchAbove: Int
    /// The steps that the search takes without the leads per class of the joint tables'
    /// criteria, which take a walk over the tables' rows to compute and pay only in long
    /// searches.
    var quickSteps: Int
    /// Whether the possible winners are those that ``RuleBase/evaluate(_:trace:)``
    /// reports: exact when the combinations can be enumerated (searched for as much work
    /// as enumerating them would take, which mostly settles them for far less, and
    /// enumerated when that search runs out), else searched within ``searchSteps``, and over-estimated
    /// where that search runs out of work too, as the evaluation's own search with this
    /// effort does (``RuleBase/searchedWinners(_:)``). For the evaluation and the next
    /// question's answers.
    var estimatesAsBounds = false

    /// The effort of an evaluation's possible winners when its bounds are estimates, and
    /// of the next question's answers (see ``estimatesAsBounds``): a short search past the
    /// enumeration's limit, which settles most profiles in a fraction of a millisecond and
    /// spares the answers of a question the long ones.
    static let asEvaluation = AnalysisEffort(
        estimatesAsBounds: true, searchSteps: evaluationSearchSteps)

    /// The steps of ``asEvaluation``'s search: its quick phase (``quickSteps``), in which
    /// batch's searches that settle mostly do (3,000 mixed rules: 564 of 638, in 37 steps
    /// for half of them). With the 3,000 rules, `--sites 5` then has exact possible winners
    /// for 13 M more instructions (73 M before), mostly its next question's answers.
    static let evaluationSearchSteps = 256

    /// The leads of the tables over two or three criteria, made once (batch makes them
    /// when it starts); without, the search computes those it needs, profile after
    /// profile.
    var jointLeads: JointLeads?

    /// Whether the search reads each segment's rows once before it descends (true) or at
    /// each step (false); nil lets it choose (once when it may take as many steps as
    /// there are rows to read). Tests set it to reach both ways.
    var keepsSegmentRows: Bool?

    /// An effort with these settings.
    package init(
        limit: Int = standardLimit, searchAbove: Int = 64, quickSteps: Int = 256,
        estimatesAsBounds: Bool = false, searchSteps: Int? = nil, jointLeads: JointLeads? = nil,
        keepsSegmentRows: Bool? = nil
    ) {
        self.limit = limit
        self.searchAbove = searchAbove
        self.quickSteps = quickSteps
        self.estimatesAsBounds = estimatesAsBounds
        self.searchSteps = searchSteps
        self.jointLeads = jointLeads
        self.keepsSegmentRows = keepsSegmentRows
    }
}
