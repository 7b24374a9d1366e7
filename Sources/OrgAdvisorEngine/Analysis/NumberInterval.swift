/// An interval of numbers, as data: each end a number (in or out of the interval) or
/// none (unbounded, or up to the end of the criterion's range). The renderers write it
/// as text (`2`, `>= 3`, `50…249`, `> 2 and < 3`, `any`).
public struct NumberInterval: Sendable, Hashable {
    /// The lowest number, nil when there is none.
    public let lower: Double?
    /// The highest number, nil when there is none.
    public let upper: Double?
    /// True when `lower` itself is not in the interval.
    public let lowerOpen: Bool
    /// True when `upper` itself is not in the interval.
    public let upperOpen: Bool

    /// An interval from its ends.
    public init(lower: Double?, upper: Double?, lowerOpen: Bool = false, upperOpen: Bool = false) {
        self.lower = lower
        self.upper = upper
        self.lowerOpen = lowerOpen
        self.upperOpen = upperOpen
    }

    /// True when the interval is one number.
    public var isPoint: Bool { lower != nil && lower == upper }
}
