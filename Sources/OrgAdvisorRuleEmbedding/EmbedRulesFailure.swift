import OrgAdvisorRules

/// Why the built-in rule base's source could not be generated or checked.
public enum EmbedRulesFailure: Error, Sendable, CustomStringConvertible {
    /// The rule files do not compile: every diagnostic, located.
    case rules(RuleBaseError)
    /// A rule file's text that no raw string literal can hold.
    case unembeddable(path: String)
    /// A file or directory that could not be read or written: its path and the reason.
    case file(path: String, reason: String)

    /// The message, without colour; rule diagnostics as a compiler prints them.
    public var description: String {
        switch self {
        case .rules(let error):
            return error.description
        case .unembeddable(let path):
            return "'\(path)' cannot be embedded: it must end with a line break"
                + " and hold neither '\"\"\"#' nor '\\#'"
        case .file(let path, let reason):
            return "'\(path)': \(reason)"
        }
    }
}
