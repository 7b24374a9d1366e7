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

    /// The default limit of one profile: 1 MiB.
    public static let profile = ReadLimit(bytes: 1 << 20, note: "the limit for a profile")

    /// The reason an input is refused: `larger than 8 MiB (the limit for a rule file)`.
    public var exceededReason: String {
        "larger than \(ReadLimit.describe(bytes)) (\(note))"
    }

    /// A size in bytes as people write it: `8 MiB`, `512 KiB`, `1000 bytes`.
    public static func describe(_ bytes: Int) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// Parses a size: a whole number of bytes, optionally followed by `K`, `M` or `G`
    /// (binary multiples, with or without `iB`/`B`, in any case): `8M`, `512KiB`,
    /// `1048576`. Nil when the text is not such a size or does not fit.
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text)
        var shift = 0
        for (suffixes, amount) in [
            (["kib", "kb", "k"], 10), (["mib", "mb", "m"], 20), (["gib", "gb", "g"], 30),
        ] {
            if let suffix = suffixes.first(where: { digits.lowercased().hasSuffix($0) }) {
                digits = digits.dropLast(suffix.count)
                shift = amount
                break
            }
        }
        if digits.lowercased().hasSuffix("b") && shift == 0 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int(digits), value <= Int.max >> shift
        else { return nil }
        return value << shift
    }
}
