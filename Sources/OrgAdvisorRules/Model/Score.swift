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
        // One pass over the bytes: [+-]? digits{1,7} ("." digits{1,3})?
        var whole: Int64 = 0
        var fraction: Int64 = 0
        var wholeDigits = 0
        var fractionDigits = 0
        var negative = false
        var inFraction = false
        var isFirst = true
        for byte in text.utf8 {
            defer { isFirst = false }
            if isFirst && (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) {
                negative = byte == UInt8(ascii: "-")
                continue
            }
            if byte == UInt8(ascii: ".") {
                guard !inFraction else { return nil }
                inFraction = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int64(byte - UInt8(ascii: "0"))
            if inFraction {
                fractionDigits += 1
                guard fractionDigits <= 3 else { return nil }
                fraction = fraction * 10 + digit
            } else {
                wholeDigits += 1
                guard wholeDigits <= 7 else { return nil }
                whole = whole * 10 + digit
            }
        }
        guard wholeDigits > 0, !inFraction || fractionDigits > 0 else { return nil }
        for _ in fractionDigits..<3 { fraction *= 10 }
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
