/// A practice to recommend alongside the form, such as a SPOC, an SLA or a ticket
/// system.
public struct Advice: Sendable, Identifiable {
    /// The advice's id.
    public let id: String
    /// Position in the rule base.
    public let index: Int
    /// A short title.
    public let title: LocalizedText
    /// The advice itself, quoting the course.
    public let text: LocalizedText
    /// When it applies; nil means always.
    public let condition: Condition?
    /// The winning forms it applies to; empty means any.
    public let forms: [Int]
    /// The course card it comes from.
    public let card: String?
    /// Where it is declared.
    public let location: SourceLocation
}
