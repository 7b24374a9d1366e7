/// The output formats of the commands that print text for people or JSON for programs.
enum TextOrJSON: String, CaseIterable {
    /// Text for people (the default).
    case text
    /// JSON in the command's versioned schema.
    case json
}
