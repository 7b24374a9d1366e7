/// Sizes in bytes as people write them: one way to show them in messages, one way to
/// read them from options and environment variables (rule-file and profile limits,
/// `--max-record-size`).
public enum ByteSize {
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
    public static func parse(_ text: String) -> Int? {
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
