import OrgAdvisorRules

/// The finite space of profiles a rule base can tell apart.
///
/// A rule base only ever compares a number with the constants its conditions name, so
/// every numeric criterion splits into a few intervals whose values behave alike in
/// every rule, derivation and advice condition: its *value classes*. Listed values
/// (choice, level, yes/no) are one class each. With "unknown" as one more option per
/// criterion, the whole profile space is finite, and every analysis that enumerates it
/// is exact, not sampled.
///
/// ```swift
/// let space = ProfileSpace(RuleBase.builtIn)
/// space.classes[1].map { $0.description(in: RuleBase.builtIn) }   // ["1", "2", ">= 3"]
/// ```
public struct ProfileSpace: Sendable {
    /// The rule base it partitions.
    public let ruleBase: RuleBase
    /// The value classes of each criterion, by criterion index, in increasing order.
    public let classes: [[ValueClass]]

    /// The space of a rule base (its value classes are computed once, when it is
    /// compiled).
    public init(_ ruleBase: RuleBase) {
        self.ruleBase = ruleBase
        self.classes = ruleBase.valueClasses
    }

    /// The value classes of every criterion of a checked rule base.
    static func classes(of checked: CheckedRuleBase) -> [[ValueClass]] {
        classes(
            criteria: checked.criteria, rules: checked.rules, derivations: checked.derivations,
            advice: checked.advice)
    }

    /// The value classes of every criterion, from the comparisons that the rules,
    /// derivations and advice make.
    static func classes(
        criteria: [Criterion], rules: [Rule], derivations: [Derivation], advice: [Advice]
    ) -> [[ValueClass]] {
        // By criterion index; a listed criterion's classes are its values, whatever the
        // conditions compare it with.
        var atoms = [[Atom]](repeating: [], count: criteria.count)
        let isNumber = criteria.map { !$0.kind.isEnumerated }
        func collect(_ condition: Condition) {
            condition.forEachAtom { criterion, atom in
                if isNumber[criterion] { atoms[criterion].append(atom) }
            }
        }
        // By index: a `for rule in rules` loop would copy (retain and release) each rule.
        for index in rules.indices { collect(rules[index].condition) }
        for index in derivations.indices { collect(derivations[index].condition) }
        for index in advice.indices { advice[index].condition.map(collect) }
        return criteria.map { criterion in partition(criterion, atoms: atoms[criterion.index]) }
    }

    /// The number of profiles in which every criterion of `criteria` takes one of its
    /// classes (and, when `includingUnknown`, may also be unknown); nil when it does not
    /// fit in an `Int`.
    public func count(of criteria: [Int], includingUnknown: Bool) -> Int? {
        MixedRadixCounter.count(criteria.map { classes[$0].count + (includingUnknown ? 1 : 0) })
    }

    /// The number of fully given profiles (one class per criterion); nil on overflow.
    public var fullCount: Int? {
        count(of: Array(ruleBase.criteria.indices), includingUnknown: false)
    }

    /// The index of the class that holds a raw value of a criterion (an enumerated
    /// value's index, or a number); nil for NaN (unknown).
    public func classIndex(of value: Double, criterion: Int) -> Int? {
        guard !value.isNaN else { return nil }
        let list = classes[criterion]
        if ruleBase.criteria[criterion].kind.isEnumerated {
            let index = Int(value)
            return list.indices.contains(index) ? index : nil
        }
        return list.firstIndex { $0.contains(value) }
    }

    /// Calls `body` once for every profile that agrees with `base` except on `criteria`,
    /// which take each of their classes' representatives in turn (and "unknown" last,
    /// when `includingUnknown`), the last criterion changing fastest. `range` selects
    /// a part of that sequence (by position), so that parts can run on several threads;
    /// `body` gets the position and the profile.
    public func forEach(
        varying criteria: [Int], of base: Profile, includingUnknown: Bool,
        in range: Range<Int>? = nil, _ body: (Int, Profile) -> Void
    ) {
        guard let total = count(of: criteria, includingUnknown: includingUnknown) else { return }
        let range = range ?? 0..<total
        guard !range.isEmpty else { return }
        var counter = MixedRadixCounter(
            radices: criteria.map { classes[$0].count + (includingUnknown ? 1 : 0) },
            position: range.lowerBound)
        var profile = base
        for (position, criterion) in criteria.enumerated() {
            profile.values[criterion] = value(digit: counter.digits[position], criterion: criterion)
        }
        for index in range {
            body(index, profile)
            counter.increment { position, digit in
                profile.values[criteria[position]] = value(
                    digit: digit, criterion: criteria[position])
            }
        }
    }

    private func value(digit: Int, criterion: Int) -> Double {
        let list = classes[criterion]
        return digit < list.count ? list[digit].representative : .nan
    }
}

extension ProfileSpace {
    /// One comparison of a criterion with a constant, as the conditions make it.
    struct Atom: Hashable {
        let comparison: ComparisonOperator
        let constant: Double

