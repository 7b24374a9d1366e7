import OrgAdvisorRules

/// How far each criterion's weight may move, the others fixed, before the winner or
/// the ranking of a profile changes. Scores are linear in each weight, so the bounds
/// are exact rationals, not the result of a search.
public struct WeightSensitivity: Sendable {
    /// An exact bound: numerator / denominator weight units (denominator > 0).
    public struct Bound: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The numerator.
        public let numerator: Int64
        /// The denominator, positive.
        public let denominator: Int64
        /// Whether the weight may equal the bound.
        public let inclusive: Bool

        init(_ numerator: Int64, _ denominator: Int64, inclusive: Bool) {
            let sign: Int64 = denominator < 0 ? -1 : 1
            self.numerator = numerator * sign
            self.denominator = denominator * sign
            self.inclusive = inclusive
        }

        /// The bound as a floating-point number.
        public var value: Double { Double(numerator) / Double(denominator) }

        /// Orders by value (exactly, with full-width products).
        public static func < (lhs: Bound, rhs: Bound) -> Bool {
            let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
            let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
            return (left.high, left.low) < (right.high, right.low)
        }

        /// Equal values (inclusiveness aside) compare equal in `<`; `==` also checks it.
        static func sameValue(_ lhs: Bound, _ rhs: Bound) -> Bool { !(lhs < rhs) && !(rhs < lhs) }

        /// The value with up to three decimals, prefixed by ≈ when not exact.
        public var description: String {
            let thousandths = (Double(numerator) * 1000 / Double(denominator)).rounded()
            let exact =
                Int64(thousandths).multipliedReportingOverflow(by: denominator).partialValue
                == numerator.multipliedReportingOverflow(by: 1000).partialValue
            return (exact ? "" : "≈") + Score.format(Int64(thousandths), scale: 1000)
        }
    }

    /// The interval of one weight.
    public struct Interval: Sendable, Hashable {
        /// The lowest weight (0 inclusive when nothing else binds).
        public let lower: Bound
        /// The highest weight, nil when unbounded.
        public let upper: Bound?
        /// The form that leads (or the ranking's first change) just below `lower`, if any.
        public let belowLower: Int?
        /// The form that leads (or the ranking's first change) just above `upper`, if any.
        public let aboveUpper: Int?

        /// Whether a weight lies in the interval.
        public func contains(_ weight: FixedDecimal) -> Bool {
            let point = Bound(weight.thousandths, 1000, inclusive: true)
            let aboveLower = lower < point || (Bound.sameValue(lower, point) && lower.inclusive)
            guard let upper else { return aboveLower }
            return aboveLower
                && (point < upper || (Bound.sameValue(upper, point) && upper.inclusive))
        }
    }

    /// The sensitivity of one criterion's weight.
    public struct Entry: Sendable, Hashable {
        /// The criterion's index.
        public let criterion: Int
        /// Its current weight.
        public let weight: FixedDecimal
        /// Whether any fired rule takes its weight (if not, the weight cannot matter).
        public let matters: Bool
        /// The weights that keep the same winner.
        public let winner: Interval
        /// The weights that keep the whole ranking.
        public let ranking: Interval
        /// The smallest relative change of this weight that changes the winner (0.5 =
        /// 50 %), nil when no weight ≥ 0 changes it.
        public let criticalChange: Double?
    }

    /// One entry per criterion, in criterion order.
    public let entries: [Entry]
    /// The criterion whose weight changes the winner with the smallest relative change.
    public let mostCritical: Int?
}

