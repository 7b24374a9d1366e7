/// A compiled rule base written as text, so that the built-in rule base ships
/// already compiled and the command line starts without parsing rule files.
///
/// The archive is a sequence of tokens separated by `␟` (U+241F), each optionally
/// followed by a line break: strings are prefixed with `=` (present) or written `-`
/// (absent); numbers are decimal. Encoder and decoder walk the model in the same order.
public enum RuleBaseArchive {
    /// The format's name and version, the archive's first token.
    public static let format = "orgadvisor-archive/2"
    /// Separates tokens.
    static let separator = "\u{241F}"

    /// Why an archive could not be written or read.
    public struct Failure: Error, CustomStringConvertible {
        /// What is wrong, and where in the archive.
        public let description: String
    }
}
