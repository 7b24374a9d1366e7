import OrgAdvisor

/// `orgadvisor fmt [PATH...|-] [--check] [--diff]`: rewrites rule and test files in the
/// canonical layout (``RuleFormatter``), keeping their comments.
enum FmtCommand {
    static let command = Command(
        name: "fmt", summary: "format rule and test files in the canonical layout",
        usage: "orgadvisor fmt PATH...|- [--check] [--diff]",
        details:
            "Arguments:\n  PATH...   rule files (.orgrules), test files (.orgtests), or directories"
            + " of them\n            (their files directly inside); '-' formats standard input"
            + " (a rule file)\n            to standard output\n\n"
            + "Files are rewritten in place, atomically, and listed when they changed; comments"
            + " are kept.\nA file with a syntax error is reported and nothing is written.\n\n"
            + "Exit codes: 0 done (with --check: every file is formatted), 1 with --check: a"
            + " file is not\nformatted, 2 usage error, 3 unreadable file or syntax error.",
        options: [
            OptionSpec(
                name: "check", arity: .flag,
                help: "write nothing; list the files that are not formatted, exit 1 if any"),
            OptionSpec(
                name: "diff", arity: .flag,
                help: "write nothing; show the changes as a unified diff"),
            .help,
        ],
        run: run)

    /// The French of the help texts above, by English text (for the help catalog).
    static let french: [String: String] = [
        command.summary:
            "mettre en forme les fichiers de règles et de test selon la mise en page canonique",
        command.details ?? "": """
        Arguments :
          PATH...   fichiers de règles (.orgrules), de test (.orgtests), ou dossiers qui
                    en contiennent (leurs fichiers directement dedans) ; « - » met en
                    forme l’entrée standard (un fichier de règles) vers la sortie standard

        Les fichiers sont réécrits sur place, de façon atomique, et listés quand ils
        changent ; les commentaires sont gardés. Un fichier avec une erreur de syntaxe
        est signalé et rien n’est écrit.

        Codes de sortie : 0 fait (avec --check : chaque fichier est en forme), 1 avec
        --check : un fichier n’est pas en forme, 2 erreur d’utilisation, 3 fichier
        illisible ou erreur de syntaxe.
        """,
        "write nothing; list the files that are not formatted, exit 1 if any":
            "ne rien écrire ; lister les fichiers qui ne sont pas en forme, code 1 s’il y en a",
        "write nothing; show the changes as a unified diff":
            "ne rien écrire ; montrer les changements en diff unifié",
        "after the cases, list the rules that never fire, the values and advice no case reaches and the forms that win no case":
            "après les cas, lister les règles jamais appliquées, les valeurs et conseils qu’aucun cas n’atteint et les formes qui ne gagnent aucun cas",
        "with --coverage: the coverage as text after the results, or as JSON (orgadvisor.coverage/1) alone":
            "avec --coverage : la couverture en texte après les résultats, ou seule en JSON (orgadvisor.coverage/1)",
        "input format (default: csv or tsv for a file ending in .csv or .tsv, else JSON)":
            "format d’entrée (par défaut : csv ou tsv pour un fichier en .csv ou .tsv, sinon JSON)",
    ]

    /// One file to format: where it comes from and its bytes.
    private struct Input {
        var path: String
        var file: SourceFile
        var tests: Bool
    }

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        guard !parsed.positionals.isEmpty else {
            throw .usage(
                "expected rule files or directories, e.g. 'orgadvisor fmt Rules', or '-' for"
                    + " standard input", command: command.name)
        }
        if parsed.positionals.contains("-"), parsed.positionals.count > 1 {
            throw .usage("'-' (standard input) must be the only path", command: command.name)
        }
        let limit = try InputLimits(context.terminal).ruleFile
        var inputs: [Input] = []
        for path in parsed.positionals {
            inputs += try Self.inputs(at: path, limit: limit)
        }
        // Every file is formatted before any is written: one with errors writes none.
        var formatted: [String] = []
        var diagnostics: [Diagnostic] = []
        for input in inputs {
            do {
                formatted.append(try RuleFormatter().format(input.file, tests: input.tests))
            } catch {
                diagnostics += error.diagnostics
                formatted.append("")
            }
        }
        if !diagnostics.isEmpty { throw .rules(RuleBaseError(diagnostics: diagnostics)) }
        let changed = inputs.indices.filter { Array(formatted[$0].utf8) != inputs[$0].file.bytes }
        let check = parsed.has("check")
        let diff = parsed.has("diff")
        var output = CommandOutput()
        if diff {
            for index in changed {
                output.stdout += UnifiedDiff().render(
                    old: String(decoding: inputs[index].file.bytes, as: UTF8.self),
                    new: formatted[index], path: inputs[index].path)
            }
        }
        if check {
            if !diff { output.stdout += changed.map { inputs[$0].path + "\n" }.joined() }
            if !changed.isEmpty {
                output.code = ExitCode.failures
                let files = changed.count == 1 ? "1 file is" : "\(changed.count) files are"
                output.stderr =
                    "\(files) not formatted; 'orgadvisor fmt "
                    + "\(parsed.positionals.joined(separator: " "))' formats them\n"
            }
            return output
        }
        if diff { return output }
        if parsed.positionals == ["-"] {
            output.stdout = formatted[0]
            return output
        }
        for index in changed {
            try AtomicOutputFile.write(formatted[index], to: inputs[index].path, command: "fmt")
            output.stdout += inputs[index].path + "\n"
        }
        return output
    }

    /// The files at a path: the file itself, standard input for `-`, or the rule and test
    /// files directly in a directory.
    private static func inputs(at path: String, limit: ReadLimit) throws(CLIError) -> [Input] {
        let extensions = ["." + RuleBase.fileExtension, "." + RuleTestSuite.fileExtension]
        do {
            if path == "-" {
                let bytes = try FileSystem.read(descriptor: 0, path: "<stdin>", limit: limit)
                return [
                    Input(
                        path: "<stdin>", file: SourceFile(path: "<stdin>", bytes: bytes),
                        tests: false)
                ]
            }
            guard FileSystem.isDirectory(path) else {
                let bytes = try FileSystem.read(path, limit: limit)
                return [
                    Input(
                        path: path, file: SourceFile(path: path, bytes: bytes), tests: isTests(path)
                    )
                ]
            }
            let names = try FileSystem.list(path).filter { name in
                extensions.contains { name.hasSuffix($0) }
            }
            if names.isEmpty {
                throw CLIError.input(
                    "no rule or test files in '\(path)'; expected files ending in '.orgrules' or"
                        + " '.orgtests'")
            }
            let directory = path.hasSuffix("/") ? String(path.dropLast()) : path
            var inputs: [Input] = []
            for name in names {
                let filePath = directory + "/" + name
                let bytes = try FileSystem.readRegularFile(filePath, limit: limit)
                inputs.append(
                    Input(
                        path: filePath, file: SourceFile(path: filePath, bytes: bytes),
                        tests: isTests(name)))
            }
            return inputs
        } catch let error as CLIError {
            throw error
        } catch {
            throw .input("\(error)")
        }
    }

    private static func isTests(_ path: String) -> Bool {
        path.hasSuffix("." + RuleTestSuite.fileExtension)
    }
}
