/// A criterion that describes a company, such as its number of sites or its volume
/// of support requests.
public struct Criterion: Sendable, Identifiable {
    /// The kinds of criterion. The raw value is the type's name in a rule file
    /// (`criterion volume: level`); the parser knows exactly these names.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Unordered values, compared with `=`, `!=` and `in` only.
        case choice
        /// Ordered values (first declared is lowest), comparable with `<`, `>=`…
        case level
        /// `yes` or `no`.
        case yesNo = "yesno"
        /// A whole number, optionally within a range.
        case integer
        /// A decimal number, optionally within a range.
        case decimal

        /// True for the kinds whose values are listed (choice, level, yes/no).
        public var isEnumerated: Bool {
            switch self {
            case .choice, .level, .yesNo: return true
            case .integer, .decimal: return false
            }
        }
    }

    /// The id used in rules, flags and JSON, e.g. `volume`.
    public let id: String
    /// Position in the rule base's list of criteria.
    public let index: Int
    /// The kind.
    public let kind: Kind
    /// The lowest allowed number (numeric kinds only).
    public let minimum: Double?
    /// The highest allowed number (numeric kinds only).
    public let maximum: Double?
    /// The label, e.g. "Taux de demande de support".
    public let label: LocalizedText
    /// The question put to the user, if any.
    public let question: LocalizedText?
    /// The weight of the rules about this criterion.
    public let weight: FixedDecimal
    /// The allowed values, in order (enumerated kinds only).
    public let values: [CriterionValue]
    /// Where it is declared.
    public let location: SourceLocation

    /// The value with this id.
    public func value(id: String) -> CriterionValue? {
        values.first { $0.id == id }
    }

    /// The allowed range as text, e.g. `1…` or `0…1`, or nil when unbounded.
    public var rangeDescription: String? {
        guard minimum != nil || maximum != nil else { return nil }
        return
            "\(minimum.map(NumberFormatting.format) ?? "")…\(maximum.map(NumberFormatting.format) ?? "")"
    }

    /// A copy with another weight.
    package func with(weight: FixedDecimal) -> Criterion {
        Criterion(
            id: id, index: index, kind: kind, minimum: minimum, maximum: maximum, label: label,
            question: question, weight: weight, values: values, location: location)
    }
}

/// One allowed value of a choice, level or yes/no criterion.
public struct CriterionValue: Sendable, Hashable, Identifiable {
    /// The id used in rules, e.g. `high`.
    public let id: String
    /// The label shown to people, e.g. "élevé" in French.
    public let label: LocalizedText
    /// Other spellings accepted from users.
    public let aliases: [String]
}

/// Formats numbers for people: values without a trailing `.0`, counts with their
/// thousands grouped.
public enum NumberFormatting {
    /// `5`, `2.5`, `-1`; `?` for NaN.
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "?" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }

    /// A whole number with its thousands grouped: `1,769,472` (or with another
    /// separator, e.g. a narrow no-break space in French).
    public static func grouped(_ value: Int, separator: String = ",") -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }
}
