/// A score or a number of points, in exact fixed-point arithmetic (millionths), so
/// that sums never depend on the order of additions and ties are exact.
public struct Score: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// Millionths of a point.
    public var micro: Int64

    /// Units in one point.
    public static let scale: Int64 = 1_000_000

    /// Creates a score from millionths of a point.
    public init(micro: Int64) {
        self.micro = micro
    }

    /// A whole number of points.
    public init(points: Int) {
        self.micro = Int64(points) * Score.scale
    }

    /// Zero.
    public static let zero = Score(micro: 0)

    /// Adds two scores.
    public static func + (lhs: Score, rhs: Score) -> Score { Score(micro: lhs.micro &+ rhs.micro) }

    /// Subtracts two scores.
    public static func - (lhs: Score, rhs: Score) -> Score { Score(micro: lhs.micro &- rhs.micro) }

    /// Orders by value.
    public static func < (lhs: Score, rhs: Score) -> Bool { lhs.micro < rhs.micro }

    /// The score as a floating-point number (for charts only).
    public var doubleValue: Double { Double(micro) / Double(Score.scale) }

    /// The shortest exact decimal: `11`, `-5`, `1.5`.
    public var description: String { Score.format(micro, scale: Score.scale) }

    /// With an explicit sign for non-zero values: `+11`, `-5`, `0`.
    public var signedDescription: String { micro > 0 ? "+" + description : description }

    /// Formats a fixed-point integer with the given scale as a short decimal.
    package static func format(_ value: Int64, scale: Int64) -> String {
        let negative = value < 0
        let magnitude = value.magnitude
        let whole = magnitude / UInt64(scale)
        var fraction = magnitude % UInt64(scale)
        var text = String(whole)
        if fraction != 0 {
            var digits = String(fraction)
            let width = String(scale).count - 1
            digits = String(repeating: "0", count: width - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            fraction = 0
            text += "." + digits
        }
        return negative ? "-" + text : text
    }
}

/// A weight or a number of points as written in a rule file: a decimal with at
/// most three digits after the point, kept exact (in thousandths).
public struct FixedDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Thousandths.
    public var thousandths: Int64

    /// Creates a value from thousandths.
    public init(thousandths: Int64) {
        self.thousandths = thousandths
    }

    /// A whole number.
    public init(_ value: Int) {
        self.thousandths = Int64(value) * 1000
    }

    /// Parses `2`, `+2`, `-1.5`, `0.125`; nil for anything else, for more than three
    /// decimals, or for a magnitude above 1,000,000.
    public init?(parsing text: String) {
        var scalars = Substring(text)
        var negative = false
        if scalars.first == "+" || scalars.first == "-" {
            negative = scalars.first == "-"
            scalars = scalars.dropFirst()
        }
        let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty,
            wholePart.allSatisfy({ $0.isASCIIDigit }), wholePart.count <= 7,
            let whole = Int64(wholePart)
        else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCIIDigit }) else {
                return nil
            }
            fraction = Int64(digits + String(repeating: "0", count: 3 - digits.count))!
        }
        let value = whole * 1000 + fraction
        guard value <= 1_000_000_000 else { return nil }
        self.thousandths = negative ? -value : value
    }

    /// Orders by value.
    public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
        lhs.thousandths < rhs.thousandths
    }

    /// The product of a weight and points, as a score.
    public static func * (lhs: FixedDecimal, rhs: FixedDecimal) -> Score {
        Score(micro: lhs.thousandths &* rhs.thousandths)
    }

    /// The shortest exact decimal.
    public var description: String { Score.format(thousandths, scale: 1000) }

    /// With an explicit sign for non-zero values.
    public var signedDescription: String { thousandths > 0 ? "+" + description : description }

    /// The value as a floating-point number.
    public var doubleValue: Double { Double(thousandths) / 1000 }
}

extension Character {
    /// True for the ASCII digits 0-9.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
