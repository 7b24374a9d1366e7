import OrgAdvisor

/// A failure that ends the command with a message on standard error and an exit code.
enum CLIError: Error {
    /// A usage error (exit 2): a bad flag, value or command, with a suggestion.
    case usage(String, command: String?)
    /// Unreadable or invalid input (exit 3): rule files, profiles.
    case input(String)
    /// Invalid rule files (exit 3), with their diagnostics.
    case rules(RuleBaseError)
    /// A usage error (exit 2) as data, put into words in the language of the messages.
    case invalidUsage(CLIMessage, command: String?)
    /// Unreadable or invalid input (exit 3) as data, put into words in the language of
    /// the messages.
    case invalidInput(CLIMessage)

    /// The exit code.
    var exitCode: Int32 {
        switch self {
        case .usage, .invalidUsage: return ExitCode.usage
        case .input, .rules, .invalidInput: return ExitCode.invalidInput
        }
    }
}

/// The documented exit codes.
enum ExitCode {
    /// Success.
    static let success: Int32 = 0
    /// `check` found errors or `test` had failures.
    static let failures: Int32 = 1
    /// A usage error: unknown command or flag, missing or invalid value.
    static let usage: Int32 = 2
    /// Unreadable or invalid input: rule files, profiles, test files.
    static let invalidInput: Int32 = 3
    /// With `--require-decided`: the result is not decided (provisional, a tie, or nothing
    /// given).
    static let notDecided: Int32 = 4
}
