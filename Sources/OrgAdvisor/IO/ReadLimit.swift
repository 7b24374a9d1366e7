import OrgAdvisorBatch
import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The most bytes an input read whole into memory may have (a rule file, a profile),
/// and what an error beyond it says about the limit.
///
/// Reading stops as soon as the input is longer than the limit, so an endless input
/// (`/dev/zero`, a pipe that never ends) costs at most the limit in memory.
public struct ReadLimit: Sendable, Equatable {
    /// The most bytes allowed.
    public var bytes: Int
    /// What the limit is for and how to change it, shown after the size in the error,
    /// e.g. "the limit for a rule file".
    public var note: String

    /// A limit of `bytes` bytes, described by `note`.
    public init(bytes: Int, note: String) {
        self.bytes = bytes
        self.note = note
    }

    /// The default limit of one rule file: 8 MiB (the built-in rule base is about 60 KiB).
    public static let ruleFile = ReadLimit(bytes: 8 << 20, note: "the limit for a rule file")

    /// The default limit of a compiled rule archive: 256 MiB (its compiled tables may make
    /// it larger than its rule files; that of 3,000 rules is about 1 MiB).
    public static let ruleArchive = ReadLimit(
        bytes: 256 << 20, note: "the limit for a rule archive")

    /// The default limit of one profile: 1 MiB.
    public static let profile = ReadLimit(bytes: 1 << 20, note: "the limit for a profile")

    /// The reason an input is refused: `larger than 8 MiB (the limit for a rule file)`.
    public var exceededReason: String {
        "larger than \(ByteSize.describe(bytes)) (\(note))"
    }
}
