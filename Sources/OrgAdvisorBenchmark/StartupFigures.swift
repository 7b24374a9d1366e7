import Foundation
import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#endif

/// `--startup [--startup-rules N] [--startup-runs N]`: how long a large rule base takes to
/// load, in process (compiled from its text, and loaded from its archive), and the
/// single-profile command start to finish with the built-in rules, with the rule files
/// and with their compiled archive (`orgadvisor compile`), interleaved: `--sites 5`, and a
/// profile giving every criterion (against the built-in rules on the same profile); then
/// `profiles` profiles giving one to three criteria each (`fewGivenFigures`).
func startupFigures(rules count: Int, runs: Int, profiles: Int) {
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
    let (folder, archivePath) = compiled(in: directory) {
        MixedRuleBase.write(rules: count, to: $0)
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
    fewGivenFigures(rules, archive: archivePath, profiles: profiles)
}

/// The single-profile command on `count` deterministic profiles that give one to three
/// criteria each (a value drawn from each listed criterion's values, a number from its
/// first 400), the way people try it: with the built-in rules and with the archive at
/// `archive`, each profile three times, interleaved. Most of such a command's work is its
/// next question, which weighs every answer of every criterion left unknown.
private func fewGivenFigures(_ rules: RuleBase, archive: String, profiles count: Int) {
    var generator = Generator(state: 11)
    var times: [(arguments: [String], builtIn: Double, archive: Double)] = []
    for _ in 0..<count {
        let given = rules.criteria.shuffled(using: &generator)
            .prefix(Int.random(in: 1...3, using: &generator))
        let arguments = given.flatMap { criterion in
            let low = Int(criterion.minimum ?? 0)
            return [
                "--" + criterion.id,
                criterion.kind.isEnumerated
                    ? criterion.values.randomElement(using: &generator)!.id
                    : String(Int.random(in: low...(low + 400), using: &generator)),
            ]
        }
        var runs: (builtIn: [Double], archive: [Double]) = ([], [])
        for _ in 0..<3 {
            guard let builtIn = spawn(binary, arguments),
                let archived = spawn(binary, ["--rules", archive] + arguments)
            else { fatalError("orgadvisor \(arguments.joined(separator: " ")) failed") }
            runs.builtIn.append(builtIn)
            runs.archive.append(archived)
        }
        times.append((arguments, median(runs.builtIn), median(runs.archive)))
    }
    let builtIn = times.map { $0.builtIn }
    let archived = times.map { $0.archive }
    let slowest = times.max { $0.archive < $1.archive }!
    print(
        "start-up, \(count) profiles giving 1 to 3 criteria (each the median of 3 runs):"
            + " built-in rules median \(format(median(builtIn) * 1e3, 2)) ms,"
            + " mean \(format(builtIn.reduce(0, +) / Double(count) * 1e3, 2)) ms;"
            + " archive median \(format(median(archived) * 1e3, 2)) ms"
            + " (\(format(median(archived) / median(builtIn), 1))x),"
            + " mean \(format(archived.reduce(0, +) / Double(count) * 1e3, 2)) ms"
            + " (\(format(archived.reduce(0, +) / builtIn.reduce(0, +), 1))x),"
            + " slowest \(format(slowest.archive * 1e3, 1)) ms"
            + " (\(slowest.arguments.joined(separator: " ")))")
}

/// `--numbers [--number-rules N]`: the single-profile command with a rule base of numbers
/// only (``NumberRuleBase``, from its archive), where the analysis is hardest: nothing
/// given, one number given (the others unknown: a next question of hundreds of answers
/// per number), every number given. The median of `runs` runs of each, interleaved.
func numberFigures(rules count: Int, runs: Int) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "orgadvisor-numbers-\(getpid())")
    defer { try? FileManager.default.removeItem(at: directory) }
    let archive = compiled(in: directory) { NumberRuleBase.write(rules: count, to: $0) }.archive
    let every = (0..<NumberRuleBase.criteria).flatMap { ["--n\($0)", String(100 + 150 * $0)] }
    let commands: [(label: String, arguments: [String])] = [
        ("nothing given", []), ("one number given", ["--n0", "500"]),
        ("every number given", every),
    ]
    var times = commands.map { _ in [Double]() }
    for _ in 0..<runs {
        for (index, command) in commands.enumerated() {
            guard let seconds = spawn(binary, ["--rules", archive] + command.arguments) else {
                fatalError("orgadvisor \(command.arguments.joined(separator: " ")) failed")
            }
            times[index].append(seconds)
        }
    }
    for (index, command) in commands.enumerated() {
        print(
            "\(count) rules over \(NumberRuleBase.criteria) numbers, from their archive, "
                + "\(command.label): median \(format(median(times[index]), 2)) s "
                + "(\(runs) runs, interleaved)")
    }
}

/// Writes a rule base with `write` into the folder `rules` of `directory`, compiles it
/// with the binary into `rules.orgarchive` beside it, and returns both paths.
private func compiled(in directory: URL, _ write: (String) -> Void) -> (
    folder: String, archive: String
) {
    let folder = directory.appendingPathComponent("rules").path
    write(folder)
    let archive = directory.appendingPathComponent("rules.orgarchive").path
    guard spawn(binary, ["compile", "--rules", folder, "--output", archive]) != nil else {
        fatalError("cannot run \(binary) compile; build it first: swift build -c release")
    }
    return (folder, archive)
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