        func holds(_ value: Double) -> Bool { comparison.holds(value, constant) }
    }

    /// The classes of one criterion: one per listed value, or the maximal intervals of
    /// numbers on which every atom keeps its truth.
    static func partition(_ criterion: Criterion, atoms: [Atom]) -> [ValueClass] {
        if criterion.kind.isEnumerated {
            return criterion.values.indices.map { index in
                ValueClass(
                    criterion: criterion.index, index: index, representative: Double(index),
                    lower: Double(index), upper: Double(index), isWhole: true)
            }
        }
        let isWhole = criterion.kind == .integer
        let minimum = criterion.minimum.map { isWhole ? $0.rounded(.up) : $0 }
        let maximum = criterion.maximum.map { isWhole ? $0.rounded(.down) : $0 }
        // Elementary pieces: every constant on its own, and the open stretches between.
        var points: [Double] = []
        points.reserveCapacity(isWhole ? 2 * atoms.count : atoms.count)
        for atom in atoms {
            if isWhole {
                let point = atom.constant.rounded(.up)
                points.append(point)
                if point == atom.constant { points.append(point + 1) }
            } else {
                points.append(atom.constant)
            }
        }
        points.sort()
        var sorted: [Double] = []
        for point in points where sorted.last != point {
            if (minimum.map { point >= $0 } ?? true) && (maximum.map { point <= $0 } ?? true) {
                sorted.append(point)
            }
        }
        var pieces: [(lower: Double?, upper: Double?, lowerOpen: Bool, upperOpen: Bool)] = []
        if isWhole {
            // Integers: each point starts a piece that ends just before the next one.
            var starts: [Double?] = [minimum]
            for point in sorted where point != minimum { starts.append(point) }
            for (offset, start) in starts.enumerated() {
                let end = offset + 1 < starts.count ? starts[offset + 1]! - 1 : maximum
                pieces.append((start, end, false, false))
            }
        } else {
            // Decimals: each point on its own, and the open stretches between.
            var lower = minimum
            var lowerOpen = false
            for point in sorted {
                if lower.map({ point > $0 }) ?? true {
                    pieces.append((lower, point, lowerOpen, true))
                }
                pieces.append((point, point, false, false))
                lower = point
                lowerOpen = true
            }
            if !(lowerOpen && lower != nil && lower == maximum) {
                pieces.append((lower, maximum, lowerOpen, false))
            }
        }
        // Merge neighbouring pieces on which every atom has the same truth.
        let boundaries = AtomBoundaries(atoms)
        var classes: [ValueClass] = []
        var previous: Double?
        for piece in pieces {
            let representative = ProfileSpace.representative(
                lower: piece.lower, upper: piece.upper, lowerOpen: piece.lowerOpen,
                upperOpen: piece.upperOpen, isWhole: isWhole)
            defer { previous = representative }
            if let last = classes.last, let previous,
                !boundaries.separate(previous, representative)
            {
                classes[classes.count - 1] = ValueClass(
                    criterion: criterion.index, index: last.index,
                    representative: last.representative, lower: last.lower, upper: piece.upper,
                    isWhole: isWhole, lowerOpen: last.lowerOpen, upperOpen: piece.upperOpen)
            } else {
                classes.append(
                    ValueClass(
                        criterion: criterion.index, index: classes.count,
                        representative: representative, lower: piece.lower, upper: piece.upper,
                        isWhole: isWhole, lowerOpen: piece.lowerOpen, upperOpen: piece.upperOpen))
            }
        }
        return classes
    }

    /// A value inside a piece: its lowest value when it has one, else one below its top.
    private static func representative(
        lower: Double?, upper: Double?, lowerOpen: Bool, upperOpen: Bool, isWhole: Bool
    ) -> Double {
        switch (lower, upper) {
        case (let low?, let high?):
            if !lowerOpen { return low }
            return isWhole ? low + 1 : (low + high) / 2
        case (let low?, nil): return lowerOpen ? low + 1 : low
        case (nil, let high?): return upperOpen ? high - 1 : high
        case (nil, nil): return 0
        }
    }
}

extension Condition {
    /// The comparisons of each criterion with constants (membership as equalities).
    func collectAtoms(into atoms: inout [Int: [ProfileSpace.Atom]]) {
        forEachAtom { criterion, atom in atoms[criterion, default: []].append(atom) }
    }

    /// Calls `body` with each comparison of a criterion with a constant, in order
    /// (membership as one equality per listed value).
    func forEachAtom(_ body: (_ criterion: Int, ProfileSpace.Atom) -> Void) {
        switch self {
        case .compare(let criterion, let comparison, let value, _):
            body(criterion, .init(comparison: comparison, constant: value))
        case .member(let criterion, let values, _, _):
            for value in values { body(criterion, .init(comparison: .equal, constant: value)) }
        case .and(let parts, _), .or(let parts, _):
            for part in parts { part.forEachAtom(body) }
        case .not(let part, _):
            part.forEachAtom(body)
        }
    }
}
