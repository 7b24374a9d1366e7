import OrgAdvisor
import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Compiling a large rule base in parts (``PartRunner``): the files and the lines of a
/// large file parsed as parts. Whatever the runner, the result is that of one piece: the
/// same archive byte for byte, the same warnings, and for a rule base with errors, the
/// same diagnostics in the same order.
@Suite("Compiling in parts")
struct PartedCompileTests {
    /// The runners tried: on the calling thread, last part first (``RecordingRunner``), of
    /// 2 to 5 parts, and on 2 and 3 threads.
    static let runners: [PartRunner] =
        (2...5).map { RecordingRunner(width: $0).runner } + [
            .threads(width: 2), .threads(width: 3),
        ]

    /// A random rule base with its rules copied until it has at least `count` (with new
    /// ids), so that it is parsed in parts.
    static func large(_ seed: UInt64, rules count: Int = 600) -> [SourceFile] {
        var generator = SeededGenerator(state: seed)
        var base = RandomRuleBase.random(using: &generator)
        let rules = base.rules
        while base.rules.count < count { base.rules += rules }
        return [SourceFile(path: "random-\(seed).orgrules", text: base.source)]
    }

    /// The built-in rule files with their rules copied `factor` times (new ids).
    static func builtIn(times factor: Int) -> [SourceFile] {
        RuleBase.builtInFiles.map { file in
            guard file.path.hasSuffix("40-rules.orgrules") else { return file }
            let text = String(decoding: file.bytes, as: UTF8.self)
            var copies = text
            for copy in 1..<factor {
                copies += "\n" + text.replacing(/(?m)^rule ([a-z0-9-]+)/) { "rule \($0.1)-\(copy)" }
            }
            return SourceFile(path: file.path, text: copies)
        }
    }

    /// Whether `files` are large enough to be parsed in parts.
    static func isParted(_ files: [SourceFile]) -> Bool {
        files.reduce(0) { $0 + $1.bytes.count } >= RuleBaseCompiler.partedBytes
            && files.contains { $0.bytes.count >= RuleBaseCompiler.partedFileBytes }
    }

    /// What compiling gives: the archive and warnings, or every diagnostic.
    struct Outcome: Equatable {
        var archive: [UInt8]?
        var diagnostics: [String]

        func has(_ text: String) -> Bool { diagnostics.contains { $0.contains(text) } }
    }

    /// The outcome of compiling `files` with `runner`.
    static func outcome(_ files: [SourceFile], _ runner: PartRunner) -> Outcome {
        do {
            let rules = try RuleBase(files: files, runner: runner)
            return Outcome(archive: rules.archive(), diagnostics: rules.warnings.map { "\($0)" })
        } catch {
            return Outcome(archive: nil, diagnostics: error.diagnostics.map { "\($0)" })
        }
    }

    @Test("rule bases compile in parts as in one piece", arguments: 0..<8)
    func sameAsOnePiece(_ seed: Int) {
        let files =
            seed < 2 ? Self.builtIn(times: 12 + seed) : Self.large(UInt64(900 + seed))
        let parted = Self.isParted(files)
        #expect(parted)
        let whole = Self.outcome(files, .serial)
        #expect(whole.archive != nil)
        for runner in Self.runners {
            #expect(Self.outcome(files, runner) == whole, "width \(runner.width)")
        }
    }

    /// Damage made to the text of a large rule base at about `place` (0 to 1) of it.
    static let damages: [(name: String, place: Double, change: @Sendable (String) -> String)] = [
        ("an unknown criterion early", 0.1, { $0 + "\n    when nosuch = 3" }),
        ("an unfinished condition before a cut", 0.5, { $0 + " and" }),
        ("a stray character late", 0.9, { $0 + " §" }),
        ("an indented declaration", 0.5, { "  " + $0 }),
        ("an unterminated string", 0.7, { $0 + " \"open" }),
    ]

    @Test(
        "a damaged rule base reports the same diagnostics in parts",
        arguments: damages.indices)
    func sameDiagnostics(_ index: Int) {
        let damage = Self.damages[index]
        let file = Self.builtIn(times: 12).first { $0.path.hasSuffix("40-rules.orgrules") }!
        var lines = String(decoding: file.bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        // The rule line nearest the place.
        var line = Int(Double(lines.count) * damage.place)
        while !lines[line].hasPrefix("rule ") { line += 1 }
        lines[line] = damage.change(lines[line])
        var files = Self.builtIn(times: 12)
        let position = files.firstIndex { $0.path == file.path }!
        files[position] = SourceFile(path: file.path, text: lines.joined(separator: "\n"))
        let whole = Self.outcome(files, .serial)
        #expect(whole.archive == nil && whole.has("error"), "\(damage.name)")
        for runner in Self.runners {
            #expect(Self.outcome(files, runner) == whole, "\(damage.name), width \(runner.width)")
        }
    }

    @Test("a rule given twice across parts is reported as in one piece")
    func duplicateAcrossParts() {
        var files = Self.large(920, rules: 400)
        let text = String(decoding: files[0].bytes, as: UTF8.self)
        // The first rule again at the end, in another part.
        let start = text.firstRange(of: "\nrule r0\n")!
        let end = text[start.upperBound...].firstRange(of: "\nrule ")!.lowerBound
        files[0] = SourceFile(path: files[0].path, text: text + text[start.lowerBound..<end])
        let whole = Self.outcome(files, .serial)
        #expect(whole.has("duplicate id 'r0'"))
        for runner in Self.runners {
            #expect(Self.outcome(files, runner) == whole, "width \(runner.width)")
        }
    }

    /// Texts, the parts asked for, and where the parts after the first must start.
    static let cuts: [(text: String, parts: Int, starts: [Int])] = [
        ("rule a\n    x\nrule b\n    y\n", 2, [13]),
        ("rule a\nrule b\nrule c\nrule d\n", 4, [7, 14, 21]),
        // Not a keyword: a longer name, an indented one, one in a comment.
        ("rule a\nrule-b x\n  rule c\n# rule d\nrule e\n", 2, [34]),
        // Fewer declarations than parts: as many parts as there are.
        ("rule a\n    x\n    y\n    z\nrule b\n", 4, [25]),
        ("rule a\n    x\n", 3, []),
        // A byte-order mark before the first line, and no line break at the end.
        ("\u{FEFF}criterion a: number\nform f\nrule r", 3, [23, 30]),
        ("rule a\n", 1, []),
    ]

    @Test("a file is cut at lines that start a declaration", arguments: cuts.indices)
    func declarationLines(_ index: Int) {
        let (text, parts, starts) = Self.cuts[index]
        let file = SourceFile(path: "cut.orgrules", text: text)
        let keywords = DeclarationKind.allCases.map { $0.rawValue }
        let ranges = file.declarationLines(parts: parts, keywords: keywords)
        #expect(ranges.dropFirst().map { $0.lowerBound } == starts)
        // The ranges cover the file, in order, without gaps.
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == file.bytes.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    @Test("results are kept in part order whatever the runner")
    func mapOrder() {
        for runner in Self.runners + [.serial] {
            #expect(runner.map(37) { $0 * $0 } == (0..<37).map { $0 * $0 })
            #expect(runner.map(0) { $0 }.isEmpty)
        }
    }
}
