import OrgAdvisorRules

/// A set of values of one criterion that every condition of a rule base treats alike:
/// one listed value, or an interval of numbers between the constants the conditions
/// compare the criterion with.
public struct ValueClass: Sendable, Hashable {
    /// The criterion's index.
    public let criterion: Int
    /// The class's position among its criterion's classes (for listed values, the
    /// value's index).
    public let index: Int
    /// The raw value that stands for the class: a listed value's index, or the
    /// interval's lowest value when it has one.
    public let representative: Double
    /// The lowest number of the interval, nil when unbounded (for listed values, the
    /// value's index).
    public let lower: Double?
    /// The highest number of the interval, nil when unbounded.
    public let upper: Double?
    /// True for whole numbers (and listed values).
    public let isWhole: Bool
    /// True when `lower` itself is not in the class.
    public let lowerOpen: Bool
    /// True when `upper` itself is not in the class.
    public let upperOpen: Bool

    init(
        criterion: Int, index: Int, representative: Double, lower: Double?, upper: Double?,
        isWhole: Bool, lowerOpen: Bool = false, upperOpen: Bool = false
    ) {
        self.criterion = criterion
        self.index = index
        self.representative = representative
        self.lower = lower
        self.upper = upper
        self.isWhole = isWhole
        self.lowerOpen = lowerOpen
        self.upperOpen = upperOpen
    }

    /// The value of the class nearest its lower end: `lower` when the class holds it,
    /// else its representative (a value inside).
    package var lowest: Double {
        if let lower, !lowerOpen { return lower }
        return representative
    }

    /// The value of the class nearest its upper end: `upper` when the class holds it;
    /// below an open upper end (only decimals have one), one less for the lowest class
    /// (no lower end, or the criterion's minimum) when that is in the class, else the
    /// middle of the interval; the representative when the class has no upper end.
    package var highest: Double {
        guard let upper else { return representative }
        if !upperOpen { return upper }
        guard let lower else { return upper - 1 }
        if index == 0, upper - 1 >= lower { return upper - 1 }
        return (lower + upper) / 2
    }

    /// Whether a raw value falls in the class.
    public func contains(_ value: Double) -> Bool {
        if let lower, lowerOpen ? value <= lower : value < lower { return false }
        if let upper, upperOpen ? value >= upper : value > upper { return false }
        return true
    }

    /// The class's numbers as an interval (for listed values, the value's index).
    public var interval: NumberInterval {
        NumberInterval(lower: lower, upper: upper, lowerOpen: lowerOpen, upperOpen: upperOpen)
    }
}
