/// The largest scores orgadvisor computes exactly.
///
/// Scores are sums of weight × points in millionths, held in 64-bit integers. A form's
/// scores stay exact, and so do the differences and bounds the analyses take of them,
/// while the magnitudes of all its weighted points add up to at most a quarter of the
/// largest 64-bit integer (about 2.3 million million points). This one check runs
/// wherever weights or points are set: when rules are compiled and when weights change
/// (`--weight`), so that no score can wrap around silently.
package enum ScoreLimit {
    /// The most a form's weighted points may add up to, in millionths.
    static let maximumMicro = UInt64(Int64.max / 4)

    /// The first form whose weighted points could add up to more than the limit, and
    /// the rule (by position in `rules`) at which the sum passes it; nil when none can.
    package static func firstExcess(_ rules: [Rule]) -> (form: Int, rule: Int)? {
        // By form index (forms are few and numbered from 0).
        var total: [UInt64] = []
        // By index, so that each rule is read in place, not copied.
        for position in rules.indices {
            let weight = rules[position].weight
            for entry in rules[position].points {
                if entry.form >= total.count {
                    total += repeatElement(0, count: entry.form + 1 - total.count)
                }
                let magnitude = (weight * entry.points).micro.magnitude
                let (sum, overflow) = total[entry.form].addingReportingOverflow(magnitude)
                if overflow || sum > maximumMicro { return (entry.form, position) }
                total[entry.form] = sum
            }
        }
        return nil
    }
}
