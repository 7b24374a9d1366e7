import OrgAdvisor

/// `--jobs N`: the number of threads that `batch` and `check --deep` work on.
enum JobsOption {
    /// The value of `--jobs N` (1 to 1024), or the number of cores when it is not given.
    static func value(_ parsed: ParsedArguments, command: String) throws(CLIError) -> Int {
        guard let text = parsed.value("jobs") else { return PartRunner.cores }
        guard let value = Int(text), value >= 1, value <= 1024 else {
            throw .invalidUsage(.invalidJobs(text), command: command)
        }
        return value
    }
}
