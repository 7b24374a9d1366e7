import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `orgadvisor page`: the interactive course page (one self-contained HTML file running
/// the engine compiled to WebAssembly), or with `--assets DIR` the files a course page
/// needs to embed the scorer through its JavaScript API.
enum PageCommand {
    static let command = Command(
        name: "page",
        summary: "an interactive course page that scores in the browser, offline",
        usage:
            "orgadvisor page [--output FILE] [--assets DIR] [--rules PATH] [--lang \(OptionSpec.lang.choices)] [--module PATH]",
        details: """
            Writes one HTML file with everything inline: the engine compiled to
            WebAssembly, the rule base and the script. Opened from a file, offline, it
            has a control per criterion; every change shows the ranking, the status,
            the explanation, what-if, advice and the next question, computed by the same
            engine as the command line. The profile is kept in the address's fragment
            (#sites=5&volume=high), so a link can open a prepared case.

            With '--assets DIR', writes 'orgadvisor.js', 'orgadvisor.wasm' and
            'rules.orgarchive' to DIR, for a course page that calls 'score(profile)' or
            places <div data-orgadvisor data-profile='{...}'> result cards.

            The module is built by 'WebAssembly/build.sh' ('.build/wasm/orgadvisor-page.wasm');
            an installed orgadvisor looks for it beside itself.

            Exit codes: 0 written, 2 usage error, 3 rule files, module or output not usable.
            """,
        options: [
            .output,
            OptionSpec(
                name: "assets", arity: .value("DIR"),
                help:
                    "write orgadvisor.js, orgadvisor.wasm and rules.orgarchive to DIR for embedding"
            ),
            OptionSpec(
                name: "module", arity: .value("PATH"),
                help:
                    "the WebAssembly module to use (default: found beside orgadvisor or in .build/wasm)"
            ),
        ] + OptionSpec.ruleBaseOptions.filter { $0.name != "color" },
        run: run)

    /// The French of the help texts above, by English text (for the help catalog).
    static let french: [String: String] = [
        command.summary:
            "une page de cours interactive qui calcule dans le navigateur, hors ligne",
        command.details ?? "": """
        Écrit un seul fichier HTML où tout est inclus : le moteur compilé en
        WebAssembly, la base de règles et le script. Ouvert depuis un fichier, hors
        ligne, il offre une commande par critère ; chaque changement affiche le
        classement, le statut, l’explication, les variantes, les conseils et la
        prochaine question, calculés par le même moteur que la ligne de commande. Le
        profil est gardé dans le fragment de l’adresse (#sites=5&volume=high) : un
        lien peut ouvrir un cas préparé.

        Avec « --assets DIR », écrit « orgadvisor.js », « orgadvisor.wasm » et
        « rules.orgarchive » dans DIR, pour une page de cours qui appelle
        « score(profile) » ou place des cartes de résultat
        <div data-orgadvisor data-profile='{...}'>.

        Le module est construit par « WebAssembly/build.sh »
        (« .build/wasm/orgadvisor-page.wasm ») ; un orgadvisor installé le cherche à
        côté de lui.

        Codes de sortie : 0 écrit, 2 erreur d’utilisation, 3 fichiers de règles,
        module ou sortie inutilisables.
        """,
        "write orgadvisor.js, orgadvisor.wasm and rules.orgarchive to DIR for embedding":
            "écrire orgadvisor.js, orgadvisor.wasm et rules.orgarchive dans DIR pour les intégrer",
        "the WebAssembly module to use (default: found beside orgadvisor or in .build/wasm)":
            "le module WebAssembly à utiliser (par défaut : à côté d’orgadvisor ou dans .build/wasm)",
    ]

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help(context) }
        let parsed = try command.parseOptions(context)
        let rules = try context.loadRuleBase()
        let language = context.language(parsed)
        let module = try PageModule.locate(parsed.value("module"), command: command.name)
        let archive = rules.archive()
        var messages = ""
        if let directory = parsed.value("assets") {
            if mkdir(directory, 0o755) != 0 && errno != EEXIST {
                throw .input(
                    "cannot create the directory '\(directory)': \(SystemCalls.errorText())")
            }
            let files: [(name: String, bytes: [UInt8])] = [
                ("orgadvisor.js", Array(PageScript.embedding.utf8)),
                ("orgadvisor.wasm", module.bytes), ("rules.orgarchive", archive),
            ]
            for file in files {
                let path = directory + "/" + file.name
                try AtomicOutputFile.write(bytes: file.bytes, to: path, command: command.name)
                messages +=
                    "page: wrote '\(path)' (\(NumberFormatting.grouped(file.bytes.count)) bytes)\n"
            }
            if !parsed.has("output") { return CommandOutput(stderr: messages) }
        }
        let page = PageDocument(
            language: language, module: module.gzipped ?? module.bytes, archive: archive,
            ruleBaseTitle: rules.title?.text(language) ?? rules.name
        ).render()
        guard let path = parsed.outputFile else {
            return CommandOutput(stdout: page, stderr: messages)
        }
        try AtomicOutputFile.write(page, to: path, command: command.name)
        messages += "page: wrote '\(path)' (\(NumberFormatting.grouped(page.utf8.count)) bytes)\n"
        return CommandOutput(stderr: messages)
    }
}
