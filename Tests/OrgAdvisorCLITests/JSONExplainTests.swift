import Foundation
import Testing

/// `--format json` lists every rule in its trace, unless `--explain` asks for fewer: the
/// rules that fired (summary), or those that did not (fails). The scores add up from the
/// rules that fired alone.
@Suite("the JSON trace's rules follow --explain")
struct JSONExplainTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let explain: [String]
        /// The outcomes of the rules listed.
        let outcomes: Set<String>
        var testDescription: String { explain.first ?? "no --explain" }
    }

    static let cases = [
        Case(explain: [], outcomes: ["fired", "not-fired", "unknown"]),
        Case(explain: ["--explain=full"], outcomes: ["fired", "not-fired", "unknown"]),
        Case(explain: ["--explain"], outcomes: ["fired"]),
        Case(explain: ["--explain=summary"], outcomes: ["fired"]),
        Case(explain: ["--explain=fails"], outcomes: ["not-fired", "unknown"]),
    ]

    /// A profile with rules of every outcome: some fire, some do not, some read an
    /// unknown criterion.
    static let profile = ["--sites", "5", "--volume", "high", "--powerusers", "no"]

    /// The trace's rules, as JSON objects.
    static func traceRules(_ arguments: [String]) throws -> (
        scores: [String: Int], rules: [[String: Any]]
    ) {
        let result = try BinaryRunner.run(profile + ["--format", "json"] + arguments)
        #expect(result.code == 0, "\(result.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let trace = try #require(object["trace"] as? [String: Any])
        let rules = try #require(trace["rules"] as? [[String: Any]])
        let ranking = try #require(object["ranking"] as? [[String: Any]])
        var scores: [String: Int] = [:]
        for entry in ranking {
            scores[try #require(entry["form"] as? String)] = try #require(entry["score"] as? Int)
        }
        return (scores, rules)
    }

    @Test("the rules listed are those of the level, in declaration order", arguments: cases)
    func rulesOfLevel(_ test: Case) throws {
        let all = try Self.traceRules([]).rules
        let (scores, listed) = try Self.traceRules(test.explain)
        let expected = all.filter { test.outcomes.contains($0["outcome"] as? String ?? "") }
        #expect(!expected.isEmpty)
        #expect(listed.map { $0["id"] as? String } == expected.map { $0["id"] as? String })
        // The rules that fired give every score.
        if test.outcomes.contains("fired") {
            var sums: [String: Int] = [:]
            for rule in listed {
                for contribution in rule["contributions"] as? [[String: Any]] ?? [] {
                    let form = try #require(contribution["form"] as? String)
                    sums[form, default: 0] += try #require(contribution["score"] as? Int)
                }
            }
            for (form, score) in scores { #expect(sums[form, default: 0] == score, "\(form)") }
        }
    }

    /// Batch's `--explain` alone keeps every rule (the trace it always wrote); a level
    /// chooses as `--format json` does.
    static let batchCases = [
        Case(explain: ["--explain"], outcomes: ["fired", "not-fired", "unknown"]),
        Case(explain: ["--explain=full"], outcomes: ["fired", "not-fired", "unknown"]),
        Case(explain: ["--explain", "summary"], outcomes: ["fired"]),
        Case(explain: ["--explain=fails"], outcomes: ["not-fired", "unknown"]),
    ]

    @Test("batch's traces list the rules of the level", arguments: batchCases)
    func batchLevels(_ test: Case) throws {
        let input = BatchTests.fixtures + "profiles.jsonl"
        let all = try BinaryRunner.run(["batch", input, "--explain"])
        let result = try BinaryRunner.run(["batch", input] + test.explain)
        #expect(result.code == 0, "\(result.stderr)")
        let traces = { (text: String) throws -> [[[String: Any]]] in
            try text.split(separator: "\n").map { line in
                let object = try #require(
                    try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let trace = try #require(object["trace"] as? [String: Any])
                return try #require(trace["rules"] as? [[String: Any]])
            }
        }
        let expected = try traces(all.stdout).map { rules in
            rules.filter { test.outcomes.contains($0["outcome"] as? String ?? "") }
                .map { $0["id"] as? String }
        }
        let listed = try traces(result.stdout).map { rules in rules.map { $0["id"] as? String } }
        #expect(!listed.isEmpty && listed == expected)
    }
}