extension RuleBase {
    /// The weight sensitivity of a profile's result: for each criterion, the exact
    /// intervals of its weight (the others fixed) that keep the winner and the ranking,
    /// and which form takes over beyond each end. Only rules that fire count; a rule
    /// with its own `weight` does not depend on any criterion's weight.
    public func weightSensitivity(_ profile: Profile) -> WeightSensitivity {
        let formCount = forms.count
        var fired = [Bool](repeating: false, count: rules.count)
        withFacts(of: profile) { facts, stack in
            for rule in rules.indices {
                fired[rule] = program.ruleTruth(rule, facts, stack: stack) == Program.trueValue
            }
        }
        var entries: [WeightSensitivity.Entry] = []
        for criterion in criteria {
            // score_f(w) = constant_f + w × slope_f, in millionths of a point.
            var constant = [Int64](repeating: 0, count: formCount)
            var slope = [Int64](repeating: 0, count: formCount)
            var matters = false
            for rule in rules where fired[rule.index] {
                let depends = rule.weightSource == .criterion(criterion.index)
                if depends { matters = true }
                for entry in rule.points {
                    if depends {
                        slope[entry.form] &+= entry.points.thousandths * 1000
                    } else {
                        constant[entry.form] &+= (rule.weight * entry.points).micro
                    }
                }
            }
            let weight = criterion.weight
            // Scores are in millionths; w in thousandths: score = constant + slope × w / 1000.
            func score(_ form: Int, at thousandths: Int64) -> Int64 {
                constant[form] &+ slope[form] &* thousandths / 1000
            }
            func ranking(at thousandths: Int64) -> [Int] {
                Ranking.order(count: formCount) { score($0, at: thousandths) }
            }
            let current = ranking(at: weight.thousandths)
            let winnerInterval = interval(
                pairs: (0..<formCount).filter { $0 != current[0] }.map { (current[0], $0) },
                constant: constant,
                slope: slope)
            var pairs: [(Int, Int)] = []
            for (position, form) in current.enumerated() {
                for other in current[(position + 1)...] { pairs.append((form, other)) }
            }
            let rankingInterval = interval(pairs: pairs, constant: constant, slope: slope)
            // Which form leads just outside the winner interval (exact rationals are
            // compared; the form is found at a point a millionth of a unit away).
            func leader(near bound: WeightSensitivity.Bound, below: Bool) -> Int? {
                let scale = 1_000_000.0
                let point = bound.value + (below ? -1 : 1) / scale
                guard point >= 0 else { return nil }
                let scores = (0..<formCount).map {
                    Double(constant[$0]) + Double(slope[$0]) * point
                }
                return formCount > 0 ? Ranking.winner(scores) : nil
            }
            let lowerBinding = winnerInterval.lower.numerator > 0
            let winnerResult = WeightSensitivity.Interval(
                lower: winnerInterval.lower, upper: winnerInterval.upper,
                belowLower: lowerBinding ? leader(near: winnerInterval.lower, below: true) : nil,
                aboveUpper: winnerInterval.upper.flatMap { leader(near: $0, below: false) })
            let rankingResult = WeightSensitivity.Interval(
                lower: rankingInterval.lower, upper: rankingInterval.upper, belowLower: nil,
                aboveUpper: nil)
            var critical: Double?
            if weight.thousandths > 0 {
                let w = weight.doubleValue
                if lowerBinding { critical = (w - winnerInterval.lower.value) / w }
                if let upper = winnerInterval.upper {
                    let change = (upper.value - w) / w
                    critical = critical.map { min($0, change) } ?? change
                }
            }
            entries.append(
                WeightSensitivity.Entry(
                    criterion: criterion.index, weight: weight, matters: matters,
                    winner: winnerResult,
                    ranking: rankingResult, criticalChange: matters ? critical : nil))
        }
        let mostCritical = entries.filter { $0.criticalChange != nil }.min {
            $0.criticalChange! != $1.criticalChange!
                ? $0.criticalChange! < $1.criticalChange! : $0.criterion < $1.criterion
        }?.criterion
        return WeightSensitivity(entries: entries, mostCritical: mostCritical)
    }

    /// The weights w ≥ 0 for which every `(ahead, behind)` pair keeps its order: ahead
    /// scores more, or the same when declared first.
    private func interval(
        pairs: [(Int, Int)], constant: [Int64], slope: [Int64]
    ) -> (lower: WeightSensitivity.Bound, upper: WeightSensitivity.Bound?) {
        var lower = WeightSensitivity.Bound(0, 1, inclusive: true)
        var upper: WeightSensitivity.Bound?
        for (ahead, behind) in pairs {
            // D(w) = dA + w × dB, in millionths of a point, for a weight w in units.
            let dA = constant[ahead] &- constant[behind]
            let dB = slope[ahead] &- slope[behind]
            let tieKeepsOrder = ahead < behind
            guard dB != 0 else { continue }
            // D(w) = 0 at w = -dA / dB.
            let bound = WeightSensitivity.Bound(-dA, dB, inclusive: tieKeepsOrder)
            if dB > 0 {
                if lower < bound
                    || (WeightSensitivity.Bound.sameValue(lower, bound) && !bound.inclusive)
                {
                    lower = bound
                }
            } else {
                if let current = upper {
                    if bound < current
                        || (WeightSensitivity.Bound.sameValue(current, bound) && !bound.inclusive)
                    {
                        upper = bound
                    }
                } else {
                    upper = bound
                }
            }
        }
        if lower.numerator < 0 { lower = WeightSensitivity.Bound(0, 1, inclusive: true) }
        return (lower, upper)
    }
}
