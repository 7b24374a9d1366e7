import Foundation
import OrgAdvisor

/// Batch on one thread over the generated profiles split by the numeric criteria they
/// leave unknown (none, one, or both of the default rules' numbers): how many profiles of
/// each kind, the CPU time they take (median of `runs`, in user space) and per profile.
/// A number left unknown is where the analysis of possible winners spends its time with
/// a large rule base: it has a class per threshold of every rule that reads it.
func profileKindFigures(input: String, rules: String, directory: URL, runs: Int) {
    let numbers = RuleBase.builtIn.criteria.filter { !$0.kind.isEnumerated }.map(\.id)
    // Line by line: the input may be hundreds of megabytes.
    guard let file = fopen(input, "r") else { fatalError("cannot read '\(input)'") }
    defer { fclose(file) }
    var files: [String: LineFile] = [:]
    var counts: [String: Int] = [:]
    var order: [String] = []
    var buffer: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(buffer) }
    while getline(&buffer, &capacity, file) > 0 {
        var line = String(cString: buffer!)
        if line.hasSuffix("\n") { line.removeLast() }
        let missing = numbers.filter { !line.contains("\"\($0)\":") }
        let kind =
            missing.isEmpty ? "every number given" : missing.joined(separator: " and ") + " unknown"
        if files[kind] == nil {
            order.append(kind)
            files[kind] = LineFile(
                path: directory.appendingPathComponent("kind-\(order.count).jsonl").path)
        }
        files[kind]!.append(line)
        counts[kind, default: 0] += 1
    }
    let output = directory.appendingPathComponent("kind-results.jsonl").path
    var total = 0.0
    var lines: [(String, Int, Double)] = []
    for (index, kind) in order.enumerated() {
        _ = files[kind]!.close()
        let path = directory.appendingPathComponent("kind-\(index + 1).jsonl").path
        var times: [Double] = []
        for _ in 0..<runs {
            unlink(output)
            times.append(
                run(["batch", path, "--rules", rules, "--output", output, "--jobs", "1"]).user)
        }
        let median = times.sorted()[times.count / 2]
        total += median
        lines.append((kind, counts[kind]!, median))
        unlink(path)
    }
    unlink(output)
    for (kind, count, seconds) in lines.sorted(by: { $0.1 > $1.1 }) {
        print(
            "  \(kind): \(count) profiles, \(format(seconds, 2)) s of CPU on one thread "
                + "(\(format(seconds / Double(count) * 1e6, 1)) µs each, "
                + "\(format(seconds / total * 100, 0)) % of the time)")
    }
}
