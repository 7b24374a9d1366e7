import OrgAdvisor

/// `orgadvisor test [CASES...]`: runs rule test cases against the rule base and
/// prints each failure with expected, actual and the trace.
enum TestCommand {
    static let command = Command(
        name: "test", summary: "run rule test cases against the rule base",
        usage: "orgadvisor test [CASES...] [--rules PATH] [--lang \(OptionSpec.lang.choices)]",
        details: "Arguments:\n  CASES...  test files (.orgtests) or directories of them\n\n"
            + "Exit codes: 0 all passed, 1 a case failed, 2 usage error, 3 unreadable or invalid files.",
        options: OptionSpec.ruleBaseOptions, run: run)

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        guard !parsed.positionals.isEmpty else {
            throw .usage(
                "expected test files or directories, e.g. 'orgadvisor test Examples'",
                command: command.name)
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
                        throw CLIError.input(
                            "no test files in '\(path)'; expected files ending in '.orgtests'")
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
        let language = context.language(parsed)
        let color = context.color(parsed)
        let results = suite.run()
        var out = ""
        for result in results {
            if result.passed {
                out += "PASS \(result.testCase.id)\n"
                continue
            }
            out += "FAIL \(result.testCase.id)  \(result.testCase.location)\n"
            for failure in result.failures {
                out += "  \(failure.location): expected \(failure.expected)\n"
                out +=
                    "  \(String(repeating: " ", count: failure.location.description.count))  actual   \(failure.actual)\n"
            }
            let evaluation = result.evaluation
            let trace = TextReport(
                language: language, explain: .full, width: context.width, color: color,
                whatIfHint: "orgadvisor whatif"
            )
            .render(
                evaluation, effects: evaluation.ruleBase.unknownCriterionEffects(of: evaluation),
                whatIf: evaluation.ruleBase.whatIf(evaluation.profile, maximumPairs: 0))
            out += trace.split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.isEmpty ? "" : "    " + $0
            }
            .joined(separator: "\n")
        }
        let failed = results.count { !$0.passed }
        out += "\(results.count - failed) passed, \(failed) failed\n"
        return CommandOutput(stdout: out, code: failed > 0 ? ExitCode.failures : ExitCode.success)
    }
}
