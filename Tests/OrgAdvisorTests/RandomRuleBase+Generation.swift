import TestSupport

/// Generating a random rule base from a seed: a few criteria of every kind, two to six
/// forms (now and then ten), derivations (chains, several for one criterion), and rules with single tests,
/// `and`, `or`, `not`, `in [...]`, thresholds shared between rules and at the ends of
/// ranges, positive and negative points, fractional weights, and small points that tie.
extension RandomRuleBase {
    /// A rule base drawn from `generator`, with `derivations` derivations, one in
    /// `repeatTarget` of which sets the criterion of the one before it again.
    static func random(
        using generator: inout SeededGenerator, derivations: ClosedRange<Int> = 0...5,
        repeatTarget: Int = 3
    ) -> RandomRuleBase {
        var kinds = Kind.allCases
        for _ in 0..<Int.random(in: 0...2, using: &generator) {
            kinds.append(Kind.allCases.randomElement(using: &generator)!)
        }
        kinds.shuffle(using: &generator)
        let criteria = kinds.enumerated().map { index, kind in
            randomCriterion(index, kind, using: &generator)
        }
        // One in three: mostly rules on one listed criterion (the batch's table rows).
        let tableShaped = Int.random(in: 0..<3, using: &generator) == 0
        // Now and then more than 8 forms: no vector lanes for them.
        let formCount =
            Int.random(in: 0..<(tableShaped ? 4 : 12), using: &generator) == 0
            ? Int.random(in: 9...10, using: &generator) : Int.random(in: 2...6, using: &generator)
        let forms = (0..<formCount).map { "f\($0)" }
        var base = RandomRuleBase(
            criteria: criteria, forms: forms, rules: [], derivations: [], advice: [])
        base.derivations = base.randomDerivations(
            count: Int.random(in: derivations, using: &generator), repeatTarget: repeatTarget,
            using: &generator)
        for _ in 0..<Int.random(in: 3...9, using: &generator) {
            base.rules.append(
                tableShaped
                    ? base.randomTableRule(using: &generator) : base.randomRule(using: &generator))
        }
        for _ in 0..<Int.random(in: 0...2, using: &generator) {
            let condition =
                Bool.random(using: &generator)
                ? base.randomCondition(depth: 1, using: &generator) : nil
            let forms = forms.indices.filter { _ in Int.random(in: 0..<3, using: &generator) == 0 }
            base.advice.append(Advice(condition: condition, forms: forms))
        }
        return base
    }

    private static let ranges: [Kind: [(Double?, Double?)]] = [
        .integer: [(0, 20), (1, nil), (nil, nil), (nil, 10), (-5, 5), (0, 3)],
        .decimal: [(0, 1), (nil, nil), (-2, 2), (0, nil), (nil, 0.5)],
    ]

    private static func randomCriterion(
        _ index: Int, _ kind: Kind, using generator: inout SeededGenerator
    ) -> Criterion {
        let weights: [Int64] = [1000, 1000, 1000, 2000, 3000, 0, 500, 1250]
        var criterion = Criterion(
            id: "\(kind.rawValue)\(index)", kind: kind, values: [], minimum: nil, maximum: nil,
            weight: weights.randomElement(using: &generator)!, thresholds: [])
        switch kind {
        case .choice:
            let count = Int.random(in: 2...4, using: &generator)
            criterion.values = Array(["red", "green", "blue", "grey"].prefix(count))
        case .level:
            let count = Int.random(in: 2...4, using: &generator)
            criterion.values = Array(["low", "mid", "high", "top"].prefix(count))
        case .yesNo:
            criterion.values = ["yes", "no"]
        case .integer, .decimal:
            (criterion.minimum, criterion.maximum) = ranges[kind]!.randomElement(using: &generator)!
            let count =
                Int.random(in: 0..<5, using: &generator) == 0
                ? 3 : Int.random(in: 1...2, using: &generator)
            var pool: [Double] = []
            for _ in 0..<count {
                let threshold = criterion.randomNumber(ends: true, using: &generator)
                if !pool.contains(threshold) { pool.append(threshold) }
            }
            criterion.thresholds = pool
        }
        return criterion
    }

