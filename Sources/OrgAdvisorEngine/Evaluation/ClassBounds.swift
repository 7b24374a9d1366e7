/// The numbers of one value class of a numeric criterion, as a ``Program`` looks them
/// up: the lowest and the highest number in the class, so that a number is in it when it
/// is at or above the one and at or below the other (two comparisons, whether the
/// class's ends are open or closed).
package struct ClassBounds: Sendable {
    /// The lowest number in the class: its lower end when closed, else the next number
    /// above it (above minus infinity when the class is unbounded below).
    var lowest: Double
    /// The highest number in the class: its upper end when closed, else the number just
    /// below it (below infinity when the class is unbounded above).
    var highest: Double

    /// The bounds of a value class.
    init(_ valueClass: ValueClass) {
        let lower = valueClass.lower ?? -.infinity
        let upper = valueClass.upper ?? .infinity
        lowest = valueClass.lower != nil && !valueClass.lowerOpen ? lower : lower.nextUp
        highest = valueClass.upper != nil && !valueClass.upperOpen ? upper : upper.nextDown
    }

    /// Whether `value` is at or below the class's upper end (false for NaN).
    @inline(__always)
    func reaches(_ value: Double) -> Bool { value <= highest }

    /// Whether `value` is at or above the class's lower end (false for NaN).
    @inline(__always)
    func startsBelow(_ value: Double) -> Bool { value >= lowest }

    /// Whether `value` is in the class (false for NaN): two comparisons, compiled
    /// without a branch.
    @inline(__always)
    func contains(_ value: Double) -> Bool { startsBelow(value) && reaches(value) }

    /// The least number above the class: where the next class starts, when there is one.
    var threshold: Double { highest.nextUp }
}
