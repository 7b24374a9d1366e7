/// A rule base generated at random for property tests, kept as plain data beside the
/// rule file text it prints (``source``), so that ``ReferenceEvaluator`` can evaluate it
/// without the engine: neither its model (`Condition`, `Rule`) nor its program.
///
/// Values are numbers as in a profile: an enumerated criterion's value is its position
/// among the criterion's values here (its own numbering, not the engine's), a number is
/// itself. Weights and points are thousandths, as written in the file.
struct RandomRuleBase: Sendable {
    /// The kinds of criterion, named as in a rule file.
    enum Kind: String, Sendable, CaseIterable {
        case choice
        case level
        case yesNo = "yesno"
        case integer
        case decimal

        /// Choice, level and yes/no: values listed by id.
        var isEnumerated: Bool { self == .choice || self == .level || self == .yesNo }
        /// Level and the numbers: comparable with `<`, `<=`, `>`, `>=`.
        var isOrdered: Bool { self != .choice && self != .yesNo }
    }

    /// A criterion.
    struct Criterion: Sendable {
        var id: String
        var kind: Kind
        /// The value ids (enumerated kinds only), lowest first.
        var values: [String]
        var minimum: Double?
        var maximum: Double?
        /// The weight, in thousandths.
        var weight: Int64
        /// The constants the conditions compare this criterion with (numbers only):
        /// drawn from a small pool, so that rules share thresholds.
        var thresholds: [Double]

        /// Whether a number lies within the criterion's range.
        func allows(_ value: Double) -> Bool {
            (minimum.map { value >= $0 } ?? true) && (maximum.map { value <= $0 } ?? true)
        }
    }

    /// A comparison of a condition.
    enum Comparison: String, Sendable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        /// Whether `lhs op rhs` holds.
        func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            switch self {
            case .equal: return lhs == rhs
            case .notEqual: return lhs != rhs
            case .less: return lhs < rhs
            case .lessOrEqual: return lhs <= rhs
            case .greater: return lhs > rhs
            case .greaterOrEqual: return lhs >= rhs
            }
        }
    }

    /// A condition as generated (and printed, in the same order).
    indirect enum Condition: Sendable {
        case compare(Int, Comparison, Double)
        case member(Int, [Double], negated: Bool)
        case and([Condition])
        case or([Condition])
        case not(Condition)

        /// The criteria read, in order of first appearance (the first gives a rule
        /// without its own weight its weight).
        var criteria: [Int] {
            var seen: [Int] = []
            func walk(_ condition: Condition) {
                switch condition {
                case .compare(let criterion, _, _), .member(let criterion, _, _):
                    if !seen.contains(criterion) { seen.append(criterion) }
                case .and(let parts), .or(let parts): parts.forEach(walk)
                case .not(let part): walk(part)
                }
            }
            walk(self)
            return seen
        }

        /// Every constant compared with `criterion`.
        func constants(of criterion: Int) -> [Double] {
            switch self {
            case .compare(let read, _, let value): return read == criterion ? [value] : []
            case .member(let read, let values, _): return read == criterion ? values : []
            case .and(let parts), .or(let parts):
                return parts.flatMap { $0.constants(of: criterion) }
            case .not(let part): return part.constants(of: criterion)
            }
        }
    }

    /// Points for one form, in thousandths.
    struct FormPoints: Sendable {
        var form: Int
        var points: Int64
    }

    /// A scoring rule.
    struct Rule: Sendable {
        var condition: Condition
        var points: [FormPoints]
        /// Its own `weight` line, in thousandths, if any.
        var ownWeight: Int64?
    }

    /// A `derive` declaration.
    struct Derivation: Sendable {
        var target: Int
        var value: Double
        var condition: Condition
    }

    /// An `advice` declaration.
    struct Advice: Sendable {
        var condition: Condition?
        var forms: [Int]
    }

    var criteria: [Criterion]
    /// The form ids, in declaration order.
    var forms: [String]
    var rules: [Rule]
    var derivations: [Derivation]
    var advice: [Advice]

    /// The weight that multiplies a rule's points: its own, or the weight of the first
    /// criterion its condition names.
    func weight(of rule: Rule) -> Int64 {
        rule.ownWeight ?? criteria[rule.condition.criteria[0]].weight
    }
}

