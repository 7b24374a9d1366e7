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
    /// For each criterion, values that stand for every class of values that the
    /// conditions can tell apart (all values of enumerated criteria).
    let representatives: [[Double]]
    /// For each criterion, its value classes (``ProfileSpace``).
    let valueClasses: [[ValueClass]]
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
        self.criterionIndex = RuleBase.firstIndexByID(criteria.map { ($0.id, $0.index) })
        self.formIndex = RuleBase.firstIndexByID(forms.map { ($0.id, $0.index) })
        self.program = RuleBase.makeProgram(
            criteria: criteria, forms: forms, rules: rules, derivations: derivations,
            order: derivationOrder, advice: advice)
        self.representatives = RuleBase.makeRepresentatives(
            criteria: criteria, rules: rules, derivations: derivations, advice: advice)
        self.valueClasses = ProfileSpace.classes(
            criteria: criteria, rules: rules, derivations: derivations, advice: advice)
    }

    /// Each id's index, the first one's when an id repeats (a loop rather than
    /// `Dictionary(_:uniquingKeysWith:)`, which Embedded Swift does not have).
    private static func firstIndexByID(_ pairs: [(String, Int)]) -> [String: Int] {
        var indexByID: [String: Int] = [:]
        indexByID.reserveCapacity(pairs.count)
        for (id, index) in pairs where indexByID[id] == nil { indexByID[id] = index }
        return indexByID
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

    private static func makeProgram(
        criteria: [Criterion], forms: [Form], rules: [Rule], derivations: [Derivation],
        order: [Int], advice: [Advice]
    ) -> Program {
        var program = Program.Builder()
        program.criterionCount = criteria.count
        program.formCount = forms.count
        for rule in rules {
            program.ruleCode.append(program.append(rule.condition))
            let start = program.contributionForm.count
            for entry in rule.points {
                program.contributionForm.append(entry.form)
                program.contributionScore.append((rule.weight * entry.points).micro)
            }
            program.ruleContributions.append(start..<program.contributionForm.count)
        }
        // Rules that read a single listed criterion fold into one row of points per value.
        var folded: [Int: [Int]] = [:]
        for rule in rules {
            if rule.criteria.count == 1, criteria[rule.criteria[0]].kind.isEnumerated {
                folded[rule.criteria[0], default: []].append(rule.index)
            } else {
                program.genericRules.append(rule.index)
                for criterion in rule.criteria {
                    program.genericCriteriaMask |= criterion < 64 ? 1 << UInt64(criterion) : ~0
                }
            }
        }
        var facts = [Double](repeating: .nan, count: criteria.count)
        for criterion in folded.keys.sorted() {
            program.tableCriteria.append(criterion)
            program.tableOffsets.append(program.table.count)
            for value in criteria[criterion].values.indices {
                facts[criterion] = Double(value)
                var row = [Int64](repeating: 0, count: forms.count)
                for rule in folded[criterion]!
                where Tracer.truth(rules[rule].condition, facts: facts) == .true {
                    for entry in rules[rule].points {
                        row[entry.form] &+= (rules[rule].weight * entry.points).micro
                    }
                }
                program.table += row
            }
            facts[criterion] = .nan
        }
        if forms.count <= 8 && forms.count > 0 {
            for offset in program.tableOffsets { program.wideRows.append(offset / forms.count) }
            for start in stride(from: 0, to: program.table.count, by: forms.count) {
                var row = SIMD8<Int64>()
                for form in forms.indices { row[form] = program.table[start + form] }
                program.wideTable.append(row)
            }
        }
        for index in order {
            let derivation = derivations[index]
            program.derivations.append(
                Program.DerivationCode(
                    target: derivation.target, value: derivation.value,
                    code: program.append(derivation.condition)))
        }
        return Program(program)
    }

    private static func makeRepresentatives(
        criteria: [Criterion], rules: [Rule], derivations: [Derivation], advice: [Advice]
    ) -> [[Double]] {
        var constants: [Int: [Double]] = [:]
        for rule in rules { rule.condition.collectConstants(into: &constants) }
        for derivation in derivations {
            derivation.condition.collectConstants(into: &constants)
            constants[derivation.target, default: []].append(derivation.value)
        }
        for item in advice { item.condition?.collectConstants(into: &constants) }
        return criteria.map { criterion in
            if criterion.kind.isEnumerated {
                return criterion.values.indices.map(Double.init)
            }
            let points = Set(constants[criterion.index] ?? []).sorted()
            var candidates: [Double] = []
            if criterion.kind == .integer {
                for point in points { candidates += [point - 1, point, point + 1] }
            } else {
                for (offset, point) in points.enumerated() {
                    candidates.append(point)
                    if offset + 1 < points.count {
                        candidates.append((point + points[offset + 1]) / 2)
                    }
                }
                if let first = points.first { candidates.append(first - 1) }
                if let last = points.last { candidates.append(last + 1) }
            }
            if let minimum = criterion.minimum { candidates.append(minimum) }
            if candidates.isEmpty { candidates.append(criterion.maximum ?? 0) }
            let inRange = candidates.filter { candidate in
                (criterion.minimum.map { candidate >= $0 } ?? true)
                    && (criterion.maximum.map { candidate <= $0 } ?? true)
            }
            return Set(inRange.isEmpty ? [criterion.minimum ?? 0] : inRange).sorted()
        }
    }
}
