import Foundation
import OrgAdvisor
import TestSupport
import Testing

/// A large rule input (at least 256 KiB) makes the CLI prepare the heap before loading
/// it (`HeapReservation`): the commands must then give exactly what they give with a
/// small input of the same rules.
@Suite("a large rule input")
struct LargeRuleInputTests {
    /// The commands compared, each with the rules' path appended.
    static let commands: [(arguments: [String], stdin: String?)] = [
        (["--sites", "5", "--volume", "high", "--explain=full"], nil),
        (["--employees", "30", "--format", "json"], nil),
        (["batch", "--format", "jsonl"], CompileTests.profiles),
        (["whatif", "--sites", "2", "--volume", "low"], nil),
    ]

    @Test("the built-in rules with 300 KB of comments give the same results")
    func sameResults() throws {
        let directory = try TemporaryDirectory("large-rules")
        defer { directory.remove() }
        let small = directory.file("small")
        let large = directory.file("large")
        for rules in [small, large] {
            try FileManager.default.createDirectory(
                atPath: rules, withIntermediateDirectories: true)
            for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
                try FileManager.default.copyItem(
                    atPath: TestFiles.url("Rules/" + name).path, toPath: rules + "/" + name)
            }
        }
        let line = "# A note that only makes the rule files larger, no rule.\n"
        try String(repeating: line, count: 300_000 / line.utf8.count).write(
            toFile: large + "/90-notes.orgrules", atomically: true, encoding: .utf8)
        try "".write(toFile: small + "/90-notes.orgrules", atomically: true, encoding: .utf8)
        for command in Self.commands {
            let results = try [small, large].map { rules in
                try BinaryRunner.run(command.arguments + ["--rules", rules], stdin: command.stdin)
            }
            let name = command.arguments.joined(separator: " ")
            #expect(results[1].code == results[0].code, "\(name)")
            #expect(!results[0].stdout.isEmpty, "\(name)")
            // The fingerprints of the rule files differ, and the paths they are cited by.
            #expect(
                Self.masked(results[1].stdout, large) == Self.masked(results[0].stdout, small),
                "\(name)")
        }
    }

    @Test(
        "seven copies of the built-in rules ask the same next question",
        arguments: [["--sites", "5"], ["--volume", "high", "--hours", "office"], []])
    func copiesAskTheSame(_ profile: [String]) throws {
        // Seven times every rule scales every score by seven: the same possible winners,
        // so the same question with the same answers. (With 224 rules, the command would
        // weigh the questions on every core, but their few answers make one part.)
        let directory = try TemporaryDirectory("copied-rules")
        defer { directory.remove() }
        let rules = directory.file("rules")
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
            let text = try String(contentsOf: TestFiles.url("Rules/" + name), encoding: .utf8)
            try text.write(toFile: rules + "/" + name, atomically: true, encoding: .utf8)
            guard name == "40-rules.orgrules" else { continue }
            for copy in 1...6 {
                let copied = text.replacingOccurrences(
                    of: "(?m)^rule ([a-z0-9-]+)", with: "rule $1-copy\(copy)",
                    options: .regularExpression)
                try copied.write(
                    toFile: rules + "/4\(copy)-copy.orgrules", atomically: true, encoding: .utf8)
            }
        }
        let questions = try [[], ["--rules", rules]].map { rules -> Data? in
            let result = try BinaryRunner.run(profile + rules + ["--format", "json"])
            #expect(result.code == 0)
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            guard let question = (json as? [String: Any])?["nextQuestion"] else { return nil }
            return try JSONSerialization.data(withJSONObject: question, options: .sortedKeys)
        }
        #expect(questions[0] != nil, "the built-in rules ask a question")
        #expect(questions[1] == questions[0])
    }

    @Test("with two numbers of many thresholds unknown, the question weighed in two parts")
    func manyThresholdsAskTheSame() throws {
        // 240 rules on thresholds of both numbers: each has more than a hundred value
        // classes, so each question is a part of its own (`QuestionParts`).
        let directory = try TemporaryDirectory("threshold-rules")
        defer { directory.remove() }
        let rules = try Self.thresholdRules(in: directory)
        let result = try BinaryRunner.run(
            [
                "--rules", rules, "--volume", "high", "--structure", "centralised", "--format",
                "json",
            ])
        #expect(result.code == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let question = try #require((json as? [String: Any])?["nextQuestion"] as? [String: Any])
        // The same question, found in process in one part.
        let loaded = try RuleBase(path: rules)
        let evaluation = loaded.evaluate(
            try loaded.profile(["volume": "high", "structure": "centralised"]))
        let expected = try #require(loaded.nextQuestion(for: evaluation))
        #expect(question["criterion"] as? String == loaded.criteria[expected.criterion].id)
        let answers = try #require(question["answers"] as? [[String: Any]])
        #expect(answers.count == expected.answers.count)
        #expect(answers.count > 100)
        for (answer, wanted) in zip(answers, expected.answers) {
            #expect(
                answer["possibleWinners"] as? [String]
                    == wanted.possibleWinners.map { loaded.forms[$0].id })
        }
    }

    /// The built-in rules and 240 rules on thresholds of both numbers, in a folder of
    /// `directory`: each number has more than a hundred value classes.
    static func thresholdRules(in directory: TemporaryDirectory) throws -> String {
        let rules = directory.file("rules")
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        for name in try TestFiles.list("Rules") where name.hasSuffix(".orgrules") {
            try FileManager.default.copyItem(
                atPath: TestFiles.url("Rules/" + name).path, toPath: rules + "/" + name)
        }
        let forms = ["hotline", "help-desk", "call-center", "customer-care-center"]
        var text = ""
        for step in 1...120 {
            for (criterion, threshold) in [("sites", step), ("employees", 7 * step)] {
                text += """
                    rule \(criterion)-step-\(step)
                        when \(criterion) >= \(threshold) and volume = high
                        points \(forms[(step + threshold) % 4]) +1
                        because en "Step \(step)." fr "Palier \(step)."

                    """
            }
        }
        try text.write(toFile: rules + "/90-steps.orgrules", atomically: true, encoding: .utf8)
        return rules
    }

    @Test("the interview weighs its questions in parts and asks what it asks in process")
    func interviewAsksTheSame() throws {
        let directory = try TemporaryDirectory("threshold-interview")
        defer { directory.remove() }
        let rules = try Self.thresholdRules(in: directory)
        let loaded = try RuleBase(path: rules)
        var interview = Interview(
            ruleBase: loaded,
            profile: try loaded.profile(["volume": "high", "structure": "centralised"]))
        // Two questions in process: the first, then the one after an answer to it.
        var expected: [String] = []
        for _ in 0..<2 {
            let question = try #require(interview.nextQuestion())
            let criterion = loaded.criteria[question.criterion]
            expected.append(criterion.id)
            interview.answer(
                question.criterion, value: question.answers[0].valueClass.representative)
        }
        let first = try #require(interview.steps.first)
        let answer =
            loaded.criteria[first.criterion].kind.isEnumerated
            ? loaded.criteria[first.criterion].values[Int(first.value!)].id
            : String(first.value!)
        let result = try BinaryRunner.run(
            [
                "interview", "--rules", rules, "--volume", "high", "--structure", "centralised",
                "--format", "json",
            ], stdin: answer + "\n")
        #expect(result.code == 0, "\(result.stderr)")
        // Each question ends its line with its criterion's id in brackets.
        let asked = result.stderr.split(separator: "\n").filter { $0.hasPrefix("Question ") }
            .map { line in String(line.split(separator: "(").last?.dropLast() ?? "") }
        #expect(asked == expected)
    }

    /// `text` with the rules' path and every 16-digit hexadecimal fingerprint masked.
    static func masked(_ text: String, _ rules: String) -> String {
        text.replacingOccurrences(of: rules, with: "RULES").replacingOccurrences(
            of: "[0-9a-f]{16}", with: "FINGERPRINT", options: .regularExpression)
    }
}
