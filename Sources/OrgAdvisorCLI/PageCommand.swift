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

    static func run(_ context: Context) throws(CLIError) -> CommandOutput {
        if context.wantsHelp { return command.help }
        let parsed = try ArgumentParser(specs: command.options, command: command.name).parse(
            context.arguments)
        if let extra = parsed.positionals.first {
            throw .usage("unexpected argument '\(extra)'", command: command.name)
        }
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
            if parsed.value("output") == nil { return CommandOutput(stderr: messages) }
        }
        let page = PageDocument(
            language: language, module: module.gzipped ?? module.bytes, archive: archive,
            ruleBaseTitle: rules.title?.text(language) ?? rules.name
        ).render()
        guard let path = parsed.value("output") else {
            return CommandOutput(stdout: page, stderr: messages)
        }
        try AtomicOutputFile.write(page, to: path, command: command.name)
        messages += "page: wrote '\(path)' (\(NumberFormatting.grouped(page.utf8.count)) bytes)\n"
        return CommandOutput(stderr: messages)
    }
}
