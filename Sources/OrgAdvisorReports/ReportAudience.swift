/// Who reads a course page, which decides how much of the rule base's workings it shows.
///
/// The teacher's page (the default) names, for every rule that fired, every derived
/// value and every advice item, the rule's id and the file and line it comes from, and
/// ends with the rule base's fingerprint: what a teacher needs to find and edit the rule.
/// The student's page leaves those out; it keeps everything a student reasons with: the
/// conditions as written, the course texts, the criterion ids (what one types on the
/// command line) and the what-if changes as options.
public enum ReportAudience: String, Sendable, CaseIterable {
    /// Rule ids, file paths and lines, and the fingerprint shown.
    case teacher
    /// Rule ids, file paths and lines, and the fingerprint left out.
    case student

    /// Whether the page shows where rules come from (ids, paths, lines, fingerprint).
    package var showsSources: Bool { self == .teacher }
}
