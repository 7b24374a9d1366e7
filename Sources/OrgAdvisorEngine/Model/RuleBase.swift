import OrgAdvisorRules

/// A compiled rule base: criteria, forms, rules, derivations and advice, checked and
/// ready to score any number of profiles from any thread.
///
/// ```swift
/// let rules = try RuleBase(source: text, path: "course.orgrules")
/// let profile = try rules.profile(["sites": "5", "volume": "high"])
/// let result = rules.evaluate(profile)
/// print(result.winner.label.text(.english))
/// ```
public final class RuleBase: Sendable {
    /// The rule base's name, from its `rulebase` declaration (or its first file's name).
    public let name: String
    /// The rule base's version, from its `rulebase` declaration.
    public let version: String
    /// The title, if declared.
    public let title: LocalizedText?
    /// The criteria, in declaration order.
    public let criteria: [Criterion]
    /// The forms, in declaration order (the tie-break order).
    public let forms: [Form]
    /// The scoring rules, in declaration order.
    public let rules: [Rule]
    /// The derived facts, in declaration order.
    public let derivations: [Derivation]
    /// The advice items, in declaration order.
    public let advice: [Advice]
    /// The `accept` lines that explain findings of the deep check, in file order.
    public let acceptances: [Acceptance]
    /// A fingerprint of the rule files' names and contents (16 hex digits), so that a
    /// result can be traced to the exact rules that made it.
    public let fingerprint: String
    /// Warnings found at load time (rules base works, but something looks wrong).
    public let warnings: [Diagnostic]
    /// The paths of the files it was loaded from.
    public let paths: [String]

    package let program: Program
    /// For each criterion, its value classes (``ProfileSpace``): the one partition of
    /// its values that what-if, the completion analysis, maps and the deep check use.
    let valueClasses: [[ValueClass]]
    /// For each criterion, the representative of each of its value classes, in order.
    let representatives: [[Double]]
    /// Derivation indices in evaluation order.
    let derivationOrder: [Int]
    private let criterionIndex: [String: Int]
    private let formIndex: [String: Int]

    init(
        name: String, version: String, title: LocalizedText?, criteria: [Criterion], forms: [Form],
        rules: [Rule], derivations: [Derivation], derivationOrder: [Int], advice: [Advice],
        acceptances: [Acceptance] = [], fingerprint: String, warnings: [Diagnostic],
        paths: [String]
    ) {
        self.name = name
        self.version = version
        self.title = title
        self.criteria = criteria
        self.forms = forms
        self.rules = rules
        self.derivations = derivations
        self.derivationOrder = derivationOrder
        self.advice = advice
        self.acceptances = acceptances
        self.fingerprint = fingerprint
        self.warnings = warnings
        self.paths = paths
        self.criterionIndex = Dictionary(keepingFirst: criteria.map { ($0.id, $0.index) })
        self.formIndex = Dictionary(keepingFirst: forms.map { ($0.id, $0.index) })
        self.program = Program(
            criteria: criteria, forms: forms, rules: rules, derivations: derivations,
            order: derivationOrder)
        let valueClasses = ProfileSpace.classes(
            criteria: criteria, rules: rules, derivations: derivations, advice: advice)
        self.valueClasses = valueClasses
        self.representatives = valueClasses.map { classes in
            classes.map { $0.representative }
        }
    }

    /// The criterion with this id.
    public func criterion(_ id: String) -> Criterion? {
        criterionIndex[id].map { criteria[$0] }
    }

    /// The form with this id.
    public func form(_ id: String) -> Form? {
        formIndex[id].map { forms[$0] }
    }

    /// The advice with this id.
    public func advice(_ id: String) -> Advice? {
        advice.first { $0.id == id }
    }

    /// A copy of this rule base with other criterion weights; rules with their own
    /// `weight` keep it.
    ///
    /// - Throws: ``ProfileError`` for an unknown criterion or a negative weight, and
    ///   when the new weights could make a form's scores pass the largest score
    ///   computed exactly (the limit rule files are checked against when compiled).
    public func withWeights(_ weights: [String: FixedDecimal]) throws(ProfileError) -> RuleBase {
        var newCriteria = criteria
        for (id, weight) in weights.sorted(by: { $0.key < $1.key }) {
            guard let index = criterionIndex[id] else {
                throw .unknownCriterion(
                    id, suggestion: NameSuggestion.nearest(to: id, in: criteria.map { $0.id }))
            }
            guard weight.thousandths >= 0 else {
                throw .invalidWeight(criterion: id, text: weight.description)
            }
            newCriteria[index] = newCriteria[index].with(weight: weight)
        }
        let newRules = rules.map { rule -> Rule in
            if case .criterion(let index) = rule.weightSource {
                return rule.with(weight: newCriteria[index].weight)
            }
            return rule
        }
        if let excess = ScoreLimit.firstExcess(newRules) {
            throw .weightsTooLarge(form: forms[excess.form].id)
        }
        return RuleBase(
            name: name, version: version, title: title, criteria: newCriteria, forms: forms,
            rules: newRules, derivations: derivations, derivationOrder: derivationOrder,
            advice: advice, acceptances: acceptances, fingerprint: fingerprint,
            warnings: warnings, paths: paths)
    }
}
