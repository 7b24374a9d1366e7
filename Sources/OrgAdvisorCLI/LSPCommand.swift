import OrgAdvisor
import OrgAdvisorLanguageServer

/// `orgadvisor lsp`: the language server for rule files, over standard input and
/// output. The protocol is ``LanguageServer`` (a library, tested without processes);
/// this file only moves bytes and gives it the file system.
enum LSPCommand {
    static let command = Command(
        name: "lsp",
        summary: "a language server for rule files, for editors (stdin and stdout)",
        usage: "orgadvisor lsp [--stdio]",
        details: """
            Speaks the Language Server Protocol (3.17) on standard input and output, as
            editors start it: the diagnostics of 'check' as you type (the '.orgrules'
            files of a document's directory compiled together), hover on a criterion,
            value or form, go to definition, and completion of keywords, criteria,
            values and forms. Editors/README.md shows how to use it with VS Code,
            Neovim and Helix.

            Exit codes: 0 after 'shutdown' and 'exit', 1 when the input ends or 'exit'
            comes without 'shutdown', 2 usage error.
            """,
        options: [
            OptionSpec(
                name: "stdio", arity: .flag,
                help: "use standard input and output (the default and only transport)"),
            .help,
        ],
        run: run)

    /// The French of the help texts above, by English text (for the help catalog).
    static let french: [String: String] = [
        command.summary: "un serveur de langage pour les fichiers de règles, pour les éditeurs",
        command.details ?? "": """
        Parle le Language Server Protocol (3.17) sur l’entrée et la sortie standard,
        comme les éditeurs le lancent : les diagnostics de « check » pendant la frappe
        (les fichiers « .orgrules » du dossier d’un document compilés ensemble), le
        survol d’un critère, d’une valeur ou d’une forme, l’accès à la définition, et
        la complétion des mots-clés, critères, valeurs et formes. Editors/README.md
        montre comment l’utiliser avec VS Code, Neovim et Helix.

        Codes de sortie : 0 après « shutdown » et « exit », 1 quand l’entrée se termine
        ou qu’« exit » arrive sans « shutdown », 2 erreur d’utilisation.
        """,
        "use standard input and output (the default and only transport)":
            "utiliser l’entrée et la sortie standard (le transport par défaut et le seul)",
    ]

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try command.parseOptions(context)
        let limit = try InputLimits(context.terminal).ruleFile
        let disk = WorkspaceFiles(
            list: { directory in (try? FileSystem.list(directory)) ?? [] },
            read: { path in try? FileSystem.readRegularFile(path, limit: limit) })
        return CommandOutput(
            code: serve(LanguageServer(version: OrgAdvisorCommand.version, disk: disk)))
    }

    /// Reads framed messages from standard input and writes the answers to standard
    /// output until `exit` or the end of the input; the exit code.
    private static func serve(_ server: LanguageServer) -> Int32 {
        var server = server
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { SystemCalls.readSome(0, into: $0) }
            guard let count, count > 0 else { return server.exitCodeAtEndOfInput }
            framer.append(chunk[..<count])
            while let frame = framer.next() {
                for message in server.handle(frame) {
                    let bytes = MessageFramer.frame(Array(message.serialized().utf8))
                    let written = bytes.withUnsafeBytes { SystemCalls.writeAll($0, to: 1) }
                    if !written { return ExitCode.failures }
                }
                if let code = server.exitCode { return code }
            }
        }
    }
}
