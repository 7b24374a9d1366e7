// The orgadvisor benchmark: rule compilation, in-process evaluation, end-to-end batch
// throughput and memory, and how the cost grows with more rules. Run it on a release
// build: `swift run -c release orgadvisor-benchmark [--quick]` (see README, "Benchmarks").
import Foundation
import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#endif

let quick = CommandLine.arguments.contains("--quick")
/// `--only-spellings`: of the batch figures, only those of values as people write them
/// (section 6), after the compilation and evaluation figures.
let onlySpellings = CommandLine.arguments.contains("--only-spellings")
/// `--only-evaluation`: only the in-process evaluation figures (for profilers): of the
/// default rules, and with `--mixed`, of each mixed rule base (with its compilation).
let onlyEvaluation = CommandLine.arguments.contains("--only-evaluation")
/// `--write-mixed-rules COUNT DIRECTORY`: only writes the generated rule base of COUNT
/// mixed rules (see `--mixed`) as rule files in DIRECTORY (for profilers);
/// `--write-number-rules COUNT DIRECTORY`, the one of COUNT rules over numbers only (see
/// `--numbers`).
for (flag, write) in [
    ("--write-mixed-rules", MixedRuleBase.write), ("--write-number-rules", NumberRuleBase.write),
] {
    guard let index = CommandLine.arguments.firstIndex(of: flag) else { continue }
    let arguments = CommandLine.arguments
    guard index + 2 < arguments.count, let count = Int(arguments[index + 1]) else {
        fatalError("usage: orgadvisor-benchmark \(flag) COUNT DIRECTORY")
    }
    write(count, arguments[index + 2])
    exit(0)
}
/// `--mixed [--mixed-profiles N]`: instead of the scaled default rules and their batch
/// figures, generated rule bases of a mixed shape (30, 300 and 3,000 rules, a quarter
/// combining criteria; `MixedRuleBase`), with batch on N profiles (default 1,000,000)
/// next to the default rules in the same run.
let mixed = CommandLine.arguments.contains("--mixed")
/// `--mixed-rules 30,300`: the sizes of the mixed rule bases (default 30, 300 and 3,000).
let mixedSizes: [Int] = {
    guard let index = CommandLine.arguments.firstIndex(of: "--mixed-rules") else {
        return [30, 300, 3000]
    }
    guard index + 1 < CommandLine.arguments.count else { fatalError("--mixed-rules needs sizes") }
    return CommandLine.arguments[index + 1].split(separator: ",").map { Int($0)! }
}()
/// `--mixed-limit SECONDS`: a batch run of the mixed rules is stopped after this long
/// (default 600), and said so.
let mixedLimit: Double = {
    guard let index = CommandLine.arguments.firstIndex(of: "--mixed-limit"),
        index + 1 < CommandLine.arguments.count,
        let limit = Double(CommandLine.arguments[index + 1])
    else { return 600 }
    return limit
}()
let mixedProfiles: Int = {
    guard let index = CommandLine.arguments.firstIndex(of: "--mixed-profiles") else {
        return 1_000_000
    }
    guard index + 1 < CommandLine.arguments.count,
        let count = Int(CommandLine.arguments[index + 1]), count > 0
    else { fatalError("usage: orgadvisor-benchmark --mixed [--mixed-profiles COUNT]") }
    return count
}()
/// `--write-input COUNT PATH`: only writes the batch input of COUNT generated profiles to
/// PATH, the same bytes as the batch figures use; `--write-sparse-input COUNT PATH`, the
/// same with each criterion given with probability 0.3, as the sparse figures use them
/// (for profilers).
for (option, tenthsGiven) in [("--write-input", 9), ("--write-sparse-input", 3)] {
    guard let index = CommandLine.arguments.firstIndex(of: option) else { continue }
    let arguments = CommandLine.arguments
    guard index + 2 < arguments.count, let count = Int(arguments[index + 1]) else {
        fatalError("usage: orgadvisor-benchmark \(option) COUNT PATH")
    }
    print(
        "\(writeInput(count: count, to: arguments[index + 2], tenthsGiven: tenthsGiven)) bytes")
    exit(0)
}
/// `--write-spelled-input ids|french|mixed COUNT PATH`: the same with values written as
/// section 6 writes them (for profilers).
if let index = CommandLine.arguments.firstIndex(of: "--write-spelled-input") {
    let arguments = CommandLine.arguments
    guard index + 3 < arguments.count,
        let spelling = Spelling.allCases.first(where: { $0.fileName == arguments[index + 1] }),
        let count = Int(arguments[index + 2])
    else {
        fatalError("usage: orgadvisor-benchmark --write-spelled-input ids|french|mixed COUNT PATH")
    }
    print("\(writeInput(count: count, spelling: spelling, to: arguments[index + 3])) bytes")
    exit(0)
}

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` repeatedly for at least `seconds` and returns the mean time of one run.
func measure(seconds: Double, _ body: () -> Void) -> Double {
    var runs = 0
    let start = now()
    repeat {
        body()
        runs += 1
    } while now() - start < seconds
    return (now() - start) / Double(runs)
}

/// How long making a value takes until it is ready (`ready`, the median over the runs
/// made in at least `seconds`, and `fastest`), and how long freeing it takes afterwards
/// (`freeing`, the median), with the number of `runs`. A command keeps its rule base until
/// it exits, so `ready` is what a user waits for; an embedding program that drops the rule
/// base pays `freeing` too. Medians, not means: the host's load only ever adds time, in
/// bursts that a mean would spread over every run.
func measureMaking<Value>(seconds: Double, _ make: () -> Value) -> (
    ready: Double, fastest: Double, freeing: Double, runs: Int
) {
    withoutActuallyEscaping(make) { measureMaking(seconds: seconds, [$0])[0] }
}

/// ``measureMaking(seconds:_:)`` of several ways of making a value, one run of each in
/// turn, so that the host's load, which comes and goes within seconds, weighs on each
/// alike.
func measureMaking<Value>(seconds: Double, _ makes: [() -> Value]) -> [(
    ready: Double, fastest: Double, freeing: Double, runs: Int
)] {
    var ready = [[Double]](repeating: [], count: makes.count)
    var freeing = ready
    let start = now()
    repeat {
        for (index, make) in makes.enumerated() {
            let before = now()
            var value: Value? = make()
            let made = now()
            withExtendedLifetime(value) {}
            value = nil
            freeing[index].append(now() - made)
            ready[index].append(made - before)
        }
    } while now() - start < seconds
    let median = { (times: [Double]) in times.sorted()[times.count / 2] }
    return makes.indices.map { index in
        (median(ready[index]), ready[index].min()!, median(freeing[index]), ready[index].count)
    }
}

/// The median and fastest of ``measureMaking(seconds:_:)`` in milliseconds, as printed.
func makingFigures(
    _ making: (ready: Double, fastest: Double, freeing: Double, runs: Int), digits: Int
) -> String {
    "\(format(making.ready * 1e3, digits)) ms (median of \(making.runs), fastest "
        + "\(format(making.fastest * 1e3, digits)) ms; freeing it: "
        + "\(format(making.freeing * 1e3, 2)) ms)"
}

func format(_ value: Double, _ digits: Int = 1) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    return String(rounded)
}

/// The default rule files with every rule copied `factor` times (new ids).
func scaledRuleFiles(_ factor: Int) -> [SourceFile] {
    RuleBase.builtInFiles.map { file in
        guard file.path.hasSuffix("40-rules.orgrules") else { return file }
        let text = String(decoding: file.bytes, as: UTF8.self)
        var out = text
        for copy in 1..<factor {
            out += "\n" + text.replacing(/(?m)^rule ([a-z0-9-]+)/) { "rule \($0.1)-copy\(copy)" }
        }
        return SourceFile(path: file.path, text: out)
    }
}

/// The value of the option `name` (a positive number after it), else `value`; `mode`
/// names the mode for the usage message.
func positiveOption(_ name: String, default value: Int, mode: String) -> Int {
    guard let index = CommandLine.arguments.firstIndex(of: name) else { return value }
    guard index + 1 < CommandLine.arguments.count,
        let number = Int(CommandLine.arguments[index + 1]), number > 0
    else { fatalError("usage: orgadvisor-benchmark \(mode) [\(name) N]") }
    return number
}

/// `--startup [--startup-rules N] [--startup-runs N] [--startup-profiles N]`: only the
/// start-up figures of a large rule base (default 3,000 mixed rules, 200 runs of each
/// command, 40 profiles giving a few criteria; `startupFigures`).
if CommandLine.arguments.contains("--startup") {
    startupFigures(
        rules: positiveOption("--startup-rules", default: 3000, mode: "--startup"),
        runs: positiveOption("--startup-runs", default: 200, mode: "--startup"),
        profiles: positiveOption("--startup-profiles", default: 40, mode: "--startup"))
    exit(0)
}
/// `--numbers [--number-rules N] [--number-runs N]`: only the single-profile command with
/// a rule base of numbers only (default 3,000 rules, 5 runs of each; `numberFigures`).
if CommandLine.arguments.contains("--numbers") {
    numberFigures(
        rules: positiveOption("--number-rules", default: 3000, mode: "--numbers"),
        runs: positiveOption("--number-runs", default: 5, mode: "--numbers"))
    exit(0)
}

print("orgadvisor benchmark (\(ProcessInfo.processInfo.activeProcessorCount) cores)\n")

// 1. Compilation.
let files = RuleBase.builtInFiles
let compile = measureMaking(seconds: quick ? 0.3 : 1) { try! RuleBase(files: files) }
print(
    "rule base compilation (default rules, \(files.count) files): "
        + makingFigures(compile, digits: 2))

// 2. In-process evaluation on one core.
evaluationRates(
    RuleBase.builtIn, label: "evaluation, \(RuleBase.builtIn.rules.count) rules, 1 core")
if onlyEvaluation && !mixed { exit(0) }

// 3. Scaling with the number of rules.
for factor in mixed || onlySpellings ? [] : [10, 100] {
    let scaled = scaledRuleFiles(factor)
    let start = now()
    let rules = try! RuleBase(files: scaled)
    print(
        "\(factor)x rules (\(rules.rules.count)): compiled in \(format((now() - start) * 1e3, 1)) ms"
    )
    evaluationRates(rules, label: "evaluation, \(rules.rules.count) rules, 1 core")
}

// 4. End to end: orgadvisor batch on JSON Lines.
let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
    "orgadvisor-benchmark-\(getpid())")
try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

func writeInput(count: Int) -> (path: String, bytes: Int) {
    let path = directory.appendingPathComponent("profiles-\(count).jsonl").path
    return (path, writeInput(count: count, to: path))
}

/// Timed runs of each batch configuration: the machine may be shared, so the median and
/// the fastest are shown.
let batchRuns = quick ? 3 : 5

for count in mixed || onlySpellings ? [] : quick ? [100_000] : [100_000, 1_000_000] {
    let input = writeInput(count: count)
    let output = directory.appendingPathComponent("results.jsonl").path
    let megabytes = Double(input.bytes) / 1e6
    for jobs in [1, ProcessInfo.processInfo.activeProcessorCount] {
        var runs: [Run] = []
        for _ in 0..<batchRuns {
            // A new output file each time: replacing an existing one would add the cost of
            // freeing the old one's blocks and pages to the run (see README).
            unlink(output)
            runs.append(run(["batch", input.path, "--output", output, "--jobs", String(jobs)]))
        }
        let sorted = runs.sorted { $0.seconds < $1.seconds }
        let median = sorted[sorted.count / 2]
        let failed = runs.first { $0.status != 0 }
        print(
            "batch \(count) profiles (\(format(megabytes, 1)) MB JSON Lines), --jobs \(jobs): "
                + "median of \(batchRuns) \(format(median.seconds, 2)) s "
                + "(\(format(Double(count) / median.seconds / 1e3, 0)) k profiles/s, "
                + "\(format(megabytes / median.seconds, 0)) MB/s; CPU \(format(median.user, 2)) s user "
                + "+ \(format(median.system, 2)) s kernel), fastest \(format(sorted[0].seconds, 2)) s, "
                + "peak memory \(format(Double(runs.map(\.maxRSS).max()!) / 1024, 1)) MiB"
                + (failed.map { " (exit status \($0.status))" } ?? ""))
    }
    // The other result formats, on every core, next to JSON Lines.
    if count == 1_000_000 || quick {
        var figures: [String] = []
        for resultFormat in ["jsonl", "json", "csv", "markdown"] {
            var times: [Double] = []
            for _ in 0..<batchRuns {
                unlink(output)
                times.append(
                    run(["batch", input.path, "--output", output, "--format", resultFormat])
                        .seconds)
            }
            figures.append("\(resultFormat) \(format(times.sorted()[times.count / 2], 2)) s")
        }
        print(
            "batch \(count) profiles by result format, --jobs "
                + "\(ProcessInfo.processInfo.activeProcessorCount), median of \(batchRuns): "
                + figures.joined(separator: ", "))
    }
    unlink(output)
}

// Profiles that leave most criteria unknown (each given with probability 0.3), with the
// default rules.
if !mixed && !onlySpellings {
    sparseFigures(
        count: quick ? 20_000 : 100_000, rules: [], label: "default rules",
        directory: directory, runs: batchRuns)
}

// 5. Generated rule bases of a mixed shape (`--mixed`): compilation, evaluation, and batch
// next to the default rules in the same run.
if mixed {
    lazy var input = writeInput(count: mixedProfiles)
    let output = directory.appendingPathComponent("results.jsonl").path
    let runs = quick ? 1 : 3
    func batch(_ extra: [String], label: String) {
        var results: [Run] = []
        for _ in 0..<runs {
            unlink(output)
            results.append(
                run(["batch", input.path, "--output", output] + extra, limit: mixedLimit))
        }
        let sorted = results.sorted { $0.seconds < $1.seconds }
        let median = sorted[sorted.count / 2]
        print(
            "batch \(mixedProfiles) profiles, \(label): median of \(runs) "
                + "\(format(median.seconds, 2)) s "
                + "(\(format(Double(mixedProfiles) / median.seconds / 1e3, 0)) k profiles/s), "
                + "fastest \(format(sorted[0].seconds, 2)) s, peak memory "
                + "\(format(Double(results.map { $0.maxRSS }.max()!) / 1024, 1)) MiB"
                + (results.first { $0.status != 0 }.map {
                    $0.seconds >= mixedLimit
                        ? " (stopped after \(format(mixedLimit, 0)) s)"
                        : " (exit status \($0.status))"
                } ?? ""))
    }
    if !onlyEvaluation { batch([], label: "default rules (\(RuleBase.builtIn.rules.count))") }
    for count in mixedSizes {
        let files = MixedRuleBase.files(rules: count)
        let threads = PartRunner.threads
        let making = measureMaking(
            seconds: quick ? 0.6 : 3,
            [{ try! RuleBase(files: files) }, { try! RuleBase(files: files, runner: threads) }])
        let (compile, parted) = (making[0], making[1])
        let rules = try! RuleBase(files: files)
        print(
            "mixed rules (\(count), \(rules.rules.count { $0.criteria.count > 1 }) reading "
                + "several criteria): compiled in " + makingFigures(compile, digits: 1)
                + "; on \(threads.width) cores in " + makingFigures(parted, digits: 1))
        evaluationRates(rules, label: "evaluation, \(count) mixed rules, 1 core")
        tableCoverage(rules)
        if onlyEvaluation { continue }
        let folder = directory.appendingPathComponent("mixed-\(count)")
        MixedRuleBase.write(rules: count, to: folder.path)
        batch(["--rules", folder.path], label: "\(count) mixed rules")
        sparseFigures(
            count: quick ? 2_000 : 10_000, rules: ["--rules", folder.path],
            label: "\(count) mixed rules", directory: directory, runs: runs)
        if count == mixedSizes.max() {
            print("batch with \(count) mixed rules by kind of profile (--jobs 1, each kind alone):")
            profileKindFigures(
                input: input.path, rules: folder.path, directory: directory, runs: runs)
        }
    }
    unlink(output)
}

// 6. Batch on the same profiles with values as people write them: ids, French labels, and
// mixed spellings (labels in either language, aliases, odd case, `\u` escapes, names). A
// million profiles each (half a second with ids), so that the start of a process and the
// noise of a shared machine do not decide the ratios, as they did with a tenth as many.
if !mixed {
    spellingFigures(
        count: quick ? 100_000 : 1_000_000, directory: directory, runs: quick ? 3 : 5,
        jobs: [1, ProcessInfo.processInfo.activeProcessorCount])
}
