import Foundation
import OrgAdvisor

/// Batch (on every core) over `count` generated profiles that leave most criteria unknown
/// (each given with probability 0.3), with the rules of `rules` (`--rules DIR`, or the
/// default rules): wall time (median of `runs`), CPU time per profile, and how many
/// results have estimated possible winners (`"possibleWinnersExact":false`, past the
/// analysis's limit of work). The analysis of possible winners is then most of the cost:
/// with many unknown criteria read alone, their choices multiply; with a large rule
/// base, the search goes through many combinations of segments.
func sparseFigures(
    count: Int, rules: [String], label: String, directory: URL, runs: Int
) {
    let input = directory.appendingPathComponent("sparse-\(count).jsonl").path
    _ = writeInput(count: count, to: input, tenthsGiven: 3)
    defer { unlink(input) }
    let output = directory.appendingPathComponent("sparse-results.jsonl").path
    defer { unlink(output) }
    var results: [Run] = []
    for _ in 0..<runs {
        unlink(output)
        results.append(run(["batch", input, "--output", output] + rules))
    }
    let sorted = results.sorted { $0.seconds < $1.seconds }
    let median = sorted[sorted.count / 2]
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    let estimated = text.split(separator: "\n").count {
        $0.contains("\"possibleWinnersExact\":false")
    }
    print(
        "batch \(count) sparse profiles (each criterion given with probability 0.3), \(label): "
            + "median of \(runs) \(format(median.seconds, 2)) s, "
            + "\(format((median.user + median.system) / Double(count) * 1e6, 1)) µs of CPU per "
            + "profile, \(estimated) with estimated possible winners"
            + (results.first { $0.status != 0 }.map { " (exit status \($0.status))" } ?? ""))
}