    /// Derivations on a random order of the criteria: each reads only criteria before
    /// its target in that order, so that there is no cycle; targets are often read by
    /// later derivations (chains) and sometimes derived twice (the first applies).
    private func randomDerivations(
        count: Int, repeatTarget: Int, using generator: inout SeededGenerator
    ) -> [Derivation] {
        let order = criteria.indices.shuffled(using: &generator)
        var derivations: [Derivation] = []
        for _ in 0..<count {
            let position: Int
            if let previous = derivations.last,
                Int.random(in: 0..<repeatTarget, using: &generator) == 0
            {
                position = order.firstIndex(of: previous.target)!
            } else {
                position = Int.random(in: 1..<order.count, using: &generator)
            }
            let target = order[position]
            var readable = Array(order[..<position])
            // Prefer reading a derived criterion: chains.
            let derived = readable.filter { read in derivations.contains { $0.target == read } }
            if !derived.isEmpty, Int.random(in: 0..<4, using: &generator) != 0 {
                readable = derived
            }
            var parts: [Condition] = []
            for _ in 0..<Int.random(in: 1...2, using: &generator) {
                parts.append(
                    randomTest(readable.randomElement(using: &generator)!, using: &generator))
            }
            let condition: Condition =
                parts.count == 1
                ? parts[0] : Bool.random(using: &generator) ? .and(parts) : .or(parts)
            let value: Double
            if criteria[target].kind.isEnumerated {
                value = Double(Int.random(in: 0..<criteria[target].values.count, using: &generator))
            } else {
                value = criteria[target].randomNumber(ends: false, using: &generator)
            }
            derivations.append(Derivation(target: target, value: value, condition: condition))
        }
        return derivations
    }

    private func randomRule(using generator: inout SeededGenerator) -> Rule {
        let condition: Condition
        switch Int.random(in: 0..<10, using: &generator) {
        case 0...2:
            condition = randomTest(
                criteria.indices.randomElement(using: &generator)!, using: &generator)
        case 3...5:
            condition = randomCondition(depth: 2, using: &generator)
        case 6...7:
            condition = listedCondition(using: &generator)
        default:
            condition = wideCondition(using: &generator)
        }
        return randomPoints(condition, using: &generator)
    }

    /// A rule testing one listed criterion, or else (one in four) numbers only.
    private func randomTableRule(using generator: inout SeededGenerator) -> Rule {
        let listed = criteria.indices.filter { criteria[$0].kind.isEnumerated }
        let numbers = criteria.indices.filter { !criteria[$0].kind.isEnumerated }
        if numbers.isEmpty || Int.random(in: 0..<4, using: &generator) != 0 {
            let test = randomTest(listed.randomElement(using: &generator)!, using: &generator)
            return randomPoints(test, using: &generator)
        }
        let tests = (0..<Int.random(in: 1...2, using: &generator)).map { _ in
            randomTest(numbers.randomElement(using: &generator)!, using: &generator)
        }
        return randomPoints(tests.count == 1 ? tests[0] : .and(tests), using: &generator)
    }

    /// A rule with this condition, points for some forms and perhaps its own weight.
    private func randomPoints(_ condition: Condition, using generator: inout SeededGenerator)
        -> Rule
    {
        let pointsChoice: [Int64] = [
            1000, 2000, 3000, -1000, -2000, -3000, 1000, -1000, 500, -1500, 0, 250,
        ]
        var points: [FormPoints] = []
        for form in forms.indices.shuffled(using: &generator).prefix(
            Int.random(in: 1...forms.count, using: &generator))
        {
            points.append(
                FormPoints(form: form, points: pointsChoice.randomElement(using: &generator)!))
        }
        // The same points to two forms: ties.
        if points.count >= 2, Int.random(in: 0..<4, using: &generator) == 0 {
            points[1].points = points[0].points
        }
        let ownWeights: [Int64] = [0, 1000, 2000, 500, 4000]
        let ownWeight =
            Int.random(in: 0..<5, using: &generator) == 0
            ? ownWeights.randomElement(using: &generator) : nil
        return Rule(condition: condition, points: points, ownWeight: ownWeight)
    }

    /// A condition tree of at most `depth` levels of `and`, `or` and `not`.
    func randomCondition(depth: Int, using generator: inout SeededGenerator) -> Condition {
        if depth == 0 || Int.random(in: 0..<3, using: &generator) == 0 {
            return randomTest(criteria.indices.randomElement(using: &generator)!, using: &generator)
        }
        switch Int.random(in: 0..<5, using: &generator) {
        case 0...1:
            return .and(
                (0..<Int.random(in: 2...3, using: &generator)).map { _ in
                    randomCondition(depth: depth - 1, using: &generator)
                })
        case 2...3:
            return .or(
                (0..<Int.random(in: 2...3, using: &generator)).map { _ in
                    randomCondition(depth: depth - 1, using: &generator)
                })
        default:
            return .not(randomCondition(depth: depth - 1, using: &generator))
        }
    }

    /// A condition reading two or three listed criteria, joined by `and` or `or`, one
    /// test perhaps negated: the rules whose tables are merged (`TableFusion`).
    private func listedCondition(using generator: inout SeededGenerator) -> Condition {
        let listed = criteria.indices.filter { criteria[$0].kind.isEnumerated }
        let read = listed.shuffled(using: &generator).prefix(
            Int.random(in: 2...min(3, listed.count), using: &generator))
        var tests = read.map { randomTest($0, using: &generator) }
        if Int.random(in: 0..<3, using: &generator) == 0 {
            let index = tests.indices.randomElement(using: &generator)!
            tests[index] = .not(tests[index])
        }
        return Bool.random(using: &generator) ? .and(tests) : .or(tests)
    }

