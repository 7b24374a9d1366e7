import Foundation
import TestSupport
import Testing

/// `orgadvisor compile` and `--rules ARCHIVE`: every command gives byte for byte what it
/// gives with the rule files the archive was compiled from, and an archive that cannot be
/// used is refused with a message naming it.
@Suite("orgadvisor compile")
struct CompileTests {
    /// A rule base of a mixed shape: the built-in rules but their scoring rules, and
    /// generated rules over one to three criteria, joined with `and`, `or` and `not`, with
    /// lists and numbers, and the built-in derivations.
    static func writeMixedRules(to directory: String, count: Int = 150) throws {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
            guard name != "40-rules.orgrules" else { continue }
            try FileManager.default.copyItem(
                atPath: TestFiles.url("Rules/" + name).path, toPath: directory + "/" + name)
        }
        let tests = [
            "sites >= 3", "sites < 2", "employees <= 49", "employees > 250",
            "volume = high", "volume in [low, medium]", "complexity >= medium",
            "customers not in [internal]", "channels = phone", "hours != office",
            "powerusers = yes", "size = large", "resources < ample", "structure = centralised",
        ]
        let forms = ["hotline", "help-desk", "call-center", "customer-care-center"]
        var generator = SeededGenerator(state: 12)
        var text = "# Generated rules of a mixed shape (CompileTests).\n"
        for index in 0..<count {
            var parts = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                tests.randomElement(using: &generator)!
            }
            switch index % 4 {
            case 1 where parts.count > 1: parts[0] = "(\(parts[0]) or \(parts[1]))"
            case 2: parts[parts.count - 1] = "not (\(parts[parts.count - 1]))"
            default: break
            }
            let form = forms.randomElement(using: &generator)!
            text += """

                rule generated-\(index)
                    when \(parts.joined(separator: " and "))
                    points \(form) \(index % 3 == 0 ? "-" : "+")\(1 + index % 3), power-user-organisation +1
                    because en "Generated rule \(index)." fr "Règle générée \(index)."

                """
        }
        try text.write(toFile: directory + "/40-mixed.orgrules", atomically: true, encoding: .utf8)
    }

    /// The commands compared, each with the rules' path appended.
    static let commands: [(arguments: [String], stdin: String?)] = [
        (["--sites", "5", "--volume", "high", "--explain=full"], nil),
        (["--employees", "30", "--format", "json", "--lang", "fr"], nil),
        (["--complexity", "high", "--format", "markdown"], nil),
        (["batch", "--format", "jsonl", "--explain"], CompileTests.profiles),
        (["batch", "--format", "csv"], CompileTests.profiles),
        (["whatif", "--sites", "2", "--volume", "low"], nil),
        (["sensitivity", "--sites", "5", "--volume", "high", "--format", "json"], nil),
        (["map", "--x", "sites", "--y", "volume", "--employees", "12"], nil),
        (["report", "--sites", "5", "--format", "markdown"], nil),
        (["criteria", "--format", "json"], nil),
        (["test", "Examples"], nil),
    ]

    static let profiles = """
        {"id": "a", "sites": 5, "volume": "high"}
        {"id": "b", "employees": 12, "structure": "centralised", "complexity": "low"}
        {"id": "c"}
        {"id": "d", "sites": 1, "employees": 400, "volume": "medium", "channels": "phone", "hours": "continuous", "powerusers": "no"}
        {"id": "e", "volume": "hihg"}

        """

    @Test("every command gives the same output from the archive as from the rule files")
    func sameOutput() throws {
        let directory = try TemporaryDirectory("compile")
        defer { directory.remove() }
        let mixed = directory.file("mixed")
        try Self.writeMixedRules(to: mixed)
        for rules in ["Rules", mixed] {
            let archive = directory.file((rules == "Rules" ? "built-in" : "mixed") + ".orgarchive")
            let compiled = try BinaryRunner.run(["compile", "--rules", rules, "--output", archive])
            #expect(compiled.code == 0, "\(compiled.stderr)")
            #expect(compiled.stdout.isEmpty)
            #expect(compiled.stderr.contains("compile: wrote '\(archive)' ("))
            for command in Self.commands {
                let fromFiles = try BinaryRunner.run(
                    command.arguments + ["--rules", rules], stdin: command.stdin)
                let fromArchive = try BinaryRunner.run(
                    command.arguments + ["--rules", archive], stdin: command.stdin)
                let name = command.arguments.joined(separator: " ")
                #expect(fromArchive.stdout == fromFiles.stdout, "\(rules): \(name)")
                #expect(fromArchive.code == fromFiles.code, "\(rules): \(name)")
                // Batch's summary has the time and the rate: the rest must be the same.
                if command.arguments.first != "batch" {
                    #expect(fromArchive.stderr == fromFiles.stderr, "\(rules): \(name)")
                }
                #expect(!fromFiles.stdout.isEmpty, "\(rules): \(name)")
            }
        }
    }

    @Test("explanations cite the rule files' lines, and results the files' fingerprint")
    func citesRuleFiles() throws {
        let directory = try TemporaryDirectory("compile-cite")
        defer { directory.remove() }
        let archive = directory.file("rules.orgarchive")
        #expect(
            try BinaryRunner.run(["compile", "--rules", "Rules", "--output", archive]).code == 0)
        let result = try BinaryRunner.run(["--rules", archive, "--sites", "5", "--volume", "high"])
        #expect(result.stdout.contains("Rules/40-rules.orgrules:229"))
        let json = try BinaryRunner.run(["--rules", archive, "--sites", "5", "--format", "json"])
        let builtIn = try BinaryRunner.run(["--sites", "5", "--format", "json"])
        #expect(json.stdout == builtIn.stdout)
        // The built-in rules are compiled from `Rules/`: the same fingerprint.
        let version = try BinaryRunner.run(["--version"]).stdout
        let fingerprint = try #require(version.split(separator: " ").last).dropLast(2)
        #expect(json.stdout.contains("\"fingerprint\": \"\(fingerprint)\""))
    }

    /// A damage done to an archive, and the start of the message it gets.
    struct Damage: Sendable, CustomTestStringConvertible {
        let name: String
        let change: @Sendable (inout [UInt8]) -> Void
        let reason: String
        var testDescription: String { name }
    }

    static let damages: [Damage] = [
        Damage(
            name: "cut short", change: { $0.removeLast($0.count / 2) }, reason: "cut short: "),
        Damage(
            name: "a changed byte", change: { $0[$0.count / 2] ^= 0x40 },
            reason: "damaged: its checksum does not match its contents"),
        Damage(
            name: "another format version",
            change: { $0[Array("orgadvisor-archive/".utf8).count] = UInt8(ascii: "2") },
            reason:
                "an archive of format 'orgadvisor-archive/2'; this orgadvisor reads 'orgadvisor-archive/3'"
        ),
        Damage(
            name: "bytes after its end", change: { $0 += [0] },
            reason: "1 bytes after its end"),
    ]

    @Test(
        "a damaged or foreign archive is refused, naming it and what was expected",
        arguments: damages)
    func damaged(_ damage: Damage) throws {
        let directory = try TemporaryDirectory("compile-damaged")
        defer { directory.remove() }
        let archive = directory.file("rules.orgarchive")
        #expect(
            try BinaryRunner.run(["compile", "--rules", "Rules", "--output", archive]).code == 0)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: archive)))
        damage.change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: archive))
        for command in [["--sites", "5"], ["batch"], ["check", archive], ["whatif"]] {
            let arguments = command.first == "check" ? command : command + ["--rules", archive]
            let result = try BinaryRunner.run(arguments, stdin: "{}\n")
            #expect(result.code == 3)
            #expect(result.stdout.isEmpty)
            #expect(
                result.stderr.hasPrefix("Error: rule archive '\(archive)': \(damage.reason)"),
                "\(result.stderr)")
            #expect(
                result.stderr.hasSuffix(
                    "; compile its rule files again: 'orgadvisor compile --rules PATH --output \(archive)'\n"
                ))
        }
    }

    @Test("an archive whose rule files changed since is stale; touched but the same is not")
    func stale() throws {
        let directory = try TemporaryDirectory("compile-stale")
        defer { directory.remove() }
        let rules = directory.file("rules")
        try Self.writeMixedRules(to: rules, count: 20)
        let archive = directory.file("rules.orgarchive")
        #expect(try BinaryRunner.run(["compile", "--rules", rules, "--output", archive]).code == 0)
        // The same bytes written again: a new time, the same fingerprint.
        let file = rules + "/40-mixed.orgrules"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        Thread.sleep(forTimeInterval: 0.01)
        try text.write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try BinaryRunner.run(["--rules", archive, "--sites", "5"]).code == 0)
        try (text + "\n# changed\n").write(toFile: file, atomically: false, encoding: .utf8)
        let result = try BinaryRunner.run(["--rules", archive, "--sites", "5"])
        #expect(result.code == 3)
        #expect(
            result.stderr.hasPrefix(
                "Error: rule archive '\(archive)': stale: the rule files at '\(rules)' have changed since it was compiled (fingerprint "
            ), "\(result.stderr)")
        // Without its rule files, an archive loads.
        try FileManager.default.removeItem(atPath: rules)
        #expect(try BinaryRunner.run(["--rules", archive, "--sites", "5"]).code == 0)
    }

    @Test(
        "compile refuses what it cannot compile or write",
        arguments: [
            (
                ["compile", "--output", "x.orgarchive"], 2,
                "Error: expected '--rules PATH', the rule files to compile\n"
            ),
            (
                ["compile", "--rules", "Rules"], 2,
                "Error: expected '--output FILE', where to write the archive\n"
            ),
            (
                ["compile", "Rules"], 2,
                "Error: unexpected argument 'Rules'; give the rule files with '--rules PATH'\n"
            ),
            (
                ["compile", "--rules", "no/such/rules", "--output", "x.orgarchive"], 3,
                "Error: cannot read 'no/such/rules': No such file or directory\n"
            ),
            (
                [
                    "compile", "--rules",
                    "Tests/OrgAdvisorTests/Fixtures/invalid/unknown-form.orgrules", "--output",
                    "x.orgarchive",
                ], 3,
                "Tests/OrgAdvisorTests/Fixtures/invalid/unknown-form.orgrules:19:12: error: unknown form 'hotlin'"
            ),
            (
                ["compile", "--rules", "Rules", "--output", "no/such/dir/x.orgarchive"], 3,
                "Error: cannot write 'no/such/dir/x.orgarchive'"
            ),
            (
                ["compile", "--rules", "Rules", "--output", "x.orgrules"], 2,
                "Error: the archive 'x.orgrules' would be read as a rule file; name it e.g. 'x.orgarchive'\n"
            ),
            (
                ["compile", "--rules", "Rules", "--output", "Rules/../Rules/40-rules.orgrules"], 2,
                "Error: the archive 'Rules/../Rules/40-rules.orgrules' would be read as a rule file"
            ),
        ])
    func refusals(arguments: [String], code: Int32, message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.code == code)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: TestFiles.url("x.orgarchive").path))
    }

    @Test("an archive is not compiled again, and is checked alone")
    func archiveAsInput() throws {
        let directory = try TemporaryDirectory("compile-again")
        defer { directory.remove() }
        let archive = directory.file("rules.orgarchive")
        #expect(
            try BinaryRunner.run(["compile", "--rules", "Rules", "--output", archive]).code == 0)
        let again = try BinaryRunner.run(
            ["compile", "--rules", archive, "--output", directory.file("again.orgarchive")])
        #expect(again.code == 2)
        #expect(again.stderr.hasPrefix("Error: '\(archive)' is a compiled archive already"))
        let check = try BinaryRunner.run(["check", archive])
        #expect(check.code == 0)
        #expect(
            check.stdout
                == "orgadvisor-course 1.1.0: 6 files, 11 criteria, 5 forms, 32 rules, 5 derivations, 6 advice; no problems\n"
        )
        // The archive cannot replace the rule file it is compiled from.
        let source = directory.file("rules.txt")
        try FileManager.default.copyItem(
            atPath: TestFiles.url("Tests/OrgAdvisorTests/Fixtures/valid/every-construct.orgrules")
                .path, toPath: source)
        let over = try BinaryRunner.run(["compile", "--rules", source, "--output", source])
        #expect(over.code == 2)
        #expect(
            over.stderr.hasPrefix(
                "Error: '\(source)' is one of the rule files to compile; write the archive elsewhere"
            ))
        #expect(
            try String(contentsOfFile: source, encoding: .utf8)
                == TestFiles.text("Tests/OrgAdvisorTests/Fixtures/valid/every-construct.orgrules"))
        let both = try BinaryRunner.run(["check", archive, "Rules"])
        #expect(both.code == 2)
        #expect(both.stderr.hasPrefix("Error: '\(archive)' is a compiled archive: check it alone"))
    }
}
