import OrgAdvisorEngine
import OrgAdvisorRules

/// What a course page shows, computed once from an evaluation and its analyses and
/// shared by ``HTMLReport`` and the Markdown course page: texts are plain (not escaped).
struct CoursePageContent {
    /// Where a criterion's value came from.
    enum Source {
        case given
        case derived(Derivation)
        case unknown
    }

    /// One criterion of the profile.
    struct ProfileRow {
        let criterion: Criterion
        let value: String
        let source: Source
    }

    /// A rule that fired, with the points it gave (non-zero contributions only).
    struct FiredRule {
        let rule: Rule
        let reads: String
        let contributions: [Contribution]
    }

    /// A change and what it gives, as people read it.
    struct ChangeRow {
        /// `complexity = high`, in the rule language.
        let code: String
        /// `Complexity of requests = high`, with labels: one part per criterion changed.
        let parts: [String]
        /// The word that joins the parts, e.g. `and`.
        let and: String
        let newWinner: Int
        let score: Score

        /// The parts joined with `and`.
        var text: String { parts.joined(separator: " \(and) ") }
    }

    let evaluation: Evaluation
    let language: Language
    let profile: [ProfileRow]
    let fired: [FiredRule]
    let effects: [ChangeRow]
    let single: [ChangeRow]
    let pairs: [ChangeRow]
    /// The recommendation, or why there is none, with the next question.
    let headline: RecommendationHeadline

    init(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect], whatIf: WhatIf,
        language: Language
    ) {
        let rules = evaluation.ruleBase
        self.evaluation = evaluation
        self.language = language
        headline = RecommendationHeadline(
            evaluation, next: rules.nextQuestion(for: evaluation), language: language)
        profile = rules.criteria.map { criterion in
            let source: Source
            if evaluation.profile.isGiven(criterion.index) {
                source = .given
            } else if let derivation = evaluation.derivedBy[criterion.index] {
                source = .derived(rules.derivations[derivation])
            } else {
                source = .unknown
            }
            let fact = evaluation.fact(criterion.index)
            return ProfileRow(
                criterion: criterion,
                value: fact == nil ? "—" : rules.describe(fact, of: criterion, in: language),
                source: source)
        }
        let derivedMark = CoursePageStrings.of(language).derivedMark
        fired = (evaluation.trace?.rules ?? []).compactMap { entry in
            guard entry.outcome == .true else { return nil }
            let contributions = entry.contributions.filter { $0.score != .zero }
            guard !contributions.isEmpty else { return nil }
            let reads = rules.readsText(
                entry.reads, in: language, derivedSuffix: " (\(derivedMark))")
            return FiredRule(
                rule: rules.rules[entry.rule], reads: reads, contributions: contributions)
        }
        let and = language == .french ? "et" : "and"
        self.effects = effects.map { effect in
            ChangeRow(
                code: rules.code(effect), parts: [rules.labelled(effect, in: language)], and: and,
                newWinner: effect.newWinner, score: effect.scores[effect.newWinner])
        }
        func row(_ change: WhatIf.Change) -> ChangeRow {
            ChangeRow(
                code: change.assignments.map(rules.describe).joined(separator: " and "),
                parts: change.assignments.map { rules.labelled($0, in: language) }, and: and,
                newWinner: change.newWinner, score: change.scores[change.newWinner])
        }
        single = whatIf.single.map(row)
        pairs = whatIf.pairs.map(row)
    }

    /// The label of a form.
    func label(_ form: Int) -> String {
        evaluation.ruleBase.forms[form].label.text(language)
    }

    /// A colon as the language writes it (French puts a space before).
    var colon: String { language.colon }
}
