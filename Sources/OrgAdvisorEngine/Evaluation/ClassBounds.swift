/// The numbers of one value class of a numeric criterion, as a ``Program`` looks them
/// up: an interval whose ends are infinite when the class is unbounded.
package struct ClassBounds: Sendable {
    /// The lowest number, or minus infinity.
    var lower: Double
    /// The highest number, or infinity.
    var upper: Double
    /// Whether `lower` itself is in the class.
    var lowerClosed: Bool
    /// Whether `upper` itself is in the class.
    var upperClosed: Bool

    /// The bounds of a value class.
    init(_ valueClass: ValueClass) {
        lower = valueClass.lower ?? -.infinity
        upper = valueClass.upper ?? .infinity
        lowerClosed = valueClass.lower != nil && !valueClass.lowerOpen
        upperClosed = valueClass.upper != nil && !valueClass.upperOpen
    }

    /// Whether `value` is at or below the class's upper end.
    @inline(__always)
    func reaches(_ value: Double) -> Bool {
        value < upper || (upperClosed && value == upper)
    }

    /// Whether `value` is at or above the class's lower end.
    @inline(__always)
    func startsBelow(_ value: Double) -> Bool {
        value > lower || (lowerClosed && value == lower)
    }
}
