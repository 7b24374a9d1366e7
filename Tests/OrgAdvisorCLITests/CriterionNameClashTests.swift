import Foundation
import TestSupport
import Testing

/// A criterion whose id is the name of one of a command's options (`x` and the map's
/// `--x`, `format` and `--format`) cannot be given as `--ID`: the command says so, naming
/// the criterion, instead of reading the flag as the option or refusing it as given twice.
@Suite("a criterion named as an option")
struct CriterionNameClashTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The id that the built-in rules' `sites` is renamed to.
        let name: String
        let arguments: [String]
        var testDescription: String { "\(name): \(arguments.joined(separator: " "))" }
    }

    static let cases = [
        Case(name: "x", arguments: ["map", "--x", "x", "--y", "volume"]),
        Case(name: "y", arguments: ["map", "--x", "volume", "--y", "complexity"]),
        Case(name: "format", arguments: ["whatif", "--volume", "high"]),
        Case(name: "lang", arguments: ["sensitivity", "--volume", "high"]),
        Case(name: "explain", arguments: ["--volume", "high"]),
        Case(name: "output", arguments: ["report", "--volume", "high"]),
    ]

    @Test("the command names the criterion and its option", arguments: cases)
    func clash(_ test: Case) throws {
        let directory = try TemporaryDirectory("name-clash")
        defer { directory.remove() }
        let rules = directory.file("rules")
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
            let text = try String(
                contentsOf: TestFiles.url("Rules/" + name), encoding: .utf8)
            try text.replacingOccurrences(
                of: "\\bsites\\b", with: test.name, options: .regularExpression
            ).write(toFile: rules + "/" + name, atomically: true, encoding: .utf8)
        }
        let result = try BinaryRunner.run(test.arguments + ["--rules", rules])
        #expect(result.code != 0)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "criterion '\(test.name)' has the name of the option '--\(test.name)'; rename the criterion in the rule files"
            ), "\(result.stderr)")
        // The rule base itself is fine: a command without that option runs.
        let criteria = try BinaryRunner.run(["criteria", "--rules", rules])
        #expect(criteria.code == 0, "\(criteria.stderr)")
    }
}
