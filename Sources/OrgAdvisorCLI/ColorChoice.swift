/// The values of `--color WHEN`.
enum ColorChoice: String, CaseIterable {
    /// Colours on a terminal only (the default).
    case auto
    /// Colours, wherever the output goes.
    case always
    /// No colours.
    case never
}
