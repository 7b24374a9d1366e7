extension Unicode.Scalar {
    /// True for the C0 and C1 control characters and DEL (U+0000–U+001F, U+007F–U+009F):
    /// the characters that messages show as `U+0000`, that a caret display replaces, and
    /// that Markdown cells turn into spaces.
    package var isControlCharacter: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
