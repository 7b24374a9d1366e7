import OrgAdvisor

/// Runs the independent parts of a computation on every core, keeping their results in
/// part order so that what is printed does not depend on the number of threads.
enum Parallel {
    /// The number of cores online (at least 1).
    static var cores: Int { PartRunner.cores }

    /// `body(part)` for every part in `0..<count`, on up to every core
    /// (``PartRunner/threads``); the results in part order.
    static func map<Result>(_ count: Int, _ body: @Sendable (Int) -> Result) -> [Result] {
        PartRunner.threads.map(count, body)
    }

    /// The value of `--jobs N` (1 to 1024), or the number of cores when it is not given.
    static func jobs(_ parsed: ParsedArguments, command: String) throws(CLIError) -> Int {
        guard let text = parsed.value("jobs") else { return cores }
        guard let value = Int(text), value >= 1, value <= 1024 else {
            throw .invalidUsage(.invalidJobs(text), command: command)
        }
        return value
    }
}
