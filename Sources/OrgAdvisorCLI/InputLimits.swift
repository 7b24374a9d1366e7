import OrgAdvisor

/// The most bytes of the inputs read whole into memory: each rule or test file, and a
/// profile; the defaults of ``ReadLimit``, changed by environment variables.
struct InputLimits {
    /// The variable that sets the limit of one rule or test file.
    static let ruleFileVariable = "ORGADVISOR_RULE_FILE_LIMIT"
    /// The variable that sets the limit of a profile (`--profile`).
    static let profileVariable = "ORGADVISOR_PROFILE_LIMIT"

    /// The limit of one rule file.
    var ruleFile: ReadLimit
    /// The limit of a compiled rule archive: 256 MiB, or the limit of a rule file when
    /// that is larger.
    var ruleArchive: ReadLimit
    /// The limit of one test file: the same number of bytes as a rule file.
    var testFile: ReadLimit
    /// The limit of a profile.
    var profile: ReadLimit

    /// The limits from the environment, the defaults where a variable is not set.
    init(_ terminal: Terminal) throws(CLIError) {
        let ruleBytes = try Self.bytes(
            ReadLimit.ruleFile.bytes, variable: Self.ruleFileVariable, terminal)
        ruleFile = Self.limit(ruleBytes, for: "a rule file", variable: Self.ruleFileVariable)
        ruleArchive = ReadLimit(
            bytes: max(ReadLimit.ruleArchive.bytes, ruleBytes),
            note: "the limit for a rule archive: 256 MiB, or \(Self.ruleFileVariable) if larger")
        testFile = Self.limit(
            ruleBytes, for: "a rule or test file", variable: Self.ruleFileVariable)
        profile = Self.limit(
            try Self.bytes(ReadLimit.profile.bytes, variable: Self.profileVariable, terminal),
            for: "a profile", variable: Self.profileVariable)
    }

    private static func limit(_ bytes: Int, for what: String, variable: String) -> ReadLimit {
        ReadLimit(
            bytes: bytes,
            note: "the limit for \(what); set \(variable) to change it, e.g. \(variable)=64M")
    }

    private static func bytes(_ standard: Int, variable: String, _ terminal: Terminal)
        throws(CLIError) -> Int
    {
        guard let text = terminal.variable(variable), !text.isEmpty else { return standard }
        guard let bytes = ByteSize.parse(text) else {
            throw .usage(
                "invalid value '\(text)' for \(variable); expected a size such as '8M', '512K'"
                    + " or a number of bytes", command: nil)
        }
        return bytes
    }
}
