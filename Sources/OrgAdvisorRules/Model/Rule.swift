/// A scoring rule: when its condition holds, it gives each named form its points,
/// multiplied by its weight.
public struct Rule: Sendable, Identifiable {
    /// Where a rule's weight comes from.
    public enum WeightSource: Sendable, Hashable {
        /// The rule declares its own `weight`.
        case own
        /// The weight of the first criterion named in its `when` (by index).
        case criterion(Int)
    }

    /// The rule's id.
    public let id: String
    /// Position in the rule base.
    public let index: Int
    /// When the rule fires.
    public let condition: Condition
    /// Points per form, as written (before the weight).
    public let points: [FormPoints]
    /// The weight that multiplies the points.
    public let weight: FixedDecimal
    /// Where the weight comes from.
    public let weightSource: WeightSource
    /// Why, quoting the course.
    public let because: LocalizedText
    /// The course card it encodes.
    public let card: String?
    /// A note by the rule's author, e.g. about a chosen threshold.
    public let note: LocalizedText?
    /// Where it is declared.
    public let location: SourceLocation
    /// The criteria its condition reads.
    public let criteria: [Int]

    /// A copy with another weight (same source).
    package func with(weight: FixedDecimal) -> Rule {
        Rule(
            id: id, index: index, condition: condition, points: points, weight: weight,
            weightSource: weightSource, because: because, card: card, note: note,
            location: location, criteria: criteria)
    }
}

/// The points a rule gives one form.
public struct FormPoints: Sendable, Hashable {
    /// The form's index.
    public let form: Int
    /// The points as written (before the weight).
    public let points: FixedDecimal
}