    /// A condition reading three to five different criteria: tests joined by `and` and
    /// `or`, one of them perhaps negated.
    private func wideCondition(using generator: inout SeededGenerator) -> Condition {
        let read = criteria.indices.shuffled(using: &generator).prefix(
            Int.random(in: 3...min(5, criteria.count), using: &generator))
        var tests = read.map { randomTest($0, using: &generator) }
        if Bool.random(using: &generator) {
            let index = tests.indices.randomElement(using: &generator)!
            tests[index] = .not(tests[index])
        }
        let split = Int.random(in: 1..<tests.count, using: &generator)
        let left = Array(tests[..<split])
        let right = Array(tests[split...])
        func join(_ parts: [Condition], _ isAnd: Bool) -> Condition {
            parts.count == 1 ? parts[0] : isAnd ? .and(parts) : .or(parts)
        }
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: return .and(tests)
        case 1: return .or(tests)
        case 2: return .and([join(left, false), join(right, false)])
        default: return .or([join(left, true), join(right, true)])
        }
    }

    /// One test of a criterion: a comparison allowed by its kind, or a membership.
    func randomTest(_ index: Int, using generator: inout SeededGenerator) -> Condition {
        let criterion = criteria[index]
        let comparisons = Comparison.allCases.filter {
            criterion.kind.isOrdered || $0 == .equal || $0 == .notEqual
        }
        let candidates: [Double]
        if criterion.kind.isEnumerated {
            candidates = criterion.values.indices.map(Double.init)
        } else {
            candidates = criterion.thresholds
        }
        if Int.random(in: 0..<4, using: &generator) == 0 {
            let count = Int.random(in: 1...max(1, candidates.count), using: &generator)
            var values = Array(candidates.shuffled(using: &generator).prefix(count))
            // Now and then a value twice: the list is a set.
            if Int.random(in: 0..<6, using: &generator) == 0 { values.append(values[0]) }
            return .member(index, values, negated: Int.random(in: 0..<3, using: &generator) == 0)
        }
        return .compare(
            index, comparisons.randomElement(using: &generator)!,
            candidates.randomElement(using: &generator)!)
    }
}

extension RandomRuleBase.Criterion {
    /// A number in range: whole for integers, tenths for decimals; with `ends`, often
    /// one end of the range.
    func randomNumber(ends: Bool, using generator: inout SeededGenerator) -> Double {
        if ends, Int.random(in: 0..<4, using: &generator) == 0,
            let end = [minimum, maximum].compactMap({ $0 }).randomElement(using: &generator)
        {
            return end
        }
        let scale: Double = kind == .integer ? 1 : 10
        let low = Int(((minimum ?? -3) * scale).rounded(.up))
        let high = Int(((maximum ?? 12) * scale).rounded(.down))
        let lower = max(low, high - 20 * Int(scale))
        return Double(Int.random(in: min(lower, high)...high, using: &generator)) / scale
    }

    /// Values to give in profiles: every listed value, or for numbers the thresholds,
    /// their neighbours, the ends of the range and a random number.
    func interestingValues(using generator: inout SeededGenerator) -> [Double] {
        if kind.isEnumerated { return values.indices.map(Double.init) }
        let step = kind == .integer ? 1.0 : 0.1
        var candidates: [Double] = []
        for threshold in thresholds {
            let tenths = (threshold / step).rounded()
            candidates += [(tenths - 1) * step, threshold, (tenths + 1) * step]
        }
        candidates += [minimum, maximum].compactMap { $0 }
        candidates.append(randomNumber(ends: false, using: &generator))
        // Tenths as the rule file writes them (not 0.30000000000000004).
        return candidates.map { kind == .integer ? $0 : (($0 * 10).rounded()) / 10 }.filter(allows)
    }
}

extension RandomRuleBase {
    /// A profile (one value per criterion, NaN when not given) with `unknown` criteria
    /// not given, the others given one of their interesting values.
    func randomProfile(unknown: Int, using generator: inout SeededGenerator) -> [Double] {
        randomProfile(
            missing: Set(criteria.indices.shuffled(using: &generator).prefix(unknown)),
            using: &generator)
    }

    /// A profile with the `missing` criteria not given, the others given one of their
    /// interesting values.
    func randomProfile(missing: Set<Int>, using generator: inout SeededGenerator) -> [Double] {
        criteria.indices.map { index in
            missing.contains(index)
                ? .nan
                : criteria[index].interestingValues(using: &generator).randomElement(
                    using: &generator)!
        }
    }
}
