import Foundation
import OrgAdvisor

/// How the values of the generated batch profiles are written: the same profiles (those
/// of the batch figures), with their values as ids, as French labels, or as people mix
/// them.
enum Spelling: CaseIterable {
    /// Value ids, as in the batch figures (the same bytes).
    case ids
    /// Every listed criterion's value as its French label (`"volume":"élevé"`).
    case frenchLabels
    /// Ids, labels in either language and aliases, in odd case, with accents as they
    /// are or as `\u` escapes, numbers sometimes as strings, and a `name` with accents.
    case mixed

    var label: String {
        switch self {
        case .ids: return "ids"
        case .frenchLabels: return "French labels"
        case .mixed: return "mixed spellings"
        }
    }

    var fileName: String {
        switch self {
        case .ids: return "ids"
        case .frenchLabels: return "french"
        case .mixed: return "mixed"
        }
    }
}

/// Writes the `count` profiles of the batch figures as JSON Lines to `path`, their
/// values written as `spelling` says; returns the byte count.
func writeInput(count: Int, spelling: Spelling, to path: String) -> Int {
    if spelling == .ids { return writeInput(count: count, to: path) }
    var file = LineFile(path: path)
    let rules = RuleBase.builtIn
    // The same generator as the batch figures' input, so the same profiles; another
    // for the spellings.
    var generator = Generator(state: 7)
    var respelling = Generator(state: 11)
    for index in 0..<count {
        var fields = ["\"id\":\(index)"]
        if spelling == .mixed {
            let name = Bool.random(using: &respelling) ? "Société n°\(index)" : "Müller & Fils"
            fields.append("\"name\":" + jsonString(name, escaping: &respelling))
        }
        for (id, value) in profileMembers(rules, &generator) {
            let criterion = rules.criterion(id)!
            fields.append(
                "\"\(id)\":"
                    + respelled(value, of: criterion, spelling, using: &respelling))
        }
        file.append("{" + fields.joined(separator: ",") + "}")
    }
    return file.close()
}

/// A member's value (a quoted value id or a number) written as `spelling` says.
private func respelled(
    _ value: String, of criterion: Criterion, _ spelling: Spelling,
    using generator: inout Generator
) -> String {
    guard criterion.kind.isEnumerated else {
        return spelling == .mixed && Int.random(in: 0..<4, using: &generator) == 0
            ? "\"" + value + "\"" : value
    }
    let listed = criterion.value(id: String(value.dropFirst().dropLast()))!
    switch spelling {
    case .ids: return value
    case .frenchLabels: return "\"" + (listed.label.french ?? listed.id) + "\""
    case .mixed:
        let spellings =
            [listed.id] + [listed.label.english, listed.label.french].compactMap { $0 }
            + listed.aliases
        var text = spellings.randomElement(using: &generator)!
        if Int.random(in: 0..<3, using: &generator) == 0 {
            text = String(
                text.map { Bool.random(using: &generator) ? $0.uppercased() : String($0) }
                    .joined())
        }
        return jsonString(text, escaping: &generator)
    }
}

/// `text` as a JSON string; with a generator, each scalar past ASCII (and some ASCII
/// letters) as a `\u` escape, at random.
private func jsonString(_ text: String, escaping generator: inout Generator) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        let escape =
            scalar.value >= 0x80
            ? Bool.random(using: &generator) : Int.random(in: 0..<20, using: &generator) == 0
        if escape {
            let digits = String(scalar.value, radix: 16, uppercase: Bool.random(using: &generator))
            out += "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

/// Batch runs of the same profiles written with ids, French labels and mixed spellings
/// (`Spelling`), interleaved, on `jobs` threads: the median and the fastest wall time
/// of each, and their ratios to the ids'.
func spellingFigures(count: Int, directory: URL, runs: Int, jobs: [Int]) {
    let inputs = Spelling.allCases.map { spelling in
        let path = directory.appendingPathComponent("profiles-\(spelling.fileName).jsonl").path
        return (spelling, path, writeInput(count: count, spelling: spelling, to: path))
    }
    let output = directory.appendingPathComponent("results.jsonl").path
    for threads in jobs {
        var times = [[Double]](repeating: [], count: inputs.count)
        var failed: [String] = []
        for _ in 0..<runs {
            for (index, (spelling, path, _)) in inputs.enumerated() {
                unlink(output)
                let result = run(["batch", path, "--output", output, "--jobs", String(threads)])
                times[index].append(result.seconds)
                if result.status != 0 { failed.append(spelling.label) }
            }
        }
        let medians = times.map { $0.sorted()[$0.count / 2] }
        let fastest = times.map { $0.min()! }
        let figures = inputs.indices.map { index in
            let (spelling, _, bytes) = inputs[index]
            func time(_ seconds: [Double]) -> String {
                "\(format(seconds[index], 3)) s"
                    + (index == 0 ? "" : " = \(format(seconds[index] / seconds[0], 2))x")
            }
            return "\(spelling.label) (\(format(Double(bytes) / 1e6, 1)) MB) median "
                + "\(time(medians)), fastest \(time(fastest))"
        }
        print(
            "batch \(count) profiles, values as written, --jobs \(threads), \(runs) runs: "
                + figures.joined(separator: "; ")
                + (failed.isEmpty
                    ? "" : " (failed: \(Set(failed).sorted().joined(separator: ", ")))"))
    }
    unlink(output)
    for (_, path, _) in inputs { unlink(path) }
}
