import OrgAdvisor

/// `orgadvisor test [CASES...]`: runs rule test cases against the rule base and
/// prints each failure with expected, actual and the trace.
enum TestCommand {
    static let command = Command(
        name: "test", summary: "run rule test cases against the rule base",
        usage:
            "orgadvisor test [CASES...] [--verbose] [--coverage [--format text|json]] [--rules PATH]"
            + " [--lang \(OptionSpec.lang.choices)]",
        details: "Arguments:\n  CASES...  test files (.orgtests) or directories of them\n\n"
            + "Exit codes: 0 all passed, 1 a case failed, 2 usage error, 3 unreadable or invalid files.",
        options: [
            OptionSpec(
                name: "verbose", arity: .flag,
                help: "show each failing case's whole explained report, every rule's outcome")
        ] + coverageOptions + OptionSpec.ruleBaseOptions, run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        guard !parsed.positionals.isEmpty else {
            throw .invalidUsage(.expectedTestFiles, command: command.name)
        }
        let rules = try context.loadRuleBase()
        let limit = try InputLimits(context.terminal).testFile
        var files: [SourceFile] = []
        for path in parsed.positionals {
            do {
                if FileSystem.isDirectory(path) {
                    let names = try FileSystem.list(path).filter {
                        $0.hasSuffix("." + RuleTestSuite.fileExtension)
                    }
                    if names.isEmpty {
                        throw CLIError.invalidInput(.noTestFiles(path))
                    }
                    let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
                    for name in names {
                        files.append(
                            SourceFile(
                                path: directory + "/" + name,
                                bytes: try FileSystem.readRegularFile(
                                    directory + "/" + name, limit: limit)))
                    }
                } else {
                    files.append(
                        SourceFile(path: path, bytes: try FileSystem.read(path, limit: limit)))
                }
            } catch let error as CLIError {
                throw error
            } catch let failure as FileSystem.Failure {
                throw .invalidInput(.cannotRead(failure))
            } catch {
                throw .input("\(error)")
            }
        }
        let suite: RuleTestSuite
        do {
            suite = try RuleTestSuite(files: files, ruleBase: rules)
        } catch {
            throw .rules(error)
        }
        let results = suite.run()
        let verbose = parsed.has("verbose")
        var analyses: [Int: RuleTestResultsText.Analyses] = [:]
        for (index, result) in results.enumerated() where verbose && !result.passed {
            let evaluation = result.evaluation
            analyses[index] = RuleTestResultsText.Analyses(
                effects: evaluation.ruleBase.unknownCriterionEffects(of: evaluation),
                whatIf: evaluation.ruleBase.whatIf(evaluation.profile, maximumPairs: 0))
        }
        let report = TextReport(
            language: context.language(parsed), explain: .full, width: context.width,
            color: context.color(parsed), whatIfHint: "orgadvisor whatif")
        let out = RuleTestResultsText(report: report, verbose: verbose).render(
            results, analyses: analyses)
        let failed = results.count { !$0.passed }
        return try withCoverage(
            CommandOutput(stdout: out, code: failed > 0 ? ExitCode.failures : ExitCode.success),
            results: results, rules: rules, parsed: parsed, language: context.language(parsed))
    }
}
