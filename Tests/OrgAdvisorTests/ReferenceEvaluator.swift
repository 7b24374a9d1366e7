/// A plain evaluator of a ``RandomRuleBase``, written from the rule language's reference
/// (`Rules/README.md`) and nothing of the engine, as the property tests' oracle: slow,
/// short, and obviously right.
///
/// - Conditions in three-valued (Kleene) logic: a test of an unknown criterion is
///   unknown; `and` is false when a part is false, true when all are true; `or` the
///   other way round; `not` keeps unknown.
/// - Derived facts: a criterion not given takes the value of the first derivation of it
///   (in declaration order) whose condition is true, its condition read once every
///   criterion it reads is settled. Derivations never form a cycle, so this defines
///   every fact; it is the replay in dependency order that the reference describes.
/// - Scores: over the rules whose condition is true, weight × points per form, in
///   millionths (thousandths × thousandths), added with wrapping arithmetic.
/// - Ranking: highest score first, the form declared first between equal scores.
/// - Bounds and possible winners: the lowest and highest score of each form, and the
///   forms at the top (alone or tied), over every completion of the profile (see ``Completion``: by
///   default as the engine defines it, every fact still unknown after derivation that
///   a rule reads is a free variable, and derivations are not replayed). Numbers take a
///   value in every stretch that the conditions' constants tell apart: each constant,
///   one value between two neighbouring constants, one below the lowest and one above
///   the highest, within the range.
struct ReferenceEvaluator {
    /// The truth of a condition.
    enum Truth: String {
        case `true`
        case `false`
        case unknown
    }

    /// What a derivation did, named as in the trace.
    enum DerivationOutcome: String {
        case applied
        case given
        case alreadyDerived = "already-derived"
        case notApplicable = "not-applicable"
        case unknown
    }

    /// Everything the reference says about one profile.
    struct Result {
        /// The value of every criterion after derivations, NaN when unknown.
        var facts: [Double]
        /// For each derived criterion, the derivation that set it.
        var derivedBy: [Int: Int]
        /// By derivation index.
        var derivationOutcomes: [DerivationOutcome]
        /// By rule index.
        var ruleTruths: [Truth]
        /// By form index, in millionths.
        var scores: [Int64]
        var ranking: [Int]
        /// Criteria unknown after derivations.
        var unknownCriteria: [Int]
        /// By form index, in millionths.
        var bounds: [ClosedRange<Int64>]
        var possibleWinners: [Int]
        /// The advice items that apply.
        var advice: [Int]
        /// How many completions were scored.
        var completions: Int
    }

    /// What a completion of a profile is.
    enum Completion {
        /// Every fact still unknown after derivation that a rule reads takes each of its
        /// values; the derived facts stay as they are (the engine's reading before it
        /// replayed derivations: it differs when an earlier derivation of a derived fact
        /// is undecided).
        case freeFacts
        /// As the engine and the rule language's reference define it: every criterion
        /// still unknown after derivation is given each of its values, and the
        /// derivations are replayed on the completed profile.
        case givenAndDerived
    }

    let base: RandomRuleBase
    let completion: Completion
    /// For each criterion, the values a completion gives it.
    let representatives: [[Double]]
    /// Each rule's weight.
    let weights: [Int64]

    init(_ base: RandomRuleBase, completion: Completion = .givenAndDerived) {
        self.base = base
        self.completion = completion
        self.weights = base.rules.map { base.weight(of: $0) }
        // Replayed derivations read criteria too.
        let conditions =
            base.rules.map(\.condition)
            + (completion == .givenAndDerived ? base.derivations.map(\.condition) : [])
        self.representatives = base.criteria.indices.map { index in
            ReferenceEvaluator.representatives(
                base.criteria[index], constants: conditions.flatMap { $0.constants(of: index) })
        }
    }

    /// Every listed value; for numbers, each constant within range and one value in each
    /// stretch around them.
    static func representatives(_ criterion: RandomRuleBase.Criterion, constants: [Double])
        -> [Double]
    {
        if criterion.kind.isEnumerated { return criterion.values.indices.map(Double.init) }
        let points = Set(constants.filter(criterion.allows)).sorted()
        guard let first = points.first, let last = points.last else {
            return [criterion.minimum ?? criterion.maximum ?? 0]
        }
        var values = points
        if criterion.kind == .integer {
            for (low, high) in zip(points, points.dropFirst()) where low + 1 < high {
                values.append(low + 1)
            }
            values += [first - 1, last + 1].filter(criterion.allows)
        } else {
            for (low, high) in zip(points, points.dropFirst()) { values.append((low + high) / 2) }
            if let minimum = criterion.minimum {
                if minimum < first { values.append(minimum) }
            } else {
                values.append(first - 1)
            }
            if let maximum = criterion.maximum {
                if maximum > last { values.append(maximum) }
            } else {
                values.append(last + 1)
            }
        }
        return values.sorted()
    }

    /// The truth of a condition over facts (NaN for unknown).
    static func truth(_ condition: RandomRuleBase.Condition, _ facts: [Double]) -> Truth {
        switch condition {
        case .compare(let criterion, let comparison, let constant):
            if facts[criterion].isNaN { return .unknown }
            return comparison.holds(facts[criterion], constant) ? .true : .false
        case .member(let criterion, let values, let negated):
            if facts[criterion].isNaN { return .unknown }
            return values.contains(facts[criterion]) != negated ? .true : .false
        case .and(let parts):
            var all = Truth.true
            for part in parts {
                switch truth(part, facts) {
                case .false: return .false
                case .unknown: all = .unknown
                case .true: break
                }
            }
            return all
        case .or(let parts):
            var all = Truth.false
            for part in parts {
                switch truth(part, facts) {
                case .true: return .true
                case .unknown: all = .unknown
                case .false: break
                }
            }
            return all
        case .not(let part):
            switch truth(part, facts) {
            case .true: return .false
            case .false: return .true
            case .unknown: return .unknown
            }
        }
    }

