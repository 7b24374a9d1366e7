import TestSupport
import Testing

@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Batch's CSV and Markdown rows, written from ready-made fragments
/// (``TextResultFragments``), against a plain writer: the same results read back from
/// batch's JSON Lines, each cell made as text, escaped (``CSVField``,
/// ``MarkdownReport/escape(_:)``) and joined.
@Suite("Batch: CSV and Markdown rows")
struct BatchTextRowTests {
    /// A rule base of three forms, whose ids are then set to `formIDs`: ids the
    /// language allows (some that Markdown escapes), and ids only a hand-made archive
    /// could hold (a comma, a quote, a formula start, accents), which make the CSV cell
    /// of possible winners go through the field rule.
    static func ruleBase(formIDs: [String]) throws -> RuleBase {
        var text = """
            rulebase "rows" version "1"

            criterion shape: choice
                label "Shape"
                value round
                value square
                value flat
            criterion tone: level
                label "Tone"
                value low
                value high
            criterion count: integer from 0 to 100
                label "Count"

            """
        for index in formIDs.indices {
            text += "form f\(index)\n    label \"F\(index)\"\n    description \"Form.\"\n"
        }
        text += """

            rule r1
                when shape = round
                points f0 +2, f1 +1
                because en "Round." fr "Rond."
            rule r2
                when tone = high and count > 40
                points f1 +2.5, f2 -1
                because en "High." fr "Haut."
            rule r3
                when shape in [square, flat] or count <= 10
                points f2 +3, f0 -0.25
                because en "Square." fr "Carré."
            rule r4
                when not (tone = low)
                points f0 +1, f2 +1
                because en "Not low." fr "Pas bas."

            """
        var checked = try CheckedRuleBase(source: text)
        checked.forms = checked.forms.map { form in
            Form(
                id: formIDs[form.index], index: form.index, label: form.label,
                description: form.description, card: form.card, location: form.location)
        }
        return RuleBase(checked)
    }

    static let formSets: [[String]] = [
        ["plain", "other", "third"],
        ["under_score", "plain", "x-1"],
        ["réseau", "a,b", "=x"],
        ["q\"t", "-1", "line\nbreak"],
    ]

    /// Ids and names as records may give them: commas, quotes, pipes, line breaks,
    /// formula starts, accents, numbers and booleans.
    static let passThrough = [
        "\"a,b\"", "\"say \\\"hi\\\"\"", "\"a|b\"", "\"line\\nbreak\"", "\"=1+2\"", "\"-3\"",
        "\"+x\"", "\"@sum\"", "\"é\\u0301\"", "12", "-4.5", "true", "null", "\"\"", "\"_*#\"",
        "\"CR\\r\\nLF\"",
    ]

    /// JSON Lines records over the rule base's criteria, each with an id and sometimes a
    /// name, some criteria left unknown.
    static func input(count: Int, using generator: inout SeededGenerator) -> String {
        var lines: [String] = []
        for _ in 0..<count {
            var fields = ["\"id\":" + passThrough.randomElement(using: &generator)!]
            if Bool.random(using: &generator) {
                fields.append("\"name\":" + passThrough.randomElement(using: &generator)!)
            }
            if Int.random(in: 0..<3, using: &generator) > 0 {
                fields.append(
                    "\"shape\":\"\(["round", "square", "flat"].randomElement(using: &generator)!)\""
                )
            }
            if Bool.random(using: &generator) {
                fields.append("\"tone\":\"\(["low", "high"].randomElement(using: &generator)!)\"")
            }
            if Bool.random(using: &generator) {
                fields.append("\"count\":\(Int.random(in: 0...100, using: &generator))")
            }
            lines.append("{" + fields.joined(separator: ",") + "}")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The output of batch in `format` for `input`, without its header; no work allowed
    /// to the analysis when `estimating`.
    static func output(
        _ rules: RuleBase, _ format: BatchFormat, _ language: Language, estimating: Bool,
        _ input: String
    ) -> String {
        var processor = BatchProcessor(ruleBase: rules, format: format, language: language)
        if estimating { processor.effort = AnalysisEffort(limit: 0) }
        return String(decoding: processor.output(of: Array(input.utf8)), as: UTF8.self)
    }

    /// A pass-through value as a cell shows it: strings without quotes.
    static func plain(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        if case .string(let text) = value { return text }
        return value.serialized()
    }

    static func text(_ value: JSONValue?) -> String {
        if case .string(let text) = value { return text }
        if case .number(let text) = value { return text }
        return ""
    }

    /// The row of one JSON Lines result, made cell by cell.
    static func row(
        _ result: JSONValue, _ rules: RuleBase, markdown: Bool, language: Language
    ) -> String {
        let strings = BatchTableStrings.of(language)
        let escape = { (text: String) in markdown ? MarkdownReport.escape(text) : text }
        let status = RecommendationStatus(rawValue: text(result["status"]))!
        let winner = text(result["winner"])
        let tie = result["tie"] == .bool(true)
        guard case .array(let possible) = result["possibleWinners"] else { return "" }
        let exact = result["possibleWinnersExact"] != .bool(false)
        var cells = [text(result["record"])]
        if !markdown { cells.append(text(result["line"])) }
        cells += [escape(plain(result["id"])), escape(plain(result["name"]))]
        cells.append(markdown ? strings.status(status) : status.rawValue)
        let recommended = status == .decided ? escape(winner) : ""
        cells.append(markdown && !recommended.isEmpty ? "**" + recommended + "**" : recommended)
        cells.append(escape(winner) + (markdown && tie ? strings.tie : ""))
        if !markdown { cells.append(tie ? "true" : "false") }
        let ids = possible.map { text($0) }
        cells.append(
            escape(ids.joined(separator: markdown ? ", " : " "))
                + (exact ? "" : markdown ? strings.estimated : BatchTableStrings.english.estimated))
        for form in rules.forms {
            let score = text(result["scores"]?[form.id])
            cells.append(markdown && score != "0" && !score.hasPrefix("-") ? "+" + score : score)
        }
        cells.append("")
        if markdown { return "| " + cells.joined(separator: " | ") + " |\n" }
        return cells.map { CSVField.text($0) }.joined(separator: ",") + "\n"
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let formIDs: [String]
        let markdown: Bool
        let language: Language
        var testDescription: String {
            "\(markdown ? "Markdown" : "CSV") \(language) \(formIDs.joined(separator: " "))"
        }
    }

    static let cases = formSets.flatMap { ids in
        [false, true].flatMap { markdown in
            [Language.english, .french].map {
                Case(formIDs: ids, markdown: markdown, language: $0)
            }
        }
    }

    @Test("every row equals the row made cell by cell", arguments: cases)
    func rowsMatch(_ testCase: Case) throws {
        let rules = try Self.ruleBase(formIDs: testCase.formIDs)
        var generator = SeededGenerator(state: 29)
        let input = Self.input(count: 300, using: &generator)
        for estimating in [false, true] {
            let format: BatchFormat = testCase.markdown ? .markdown : .csv
            let rows = Self.output(rules, format, testCase.language, estimating: estimating, input)
            let results = Self.output(
                rules, .jsonl, testCase.language, estimating: estimating, input)
            var expected = ""
            var marks = 0
            for line in results.split(separator: "\n") {
                let result = try JSONParser.parse(Array(line.utf8))
                if result["possibleWinnersExact"] == .bool(false) { marks += 1 }
                expected += Self.row(
                    result, rules, markdown: testCase.markdown, language: testCase.language)
            }
            #expect(rows == expected)
            // Both kinds of possible winners were written.
            #expect(estimating ? marks > 0 : marks == 0)
        }
    }
}
