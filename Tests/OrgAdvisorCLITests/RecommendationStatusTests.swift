import Foundation
import Testing

/// Decided or not, said the same way in every output: a tie, a provisional leader or an
/// empty profile is never called "recommended" (issue 13).
@Suite("Recommendation status, end to end")
struct RecommendationStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let criteria: [String]
        let status: String
        /// The first line of the English text report.
        let headline: String
        /// The first line of the French text report.
        let french: String
        var testDescription: String { name }
    }

    static let decidedProfile = [
        "--sites", "7", "--volume", "high", "--employees", "30", "--resources", "limited",
        "--channels", "multichannel", "--powerusers", "yes", "--size", "small", "--complexity",
        "low", "--customers", "internal", "--hours", "office",
    ]

    static let cases: [Case] = [
        Case(
            name: "no criteria", criteria: [], status: "nothing-given",
            headline: "No recommendation: no criterion given",
            french: "Pas de recommandation\u{202F}: aucun critère renseigné"),
        Case(
            name: "one criterion", criteria: ["--sites", "7"], status: "provisional",
            headline: "Leading, not decided: Power-User-Organisation",
            french: "En tête, non décidé\u{202F}: Power-User-Organisation"),
        Case(
            name: "a tie", criteria: ["--sites", "2"], status: "tie",
            headline: "No recommendation: tie at the top between Hotline, Help-Desk,",
            french: "Pas de recommandation\u{202F}: égalité en tête entre Hotline, Help-Desk,"),
        Case(
            name: "decided", criteria: decidedProfile, status: "decided",
            headline: "Recommended: Power-User-Organisation",
            french: "Recommandation\u{202F}: Power-User-Organisation"),
    ]

    /// The JSON object of a run's standard output.
    static func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("text, Markdown, JSON and the exit status", arguments: cases)
    func evaluate(_ test: Case) throws {
        let decided = test.status == "decided"
        let text = try BinaryRunner.run(test.criteria)
        #expect(text.code == 0)
        #expect(text.stdout.hasPrefix(test.headline), "\(text.stdout)")
        #expect(text.stdout.contains("Recommended") == decided)
        let french = try BinaryRunner.run(test.criteria + ["--lang", "fr"])
        #expect(french.stdout.hasPrefix(test.french), "\(french.stdout)")
        #expect(french.stdout.contains("Recommandation\u{202F}:") == decided)

        let markdown = try BinaryRunner.run(test.criteria + ["--format", "markdown"])
        let firstLine = markdown.stdout.prefix { $0 != "\n" }
        #expect(firstLine.hasPrefix("## " + test.headline.prefix { $0 != ":" } + ":"))
        #expect(markdown.stdout.contains("Recommended") == decided)

        let json = try Self.object(
            try BinaryRunner.run(test.criteria + ["--format", "json"]).stdout)
        #expect(json["schema"] as? String == "orgadvisor.evaluation/2")
        #expect(json["status"] as? String == test.status)
        #expect((json["recommended"] as? String) == (decided ? "power-user-organisation" : nil))
        // A result that is not decided names the next question; a decided one none.
        let next = json["nextQuestion"] as? [String: Any]
        #expect((next != nil) == !decided)
        if let next {
            let answers = try #require(next["answers"] as? [[String: Any]])
            #expect(!answers.isEmpty && next["question"] is String)
        }

        let required = try BinaryRunner.run(test.criteria + ["--require-decided"])
        #expect(required.code == (decided ? 0 : 4))
        #expect(required.stdout == text.stdout, "the report is printed either way")
    }

    @Test("the HTML report's heading and title", arguments: cases)
    func report(_ test: Case) throws {
        let page = try BinaryRunner.run(["report"] + test.criteria)
        #expect(page.code == 0)
        let decided = test.status == "decided"
        let heading = try #require(
            page.stdout.split(separator: "\n").first { $0.hasPrefix("<h1>") })
        #expect(heading.hasPrefix("<h1>" + test.headline.prefix { $0 != ":" } + ":"))
        #expect(page.stdout.contains("Recommended") == decided)
        #expect(page.stdout.contains("status-\(test.status)"))
    }

    @Test("batch: the status and the recommended form in every format")
    func batch() throws {
        // The four cases as records, in order.
        func record(_ criteria: [String]) -> String {
            var members: [String] = []
            for index in stride(from: 0, to: criteria.count, by: 2) {
                let key = criteria[index].dropFirst(2)
                let value = criteria[index + 1]
                members.append("\"\(key)\":" + (Int(value) != nil ? value : "\"\(value)\""))
            }
            return "{" + members.joined(separator: ",") + "}"
        }
        let input = Self.cases.map { record($0.criteria) }.joined(separator: "\n") + "\n"
        let jsonl = try BinaryRunner.run(["batch"], stdin: input)
        #expect(jsonl.code == 0)
        let lines = jsonl.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == Self.cases.count)
        for (line, test) in zip(lines, Self.cases) {
            let object = try Self.object(line)
            #expect(object["status"] as? String == test.status, "\(line)")
            #expect(
                (object["recommended"] as? String)
                    == (test.status == "decided" ? "power-user-organisation" : nil))
        }
        let csv = try BinaryRunner.run(["batch", "--format", "csv"], stdin: input)
        let rows = csv.stdout.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        #expect(rows[0][4] == "status" && rows[0][5] == "recommended")
        for (row, test) in zip(rows.dropFirst(), Self.cases) {
            #expect(String(row[4]) == test.status)
            #expect(String(row[5]) == (test.status == "decided" ? "power-user-organisation" : ""))
        }
        let markdown = try BinaryRunner.run(["batch", "--format", "markdown"], stdin: input)
        let tableRows = markdown.stdout.split(separator: "\n").dropFirst(2)
        for (row, test) in zip(tableRows, Self.cases) {
            let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells[3] == test.status, "\(row)")
            #expect(cells[4] == (test.status == "decided" ? "**power-user-organisation**" : ""))
        }
    }
}
