import OrgAdvisor

/// `orgadvisor check [PATH...] [--deep]`: validates rule files (together one rule base)
/// and reports every diagnostic compiler-style, as text or JSON for editors; with
/// `--deep`, also checks the whole profile space (``RuleBaseAudit``).
enum CheckCommand {
    static let options: [OptionSpec] =
        [
            OptionSpec(
                name: "format", arity: .value("FORMAT"), help: "output format",
                allowed: ["text", "json"]),
            OptionSpec(
                name: "deep", arity: .flag,
                help:
                    "also check every profile: rules that never fire or never change a ranking,"
                    + " forms that never win, ties, derivations that never apply"),
            OptionSpec(
                name: "jobs", arity: .value("N"),
                help: "threads for --deep (default: the number of cores)"),
        ] + Context.ruleBaseOptions.filter { $0.name == "color" || $0.name == "help" }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp {
            return CommandOutput(
                stdout: HelpText.command(
                    "check", summary: "validate rule files and report every problem",
                    specs: options,
                    arguments:
                        "Arguments:\n  PATH...   rule files or directories, together one rule base"
                        + " (default: the built-in rules)\n\nExit codes: 0 no errors (warnings allowed), 1 errors found,"
                        + " 2 usage error, 3 unreadable path."))
        }
        let parsed = try ArgumentParser(specs: options, command: "check").parse(context.arguments)
        var files: [SourceFile] = []
        if parsed.positionals.isEmpty {
            files = RuleBase.builtInFiles
        } else {
            let limit = try InputLimits(context.terminal).ruleFile
            for path in parsed.positionals {
                do {
                    files += try RuleBase.sourceFiles(at: path, limit: limit)
                } catch {
                    throw .input(error.diagnostics.map(\.message).joined(separator: "; "))
                }
            }
        }
        var diagnostics: [Diagnostic]
        var rules: RuleBase?
        do {
            let loaded = try RuleBase(files: files)
            diagnostics = loaded.warnings
            rules = loaded
        } catch {
            diagnostics = error.diagnostics
        }
        if parsed.has("deep") {
            return try deep(
                parsed, diagnostics: diagnostics, rules: rules, files: files,
                color: context.color(parsed))
        }
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        var output = CommandOutput(code: errors > 0 ? ExitCode.failures : ExitCode.success)
        if parsed.value("format") == "json" {
            output.stdout = json(diagnostics, rules: rules, files: files) + "\n"
            return output
        }
        output.stdout = DiagnosticRenderer(color: context.color(parsed)).render(diagnostics)
        if let rules {
            output.stdout +=
                "\(rules.name) \(rules.version): \(files.count) file\(files.count == 1 ? "" : "s"), "
                + "\(rules.criteria.count) criteria, \(rules.forms.count) forms, \(rules.rules.count) rules, "
                + "\(rules.derivations.count) derivations, \(rules.advice.count) advice; "
                + (warnings == 0 ? "no problems" : "\(warnings) warning\(warnings == 1 ? "" : "s")")
                + "\n"
        }
        return output
    }

    private static func json(_ diagnostics: [Diagnostic], rules: RuleBase?, files: [SourceFile])
        -> String
    {
        var members: [(String, JSONValue)] = [
            ("schema", .string("orgadvisor.check/1")),
            ("files", .array(files.map { .string($0.path) })),
        ]
        if let rules { members.append(("ruleBase", rules.jsonIdentity)) }
        members += [
            ("errors", .int(diagnostics.count { $0.severity == .error })),
            ("warnings", .int(diagnostics.count { $0.severity == .warning })),
            ("diagnostics", .array(diagnostics.map(json))),
        ]
        return JSONValue.object(members).serialized(pretty: true)
    }

    /// One load diagnostic as JSON.
    static func json(_ diagnostic: Diagnostic) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
        ]
        if let location = diagnostic.location {
            members += [
                ("file", .string(location.path)), ("line", .int(location.line)),
                ("column", .int(location.column)), ("length", .int(diagnostic.length)),
            ]
        }
        if let help = diagnostic.help { members.append(("help", .string(help))) }
        return .object(members)
    }
}
