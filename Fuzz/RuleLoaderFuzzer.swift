// libFuzzer entry point for the rule language: lexer, parser, compiler, test files, the
// engine, the reports, the archive and the syntax printer. Built by Fuzz/run.sh against
// the library compiled once with testing enabled (so internal names are visible).

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Builds the default rule base and its files once, before the first input, so that
/// their lasting allocations are not taken for leaks of an input.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = RuleBase.builtIn.rules.count
    _ = RuleLoaderFuzz.builtInFiles.count
    return 0
}

/// Runs one fuzzer input through the rule language, trapping when a property does not
/// hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    RuleLoaderFuzz(bytes: bytes).run()
    return 0
}

/// The checks made on one input.
struct RuleLoaderFuzz {
    /// The default rule base's files, read once.
    static let builtInFiles = RuleBase.builtInFiles

    let bytes: [UInt8]
    let file: SourceFile
    /// A hash of the input, seeding the profiles it is evaluated on.
    let seed: UInt64

    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.file = SourceFile(path: "fuzz.orgrules", bytes: bytes)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        self.seed = hash
    }

    func run() {
        checkTokens()
        let (rules, needsBuiltIn) = loadRules()
        loadTests(against: RuleBase.builtIn)
        if let rules { loadTests(against: rules) }
        if needsBuiltIn, bytes.count <= 2048 { loadWithBuiltIn() }
    }

    /// Compiles the input as one more file of the default rule base (slow: only for a
    /// short input that names criteria or forms it does not declare).
    func loadWithBuiltIn() {
        let files = RuleLoaderFuzz.builtInFiles + [file]
        var compiler = RuleBaseCompiler(files: files)
        do throws(RuleBaseError) {
            let parts = try compiler.compile()
            check(parts.warnings, in: files)
            evaluate(RuleBase(parts), profiles: 2)
        } catch {
            check(error.diagnostics, in: files)
        }
    }

    /// The lexer covers the input in order, with tokens inside it and one end of file.
    func checkTokens() {
        guard file.firstInvalidUTF8Offset() == nil else { return }
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        var last = 0
        for (index, token) in tokens.enumerated() {
            if token.range.lowerBound < last || token.range.upperBound > bytes.count {
                fatalError("token \(index) out of order or outside the input: \(token)")
            }
            if (token.kind == .endOfFile) != (index == tokens.count - 1) {
                fatalError("the end of file is not the last token")
            }
            last = token.range.upperBound
        }
        check(lexer.diagnostics, in: [file])
    }

    /// Compiles the input as a rule file; when it loads, runs every property on it.
    /// Also says whether it fails for want of the default rule base's names.
    func loadRules() -> (RuleBase?, needsBuiltIn: Bool) {
        var compiler = RuleBaseCompiler(files: [file])
        let parts: CheckedRuleBase
        do throws(RuleBaseError) {
            parts = try compiler.compile()
        } catch {
            check(error.diagnostics, in: [file])
            let missing = ["unknown criterion", "unknown form", "the rule base declares no form"]
            let needsBuiltIn = error.diagnostics.contains { diagnostic in
                missing.contains { diagnostic.message.hasPrefix($0) }
            }
            return (nil, needsBuiltIn)
        }
        check(parts.warnings, in: [file])
        let rules = RuleBase(parts)
        checkLocations(rules)
        let profiles = self.profiles(for: rules, count: 4)
        let expected = profiles.enumerated().map { index, profile in
            evaluateAndRender(rules, profile, language: index % 2 == 0 ? .english : .french)
        }
        checkArchive(rules, expected: expected, profiles: profiles)
        checkPrinter(rules, expected: expected, profiles: profiles)
        return (rules, false)
    }

    /// The archive of a rule base, with its compiled tables or without, loads as a rule
    /// base that gives the same results and the same archive again.
    func checkArchive(_ rules: RuleBase, expected: [String], profiles: [Profile]) {
        let archive = rules.archive()
        let withoutTables = RuleBaseArchive.encode(rules.checked)
        do throws(RuleBaseArchive.Failure) {
            for (bytes, name) in [(archive, "archive"), (withoutTables, "archive without tables")] {
                let copy = try RuleBase(archive: bytes)
                if copy.archive() != archive {
                    fatalError("the \(name) changes when loaded and written again")
                }
                for (index, profile) in profiles.enumerated() {
                    let json = copy.evaluate(profile).json(
                        language: index % 2 == 0 ? .english : .french)
                    if json.serialized() != expected[index] {
                        fatalError("the \(name) gives another result for profile \(index)")
                    }
                }
            }
        } catch {
            fatalError("the archive of a loaded rule base does not load: \(error)")
        }
    }

    /// Compiles the input as a test file against a rule base and runs its cases.
    func loadTests(against rules: RuleBase) {
        let tests = SourceFile(path: "fuzz.orgtests", bytes: bytes)
        do throws(RuleBaseError) {
            let suite = try RuleTestSuite(files: [tests], ruleBase: rules)
            checkPrinter(suite, file: tests)
            for result in suite.run().prefix(8) {
                _ = TextReport(language: .english).render(
                    result.evaluation,
                    effects: rules.unknownCriterionEffects(of: result.evaluation))
                for failure in result.failures {
                    checkLocation(failure.location, in: [tests])
                }
            }
        } catch {
            check(error.diagnostics, in: [tests])
        }
    }

    /// Evaluates a rule base on a few profiles and renders the results.
    func evaluate(_ rules: RuleBase, profiles count: Int) {
        for (index, profile) in profiles(for: rules, count: count).enumerated() {
            _ = evaluateAndRender(rules, profile, language: index % 2 == 0 ? .english : .french)
        }
    }

    /// Evaluates one profile, checks the evaluation, renders it as text, Markdown and
    /// JSON, and returns the JSON.
    func evaluateAndRender(_ rules: RuleBase, _ profile: Profile, language: Language) -> String {
        let evaluation = rules.evaluate(profile)
        var scores: [Score] = []
        rules.score(profile, into: &scores)
        if scores != evaluation.scores { fatalError("score(_:into:) and evaluate disagree") }
        if evaluation.ranking.sorted() != Array(rules.forms.indices) {
            fatalError("the ranking is not a permutation of the forms")
        }
        // With every criterion known, the bounds are the scores and the forms that could
        // win are those at the top now (one when decided, several in a tie).
        if evaluation.unknownCriteria.isEmpty {
            for form in rules.forms.indices
            where evaluation.bounds[form] != scores[form]...scores[form] {
                fatalError("'\(rules.forms[form].id)' has bounds other than its score")
            }
            if evaluation.possibleWinners != evaluation.tiedAtTop {
                fatalError("a profile with nothing unknown has other possible winners")
            }
            if evaluation.status == .provisional {
                fatalError("a profile with nothing unknown is provisional")
            }
        }
        let explain = ExplainLevel.allCases[Int(seed % 3)]
        let effects = rules.unknownCriterionEffects(of: evaluation)
        _ = TextReport(language: language, explain: explain, width: 60 + Int(seed % 40))
            .render(evaluation, effects: effects)
        _ = MarkdownReport(language: language, explain: explain).render(
            evaluation, effects: effects)
        let json = evaluation.json(language: language).serialized()
        do {
            _ = try JSONParser.parse(Array(json.utf8), maxDepth: 1000)
        } catch {
            fatalError("the evaluation's JSON does not parse: \(error)")
        }
        return json
    }

    /// Every diagnostic points inside one of the files, and renders.
    func check(_ diagnostics: [Diagnostic], in files: [SourceFile]) {
        for diagnostic in diagnostics {
            if let location = diagnostic.location { checkLocation(location, in: files) }
        }
        _ = DiagnosticRenderer(color: false).render(diagnostics)
        _ = DiagnosticRenderer(color: true).render(diagnostics)
    }

    /// Every place the rule base names (declarations, conditions, acceptances) lies
    /// inside the input.
    func checkLocations(_ rules: RuleBase) {
        var locations = rules.criteria.map(\.location) + rules.forms.map(\.location)
        locations += rules.rules.flatMap { [$0.location, $0.condition.source.location] }
        locations += rules.derivations.flatMap { [$0.location, $0.condition.source.location] }
        locations += rules.advice.map(\.location) + rules.acceptances.map(\.location)
        for location in locations { checkLocation(location, in: [file]) }
    }

    /// A location lies inside its file: an existing line, a column at most one past its
    /// end.
    func checkLocation(_ location: SourceLocation, in files: [SourceFile]) {
        guard let file = files.first(where: { $0.path == location.path }) else {
            fatalError("a location names no file of the load: \(location)")
        }
        guard location.line >= 1, location.line <= file.lineStarts.count else {
            fatalError("a location's line is outside the file: \(location)")
        }
        let line = file.lineRange(location.line)
        let lineEnd =
            location.line < file.lineStarts.count
            ? file.lineStarts[location.line] - 1 : file.bytes.count
        let columns = SourceFile.scalarCount(file.bytes[line.lowerBound..<lineEnd])
        guard location.column >= 1, location.column <= columns + 1 else {
            fatalError("a location's column is outside its line: \(location)")
        }
    }
}
