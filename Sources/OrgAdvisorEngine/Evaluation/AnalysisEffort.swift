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
    /// Up to this many combinations of segments, enumerating them all costs less than
    /// preparing the search (``ClassAnalysis/searchWinners(limit:quickSteps:)``).
    var searchAbove: Int
    /// The steps that the search takes without the leads per class of the joint tables'
    /// criteria, which take a walk over the tables' rows to compute and pay only in long
    /// searches.
    var quickSteps: Int
    /// Whether the possible winners are over-estimated exactly where the analysis with
    /// bounds over-estimates them (past ``limit``), and never after a search that runs
    /// out of work (the combinations are then enumerated): the winners are then those
    /// that ``RuleBase/evaluate(_:trace:)`` reports. For the next question's answers.
    var estimatesAsBounds = false

    /// The effort of the next question's answers (see ``estimatesAsBounds``).
    static let asEvaluation = AnalysisEffort(estimatesAsBounds: true)

    /// The leads of the tables over two or three criteria, made once (batch makes them
    /// when it starts); without, the search computes those it needs, profile after
    /// profile.
    var jointLeads: JointLeads?

    /// An effort with these settings.
    package init(
        limit: Int = standardLimit, searchAbove: Int = 64, quickSteps: Int = 256,
        estimatesAsBounds: Bool = false, jointLeads: JointLeads? = nil
    ) {
        self.limit = limit
        self.searchAbove = searchAbove
        self.quickSteps = quickSteps
        self.estimatesAsBounds = estimatesAsBounds
        self.jointLeads = jointLeads
    }
}
