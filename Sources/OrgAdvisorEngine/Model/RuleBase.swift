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
    /// The checked rule base this one was built from (its declarations, in the order of
    /// the rule files).
    public let checked: CheckedRuleBase

    /// The rule base's name, from its `rulebase` declaration (or its first file's name).
    public var name: String { checked.name }
    /// The rule base's version, from its `rulebase` declaration.
    public var version: String { checked.version }
    /// The title, if declared.
    public var title: LocalizedText? { checked.title }
    /// The criteria, in declaration order.
    public var criteria: [Criterion] { checked.criteria }
    /// The forms, in declaration order (the tie-break order).
    public var forms: [Form] { checked.forms }
    /// The scoring rules, in declaration order.
    public var rules: [Rule] { checked.rules }
    /// The derived facts, in declaration order.
    public var derivations: [Derivation] { checked.derivations }
    /// The advice items, in declaration order.
    public var advice: [Advice] { checked.advice }
    /// The `accept` lines that explain findings of the deep check, in file order.
    public var acceptances: [Acceptance] { checked.acceptances }
    /// A fingerprint of the rule files' names and contents (16 hex digits), so that a
    /// result can be traced to the exact rules that made it.
    public var fingerprint: String { checked.fingerprint }
    /// Warnings found at load time (rules base works, but something looks wrong).
    public var warnings: [Diagnostic] { checked.warnings }
    /// The paths of the files it was loaded from.
    public var paths: [String] { checked.paths }
    /// Derivation indices in evaluation order.
    var derivationOrder: [Int] { checked.derivationOrder }

    package let program: Program
    /// For each criterion, its value classes (``ProfileSpace``): the one partition of
    /// its values that what-if, the completion analysis, maps and the deep check use.
    let valueClasses: [[ValueClass]]
    /// For each criterion, the representative of each of its value classes, in order
    /// (kept apart from ``valueClasses`` for the completion analysis's inner loop).
    let representatives: [[Double]]
    private let criterionIndex: [String: Int]
    private let formIndex: [String: Int]

    /// Builds the rule base's program and value classes from a checked rule base.
    public convenience init(_ checked: CheckedRuleBase) {
        self.init(checked, classes: ProfileSpace.classes(of: checked), tables: nil)
    }

    /// A rule base of a checked rule base with its value classes, its tables built or
    /// restored from `tables` (taken from a program of the same rule base, and checked).
    init(_ checked: CheckedRuleBase, classes valueClasses: [[ValueClass]], tables: ProgramTables?) {
        self.checked = checked
        let criteria = checked.criteria
        self.criterionIndex = Dictionary(keepingFirst: criteria.map { ($0.id, $0.index) })
        self.formIndex = Dictionary(keepingFirst: checked.forms.map { ($0.id, $0.index) })
        self.program = Program(
            criteria: criteria, forms: checked.forms, rules: checked.rules,
            derivations: checked.derivations, order: checked.derivationOrder,
            classes: valueClasses, tables: tables)
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
        var weighted = checked
        weighted.criteria = newCriteria
        weighted.rules = newRules
        // The conditions are the same: so are the value classes.
        return RuleBase(weighted, classes: valueClasses, tables: nil)
    }
}
