/// A form of IT-support organisation: Hotline, Help-Desk, Call-center,
/// Customer-Care-Center or Power-User-Organisation in the course's rule base.
public struct Form: Sendable, Identifiable {
    /// The id used in rules, e.g. `call-center`.
    public let id: String
    /// Position in declaration order, which breaks ties.
    public let index: Int
    /// The label, e.g. "Call-center".
    public let label: LocalizedText
    /// The course's description.
    public let description: LocalizedText
    /// The course card it comes from.
    public let card: String?
    /// Where it is declared.
    public let location: SourceLocation
}