extension RandomRuleBase {
    /// The rule file.
    var source: String {
        var lines = ["rulebase \"random\" version \"1\"", ""]
        for criterion in criteria {
            var type = criterion.kind.rawValue
            if let minimum = criterion.minimum { type += " from " + number(minimum, criterion) }
            if let maximum = criterion.maximum { type += " to " + number(maximum, criterion) }
            lines.append("criterion \(criterion.id): \(type)")
            lines.append("    label \"\(criterion.id)\"")
            lines.append("    weight " + RandomRuleBase.fixed(criterion.weight, signed: false))
            if criterion.kind != .yesNo {
                for value in criterion.values { lines.append("    value \(value)") }
            }
        }
        for form in forms {
            lines += ["form \(form)", "    label \"\(form)\"", "    description \"\(form).\""]
        }
        for (index, derivation) in derivations.enumerated() {
            lines.append("derive d\(index)")
            let target = criteria[derivation.target]
            lines.append("    set \(target.id) = " + value(derivation.value, target))
            lines.append("    when " + text(derivation.condition))
        }
        for (index, rule) in rules.enumerated() {
            lines.append("rule r\(index)")
            lines.append("    when " + text(rule.condition))
            let points = rule.points.map { forms[$0.form] + " " + RandomRuleBase.fixed($0.points) }
            lines.append("    points " + points.joined(separator: ", "))
            if let weight = rule.ownWeight {
                lines.append("    weight " + RandomRuleBase.fixed(weight, signed: false))
            }
            lines.append("    because \"r\(index).\"")
        }
        for (index, item) in advice.enumerated() {
            lines += ["advice a\(index)", "    title \"a\(index)\"", "    text \"a\(index).\""]
            if let condition = item.condition { lines.append("    when " + text(condition)) }
            if !item.forms.isEmpty {
                lines.append("    for " + item.forms.map { forms[$0] }.joined(separator: ", "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A condition as written in a rule file.
    func text(_ condition: Condition) -> String {
        switch condition {
        case .compare(let index, let comparison, let constant):
            let criterion = criteria[index]
            return "\(criterion.id) \(comparison.rawValue) " + value(constant, criterion)
        case .member(let index, let values, let negated):
            let criterion = criteria[index]
            let list = values.map { value($0, criterion) }.joined(separator: ", ")
            return "\(criterion.id) \(negated ? "not in" : "in") [\(list)]"
        case .and(let parts):
            return parts.map { grouped($0) }.joined(separator: " and ")
        case .or(let parts):
            return parts.map { grouped($0) }.joined(separator: " or ")
        case .not(let part):
            return "not " + grouped(part)
        }
    }

    /// A part of a compound condition: in parentheses unless it is a single test.
    private func grouped(_ condition: Condition) -> String {
        switch condition {
        case .compare, .member: return text(condition)
        default: return "(" + text(condition) + ")"
        }
    }

    /// A value of a criterion as written in a rule file or typed by a user: a value id,
    /// or a number.
    func value(_ value: Double, _ criterion: Criterion) -> String {
        criterion.kind.isEnumerated ? criterion.values[Int(value)] : number(value, criterion)
    }

    /// A number of a criterion: whole for integers, tenths for decimals.
    func number(_ value: Double, _ criterion: Criterion) -> String {
        if criterion.kind == .integer { return String(Int(value)) }
        let tenths = Int((value * 10).rounded())
        precondition(Double(tenths) / 10 == value, "decimals are generated in tenths")
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(tenths.magnitude / 10).\(tenths.magnitude % 10)"
    }

    /// Thousandths as a decimal: `+2`, `-1.5`, `0.25`, `0` (`2` without `signed`).
    static func fixed(_ thousandths: Int64, signed: Bool = true) -> String {
        let sign = thousandths < 0 ? "-" : thousandths > 0 && signed ? "+" : ""
        let whole = thousandths.magnitude / 1000
        var fraction = String(thousandths.magnitude % 1000)
        if fraction == "0" { return sign + String(whole) }
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + "\(whole).\(fraction)"
    }
}
