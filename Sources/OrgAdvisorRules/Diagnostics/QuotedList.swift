/// Names listed in messages the way every message of the tool lists them.
///
/// A list longer than ``limit`` is cut after its first names and says how many there
/// are in all, so that a rule base with thousands of values cannot make one message,
/// or thousands of them, grow without bound.
public enum QuotedList {
    /// The most names a message lists.
    public static let limit = 20

    /// The names in single quotes as alternatives: `'low', 'medium' or 'high'`; one name
    /// alone, quoted; nothing for none.
    public static func alternatives(_ names: [String]) -> String {
        if names.count > limit { return shortened(names) }
        let quoted = names.map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        guard quoted.count > 1 else { return last }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
    }

    /// The names in single quotes, separated by commas: `'low', 'medium', 'high'`.
    public static func commaSeparated(_ names: [String]) -> String {
        if names.count > limit { return shortened(names) }
        return names.map { "'\($0)'" }.joined(separator: ", ")
    }

    /// The first names of a long list and how many there are in all:
    /// `'v1', 'v2', … (10000 in all)`.
    private static func shortened(_ names: [String]) -> String {
        names.prefix(limit - 1).map { "'\($0)'" }.joined(separator: ", ")
            + ", … (\(names.count) in all)"
    }
}
