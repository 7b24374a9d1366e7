/// The output formats of the commands that analyse one profile (`whatif`,
/// `sensitivity`): text for people, JSON for programs, Markdown for a course page.
enum AnalysisFormat: String, CaseIterable {
    /// Text for people (the default).
    case text
    /// JSON in the command's versioned schema.
    case json
    /// Markdown, every text from the rule base escaped.
    case markdown
}
