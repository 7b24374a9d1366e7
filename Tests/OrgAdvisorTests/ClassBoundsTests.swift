import Testing

@testable import OrgAdvisorEngine

/// The two comparisons of ``ClassBounds`` against the interval of a ``ValueClass`` with
/// its open and closed ends, at and around every end, for finite numbers (a profile's
/// infinities and NaN are in no class: the program scores them rule by rule).
@Suite("ClassBounds: a class's numbers in two comparisons")
struct ClassBoundsTests {
    /// One interval: its ends (nil when unbounded) and whether each is open.
    struct Interval: Sendable, CustomTestStringConvertible {
        var lower: Double?
        var upper: Double?
        var lowerOpen = false
        var upperOpen = false

        var valueClass: ValueClass {
            ValueClass(
                criterion: 0, index: 0, representative: lower ?? upper ?? 0, lower: lower,
                upper: upper, isWhole: false, lowerOpen: lowerOpen, upperOpen: upperOpen)
        }

        var testDescription: String {
            (lower == nil ? "(-∞" : (lowerOpen ? "(" : "[") + "\(lower!)") + ", "
                + (upper == nil ? "∞)" : "\(upper!)" + (upperOpen ? ")" : "]"))
        }
    }

    static let intervals: [Interval] = [
        Interval(lower: nil, upper: 5, upperOpen: true),
        Interval(lower: nil, upper: 5),
        Interval(lower: 5, upper: nil),
        Interval(lower: 5, upper: nil, lowerOpen: true),
        Interval(lower: 0, upper: 10),
        Interval(lower: 0, upper: 10, lowerOpen: true, upperOpen: true),
        Interval(lower: -2.5, upper: 0, upperOpen: true),
        Interval(lower: 0, upper: 0),
        Interval(lower: -1e300, upper: 1e300, lowerOpen: true),
        Interval(lower: 3, upper: 3.0.nextUp, lowerOpen: true),
        Interval(lower: nil, upper: nil),
    ]

    /// Every end, the numbers next to it, and the edges of the doubles.
    static func values(around interval: Interval) -> [Double] {
        var values: [Double] = [
            0, -0.0, 1, -1, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .infinity, -.infinity, .nan,
        ]
        for end in [interval.lower, interval.upper].compactMap({ $0 }) {
            values += [end, end.nextUp, end.nextDown, end + 0.5, end - 0.5]
        }
        return values
    }

    @Test("in the class exactly when the interval holds the number", arguments: intervals)
    func membership(_ interval: Interval) {
        let bounds = ClassBounds(interval.valueClass)
        for value in Self.values(around: interval) {
            let expected = value.isFinite && interval.valueClass.contains(value)
            #expect(
                (bounds.startsBelow(value) && bounds.reaches(value)) == expected,
                "\(value) in \(interval.testDescription)")
        }
    }

    @Test("the threshold is the least number above a bounded class", arguments: intervals)
    func threshold(_ interval: Interval) {
        guard interval.upper != nil else { return }
        let bounds = ClassBounds(interval.valueClass)
        #expect(!interval.valueClass.contains(bounds.threshold), "\(interval.testDescription)")
        #expect(
            interval.valueClass.contains(bounds.threshold.nextDown), "\(interval.testDescription)")
    }
}
