/// A derived fact: sets a criterion that the profile did not give, when a condition
/// holds (e.g. many sites imply a decentralised structure).
public struct Derivation: Sendable, Identifiable {
    /// The derivation's id.
    public let id: String
    /// Position in the rule base.
    public let index: Int
    /// The criterion it sets.
    public let target: Int
    /// The value it sets.
    public let value: Double
    /// When it applies.
    public let condition: Condition
    /// Why, quoting the course.
    public let because: LocalizedText?
    /// The course card it encodes.
    public let card: String?
    /// A note by its author.
    public let note: LocalizedText?
    /// Where it is declared.
    public let location: SourceLocation
}