    /// The facts after derivations, which derivation set each derived one, and what
    /// each derivation did.
    func derive(_ given: [Double]) -> (
        facts: [Double], derivedBy: [Int: Int], outcomes: [DerivationOutcome]
    ) {
        var facts = given
        var settled = given.map { !$0.isNaN }
        var derivedBy: [Int: Int] = [:]
        func settle(_ criterion: Int) {
            if settled[criterion] { return }
            settled[criterion] = true
            for (index, derivation) in base.derivations.enumerated()
            where derivation.target == criterion {
                derivation.condition.criteria.forEach(settle)
                if ReferenceEvaluator.truth(derivation.condition, facts) == .true {
                    facts[criterion] = derivation.value
                    derivedBy[criterion] = index
                    return
                }
            }
        }
        base.criteria.indices.forEach(settle)
        let outcomes = base.derivations.enumerated().map { index, derivation -> DerivationOutcome in
            if !given[derivation.target].isNaN { return .given }
            if let setter = derivedBy[derivation.target] {
                if setter < index { return .alreadyDerived }
                if setter == index { return .applied }
            }
            return ReferenceEvaluator.truth(derivation.condition, facts) == .false
                ? .notApplicable : .unknown
        }
        return (facts, derivedBy, outcomes)
    }

    /// The score of every form, in millionths: `start` plus the points of those of
    /// `rules` (every rule by default) that fire.
    func scores(_ facts: [Double], rules: [Int]? = nil, start: [Int64]? = nil) -> [Int64] {
        var scores = start ?? [Int64](repeating: 0, count: base.forms.count)
        for rule in rules ?? Array(base.rules.indices)
        where ReferenceEvaluator.truth(base.rules[rule].condition, facts) == .true {
            for entry in base.rules[rule].points {
                scores[entry.form] &+= weights[rule] &* entry.points
            }
        }
        return scores
    }

    /// The forms by score, highest first, the one declared first between equal scores.
    static func ranking(_ scores: [Int64]) -> [Int] {
        scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    }

    /// Evaluates a profile (one value per criterion, NaN when not given).
    func evaluate(_ given: [Double]) -> Result {
        let (facts, derivedBy, outcomes) = derive(given)
        let scores = self.scores(facts)
        let ranking = ReferenceEvaluator.ranking(scores)
        let unknown = base.criteria.indices.filter { facts[$0].isNaN }
        let (bounds, winners, completions) = complete(given, facts)
        let advice = base.advice.indices.filter { index in
            let item = base.advice[index]
            let holds = item.condition.map { ReferenceEvaluator.truth($0, facts) == .true } ?? true
            return holds && (item.forms.isEmpty || item.forms.contains(ranking[0]))
        }
        return Result(
            facts: facts, derivedBy: derivedBy, derivationOutcomes: outcomes,
            ruleTruths: base.rules.map { ReferenceEvaluator.truth($0.condition, facts) },
            scores: scores, ranking: ranking, unknownCriteria: unknown, bounds: bounds,
            possibleWinners: winners, advice: advice, completions: completions)
    }

    /// The bounds and possible winners over every completion of a profile, and how many
    /// completions there were.
    func complete(_ given: [Double], _ facts: [Double]) -> (
        bounds: [ClosedRange<Int64>], winners: [Int], completions: Int
    ) {
        let readers: [RandomRuleBase.Condition] =
            base.rules.map(\.condition)
            + (completion == .givenAndDerived ? base.derivations.map(\.condition) : [])
        // The unknown facts that some condition reads: the free variables.
        let free = base.criteria.indices.filter { criterion in
            facts[criterion].isNaN && readers.contains { $0.criteria.contains(criterion) }
        }
        // Without replaying derivations, the rules that read no free fact score the same
        // in every completion.
        let varying = base.rules.indices.filter { rule in
            completion == .givenAndDerived
                || base.rules[rule].condition.criteria.contains(where: free.contains)
        }
        let fixed = self.scores(facts, rules: base.rules.indices.filter { !varying.contains($0) })
        var low = [Int64](repeating: .max, count: base.forms.count)
        var high = [Int64](repeating: .min, count: base.forms.count)
        var winners: Set<Int> = []
        var values = completion == .freeFacts ? facts : given
        var digits = [Int](repeating: 0, count: free.count)
        var completions = 0
        while true {
            for (position, criterion) in free.enumerated() {
                values[criterion] = representatives[criterion][digits[position]]
            }
            let completed =
                completion == .freeFacts
                ? self.scores(values, rules: varying, start: fixed)
                : self.scores(derive(values).facts)
            completions += 1
            for form in completed.indices {
                low[form] = min(low[form], completed[form])
                high[form] = max(high[form], completed[form])
            }
            // Every form at the top, alone or tied, could win.
            let highest = completed.max()!
            for form in completed.indices where completed[form] == highest { winners.insert(form) }
            var position = 0
            while position < digits.count {
                digits[position] += 1
                if digits[position] < representatives[free[position]].count { break }
                digits[position] = 0
                position += 1
            }
            if position == digits.count { break }
        }
        return (zip(low, high).map { $0...$1 }, winners.sorted(), completions)
    }
}
