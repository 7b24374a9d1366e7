import OrgAdvisorEngine
import OrgAdvisorRules

/// What every report says first: the recommended form, or why there is none yet (a
/// provisional leader, a tie, nothing given), with the forms that could still win and
/// the next question to ask. One wording for text, Markdown and HTML.
struct RecommendationHeadline: Sendable {
    /// "Recommended", "Leading, not decided" or "No recommendation".
    let title: String
    /// The recommended or leading form's label, the tied forms, or "no criterion given".
    let subject: String
    /// The form shown in the subject, when it names one (to colour it).
    let form: Int?
    /// For a result that is not decided: the other forms that could still win (labels).
    let stillPossible: [String]
    /// What follows the list of ``stillPossible``: `(estimated)` when it is a safe
    /// over-estimate (too many combinations of unknown criteria), else nothing.
    let stillPossibleMark: String
    /// The next question to ask (its text, and the criterion's id), when there is one.
    let nextQuestion: (text: String, criterion: String)?

    init(_ evaluation: Evaluation, next: QuestionChoice?, language: Language) {
        let strings = ReportStrings.of(language)
        let rules = evaluation.ruleBase
        let label = { (form: Int) in rules.forms[form].label.text(language) }
        let leader = evaluation.ranking[0]
        switch evaluation.status {
        case .decided:
            (title, subject, form) = (strings.recommended, label(leader), leader)
        case .provisional:
            (title, subject, form) = (strings.leadingUndecided, label(leader), leader)
        case .tie:
            let names = RecommendationHeadline.list(
                evaluation.tiedAtTop.map(label), and: strings.and)
            (title, subject, form) = (
                strings.noRecommendation, ReportStrings.fill(strings.tieBetween, names), nil
            )
        case .nothingGiven:
            (title, subject, form) = (strings.noRecommendation, strings.nothingGiven, nil)
        }
        let shown = evaluation.status == .tie ? evaluation.tiedAtTop : [leader]
        stillPossible =
            evaluation.status == .decided || evaluation.status == .nothingGiven
            ? [] : evaluation.possibleWinners.filter { !shown.contains($0) }.map(label)
        stillPossibleMark =
            stillPossible.isEmpty || evaluation.possibleWinnersAreExact
            ? "" : BatchTableStrings.of(language).estimated
        nextQuestion = next.map { choice in
            let criterion = rules.criteria[choice.criterion]
            return ((criterion.question ?? criterion.label).text(language), criterion.id)
        }
    }

    /// The headline in a few words, for a page title: the recommended form, the leader
    /// marked as not decided, or why there is no recommendation.
    func shortText(colon: String) -> String {
        switch (form, stillPossible.isEmpty) {
        case (.some, true): return subject
        case (.some, false): return "\(subject) (\(title.lowercased()))"
        case (.none, _): return "\(title)\(colon) \(subject)"
        }
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ names: [String], and: String) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " \(and) " + names.last!
    }
}
