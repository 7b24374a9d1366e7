import OrgAdvisorRules

/// The `orgadvisor-embed-rules` command: regenerates the built-in rule base's source from
/// `Rules/`, or with `--check` only says whether it is stale. Run from the package root.
///
/// Exit codes: 0 written or up to date, 1 stale (with `--check`), 2 usage error, 3 rule
/// files that do not compile (located diagnostics) or a file that cannot be read or
/// written.
public enum EmbedRulesCommand {
    /// The usage line.
    public static let usage = "orgadvisor-embed-rules [--check] [--package-path <directory>]"

    /// What a run printed and how it ended.
    public struct Outcome: Sendable, Equatable {
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
        /// The exit code.
        public var code: Int32

        /// An outcome with these outputs and exit code.
        public init(stdout: String = "", stderr: String = "", code: Int32 = 0) {
            self.stdout = stdout
            self.stderr = stderr
            self.code = code
        }
    }

    /// Runs the command with `arguments` (without the program name); the package root is
    /// `--package-path`, else `currentDirectory`.
    public static func run(_ arguments: [String], currentDirectory: String = ".") -> Outcome {
        var check = false
        var root = currentDirectory
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--check":
                check = true
            case "--package-path":
                guard let value = remaining.popFirst() else {
                    return usageError("missing value for '--package-path'")
                }
                root = value
            case "-h", "--help":
                return Outcome(stdout: help)
            default:
                let suggestion = NameSuggestion.nearest(
                    to: argument, in: ["--check", "--package-path", "--help"])
                return usageError(
                    "unknown argument '\(argument)'"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            }
        }
        return run(package: BuiltInRulesPackage(root: root), check: check)
    }

    private static func run(package: BuiltInRulesPackage, check: Bool) -> Outcome {
        var outcome = Outcome()
        let output = BuiltInRulesGenerator.outputPath
        do {
            let (source, warnings) = try package.generate()
            if !warnings.isEmpty {
                outcome.stderr += DiagnosticRenderer(color: false).render(warnings)
            }
            if check {
                if let staleness = BuiltInRulesGenerator.staleness(
                    checkedIn: package.checkedIn(), generated: source)
                {
                    outcome.stderr += "Error: \(staleness)\n"
                    outcome.code = 1
                } else {
                    outcome.stdout += "'\(output)' is up to date\n"
                }
            } else if try package.write(source) {
                outcome.stdout += "wrote '\(output)'\n"
            } else {
                outcome.stdout += "'\(output)' is up to date\n"
            }
        } catch .rules(let error) {
            outcome.stderr += DiagnosticRenderer(color: false).render(error.diagnostics)
            outcome.code = 3
        } catch {
            outcome.stderr += "Error: \(error)\n"
            outcome.code = 3
        }
        return outcome
    }

    private static func usageError(_ message: String) -> Outcome {
        Outcome(stderr: "Error: \(message)\nUsage: \(usage)\n", code: 2)
    }

    private static let help = """
        Regenerates \(BuiltInRulesGenerator.outputPath)
        from \(BuiltInRulesGenerator.rulesDirectory)/*.orgrules: the default rule files' texts
        and their compiled archive.

        Usage: \(usage)

          --check                     only check that the file is up to date (exit 1 if not)
          --package-path <directory>  the package root (default: the current directory)

        """
}
