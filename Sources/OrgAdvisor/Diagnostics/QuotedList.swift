/// Names listed in messages the way every message of the tool lists them.
public enum QuotedList {
    /// The names in single quotes as alternatives: `'low', 'medium' or 'high'`; one name
    /// alone, quoted; nothing for none.
    public static func alternatives(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        guard let last = quoted.last else { return "" }
        guard quoted.count > 1 else { return last }
        return quoted.dropLast().joined(separator: ", ") + " or " + last
    }
}
