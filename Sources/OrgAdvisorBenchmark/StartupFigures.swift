import Foundation
import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#endif

/// `--startup [--startup-rules N] [--startup-runs N]`: how long a large rule base takes to
/// load, in process (compiled from its text, and loaded from its archive), and the
/// single-profile command start to finish with the built-in rules, with the rule files
/// and with their compiled archive (`orgadvisor compile`), interleaved: `--sites 5`, and a
/// profile giving every criterion (against the built-in rules on the same profile).
func startupFigures(rules count: Int, runs: Int) {
    let files = MixedRuleBase.files(rules: count)
    let compile = measureMaking(seconds: 1) { try! RuleBase(files: files) }
    let rules = try! RuleBase(files: files)
    var archive: [UInt8] = []
    let write = measure(seconds: 0.5) { archive = rules.archive() }
    let load = measureMaking(seconds: 1) { try! RuleBase(archive: archive) }
    print(
        "\(count) mixed rules in process: compiled from text in "
            + makingFigures(compile, digits: 2)
            + "; archive of \(format(Double(archive.count) / 1024, 0)) KiB written in"
            + " \(format(write * 1e3, 2)) ms, loaded in " + makingFigures(load, digits: 2))

    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "orgadvisor-startup-\(getpid())")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = directory.appendingPathComponent("rules").path
    MixedRuleBase.write(rules: count, to: folder)
    let archivePath = directory.appendingPathComponent("rules.orgarchive").path
    guard spawn(binary, ["compile", "--rules", folder, "--output", archivePath]) != nil else {
        fatalError("cannot run \(binary) compile; build it first: swift build -c release")
    }
    // With one criterion given, the next question weighs every answer of the ten others;
    // with every criterion given, nothing is left to ask: loading, scoring, explaining.
    let complete = rules.criteria.flatMap { criterion in
        [
            "--" + criterion.id,
            criterion.values.last?.id ?? String(Int(criterion.minimum ?? 0) + 200),
        ]
    }
    let commands: [(label: String, arguments: [String], baseline: Int)] = [
        ("built-in rules", ["--sites", "5"], 0),
        ("\(count) rules from their files", ["--rules", folder, "--sites", "5"], 0),
        ("\(count) rules from their archive", ["--rules", archivePath, "--sites", "5"], 0),
        ("built-in rules, every criterion given", complete, 3),
        (
            "\(count) rules from their archive, every criterion given",
            ["--rules", archivePath] + complete, 3
        ),
    ]
    var times = commands.map { _ in [Double]() }
    for _ in 0..<runs {
        for (index, command) in commands.enumerated() {
            guard let seconds = spawn(binary, command.arguments) else {
                fatalError("orgadvisor \(command.arguments.joined(separator: " ")) failed")
            }
            times[index].append(seconds)
        }
    }
    for (index, command) in commands.enumerated() {
        let sorted = times[index].sorted()
        let shown =
            command.arguments.count > 4
            ? command.arguments.dropLast(complete.count) + ["--\(rules.criteria[0].id) ..."]
            : command.arguments[...]
        print(
            "start-up, orgadvisor \(shown.joined(separator: " ")) (\(command.label)):"
                + " median \(format(median(sorted) * 1e3, 2)) ms,"
                + " p90 \(format(sorted[sorted.count * 9 / 10] * 1e3, 2)) ms,"
                + " \(format(median(sorted) / median(times[command.baseline]), 2))x the built-in"
                + " rules (\(runs) runs, interleaved)")
    }
}

/// The median of some times.
private func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Runs the binary with its output to /dev/null: the wall time in seconds, or nil when it
/// did not exit with 0.
private func spawn(_ binary: String, _ arguments: [String]) -> Double? {
    var pid: pid_t = 0
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let start = now()
    guard posix_spawn(&pid, binary, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let seconds = now() - start
    return status == 0 ? seconds : nil
}
