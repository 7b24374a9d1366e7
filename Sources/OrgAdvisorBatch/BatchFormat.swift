import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The output formats of batch evaluation.
public enum BatchFormat: String, Sendable, CaseIterable {
    /// One JSON object per line (the default).
    case jsonl
    /// One JSON array of the same objects.
    case json
    /// Comma-separated values with a fixed header (see ``BatchProcessor/csvHeader``).
    case csv
    /// A Markdown table.
    case markdown
}

/// Counts of a batch run.
public struct BatchStatistics: Sendable, Hashable {
    /// Records read.
    public var read = 0
    /// Records scored.
    public var scored = 0
    /// Records that failed (bad JSON, unknown criterion, invalid value…).
    public var failed = 0

    /// No records yet.
    public init() {}

    /// Given counts.
    public init(read: Int, scored: Int, failed: Int) {
        self.read = read
        self.scored = scored
        self.failed = failed
    }

    /// Adds another run's counts.
    public mutating func add(_ other: BatchStatistics) {
        read += other.read
        scored += other.scored
        failed += other.failed
    }
}
