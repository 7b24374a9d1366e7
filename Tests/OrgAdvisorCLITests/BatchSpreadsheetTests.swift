import Foundation
import TestSupport
import Testing

/// `orgadvisor batch` on CSV and TSV: a header row of criteria (ids or labels), one
/// company per row, RFC 4180 quoting, bad cells and rows reported with their line and
/// column (the field's number), a bad header refused before any output.
@Suite("orgadvisor batch on CSV and TSV")
struct BatchSpreadsheetTests {
    static let example = "Examples/profiles/companies.csv"
    /// The same companies as JSON Lines, after a blank line so that each record is on
    /// the line of its row (the header is line 1).
    static let equivalent = "Tests/OrgAdvisorCLITests/Fixtures/batch/companies.jsonl"

    @Test(
        "the example spreadsheet gives the same output as the same companies in JSON Lines",
        arguments: ["jsonl", "json", "csv", "markdown"])
    func sameAsJSONLines(_ format: String) throws {
        let csv = try BinaryRunner.run(["batch", Self.example, "--format", format])
        let jsonl = try BinaryRunner.run(["batch", Self.equivalent, "--format", format])
        #expect(csv.code == 0, "\(csv.stderr)")
        #expect(csv.stdout == jsonl.stdout)
        #expect(csv.stdout.contains("Cabinet Dupont, notaires"))
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var name: String
        var input: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let badRows: [BadCase] = [
        BadCase(
            name: "bad values, with the line and the field's number",
            input: "id,volume,sites\na,hihg,2\nb,high,0\nc,high,2\n",
            expected: [
                #"{"record":1,"line":2,"column":2,"id":"a","error":"invalid value 'hihg' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"}"#,
                #"{"record":2,"line":3,"column":3,"id":"b","error":"value 0 for 'sites' is out of range; expected at least 1"}"#,
                #"{"record":3,"line":4,"id":"c","status":"provisional""#,
            ]),
        BadCase(
            name: "more fields than the header; text after a closing quote",
            input: "id,volume\na,high,x\n\"b\"x,high\nc,high,\n",
            expected: [
                #"{"record":1,"line":2,"column":3,"id":"a","error":"row has more fields than the header's 2 columns"}"#,
                #"{"record":2,"line":3,"column":1,"error":"unexpected text after the closing quote of field 1; a quote inside a quoted field is written twice (\"\")"}"#,
                #"{"record":3,"line":4,"id":"c","status":"provisional""#,
            ]),
        BadCase(
            name: "a quoted field not closed at the end of the input",
            input: "id,volume\na,high\n\"b,low\n",
            expected: [
                #"{"record":1,"line":2,"id":"a","status":"provisional""#,
                #"{"record":2,"line":3,"column":1,"error":"the input ended inside a quoted field; expected a closing '\"'"}"#,
            ]),
    ]

    @Test("bad rows are errors for their row only, and the run goes on", arguments: badRows)
    func badRow(_ testCase: BadCase) throws {
        let result = try BinaryRunner.run(
            ["batch", "--input-format", "csv"], stdin: testCase.input)
        #expect(result.code == 3)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == testCase.expected.count, "\(result.stdout)")
        for (line, expected) in zip(lines, testCase.expected) {
            #expect(line.hasPrefix(expected))
        }
    }

    static let badHeaders: [BadCase] = [
        BadCase(
            name: "an unknown column, with the nearest criterion",
            input: "id,volumen\na,high\n",
            expected: [
                "Error: <stdin>:1:2: unknown column 'volumen'; expected a criterion (its id or label), 'id' or 'name'; did you mean 'volume'?"
            ]),
        BadCase(
            name: "a criterion named twice, by its id and its label",
            input: "volume,Taux de demande de support\nhigh,low\n",
            expected: [
                "Error: <stdin>:1:2: column 'Taux de demande de support' repeats column 1 ('volume')"
            ]),
        BadCase(
            name: "no header", input: "",
            expected: [
                "Error: <stdin>:1:1: expected a header row of criteria (ids or labels), 'id' and 'name'"
            ]),
    ]

    @Test("a bad header is an error before any output", arguments: badHeaders)
    func badHeader(_ testCase: BadCase) throws {
        let directory = try TemporaryDirectory("csv-header")
        defer { directory.remove() }
        let output = directory.file("out.jsonl")
        let result = try BinaryRunner.run(
            ["batch", "--input-format", "csv", "--format", "json", "--output", output],
            stdin: testCase.input)
        #expect(result.code == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == testCase.expected[0] + "\n")
        #expect(try directory.entries().isEmpty)
    }

    @Test("quoting (RFC 4180), labels in either language, a byte-order mark, CRLF")
    func quoting() throws {
        let input =
            "\u{FEFF}ID,\"Name\",Taux de demande de support,Complexité des demandes de support\r\n"
            + "a,\"Smith, \"\"Jr\"\"\r\nand sons\",élevé,\"faible\"\r\n"
            + "b,plain,LOW,\r\n"
        let result = try BinaryRunner.run(["batch", "--input-format", "csv"], stdin: input)
        #expect(result.code == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(
            lines[0].hasPrefix(
                #"{"record":1,"line":2,"id":"a","name":"Smith, \"Jr\"\r\nand sons","#))
        #expect(lines[1].hasPrefix(#"{"record":2,"line":4,"id":"b","name":"plain","#))
        let json = try BinaryRunner.run(
            ["batch"],
            stdin: #"{"id":"a","volume":"high","complexity":"low"}"# + "\n")
        let scores = { (line: String) in line.components(separatedBy: "\"status\"").last }
        #expect(scores(lines[0]) == scores(json.stdout.trimmingCharacters(in: .newlines)))
    }

    @Test("TSV: from the file's extension or --input-format")
    func tsv() throws {
        let directory = try TemporaryDirectory("tsv")
        defer { directory.remove() }
        let path = directory.file("companies.tsv")
        try "id\tsites\tvolume\nx\t5\thigh\n".write(toFile: path, atomically: true, encoding: .utf8)
        let byExtension = try BinaryRunner.run(["batch", path])
        #expect(byExtension.code == 0, "\(byExtension.stderr)")
        let json = try BinaryRunner.run(
            ["batch"], stdin: "\n" + #"{"id":"x","sites":5,"volume":"high"}"# + "\n")
        #expect(byExtension.stdout == json.stdout)
        let byOption = try BinaryRunner.run(
            ["batch", "--input-format", "tsv"], stdin: "id\tsites\tvolume\nx\t5\thigh\n")
        #expect(byOption.stdout == json.stdout)
    }

    @Test("many rows across chunks give the results of the same records in JSON Lines")
    func manyRows() throws {
        var csv = "id,name,sites,volume,complexity\n"
        var jsonl = "\n"
        var line = 2
        var lastStart = 2
        let volumes = ["low", "medium", "high", "élevé", ""]
        for index in 0..<20_000 {
            // Every seventh name holds a line break (its row spans two lines).
            let name = index % 7 == 0 ? "n\(index)\nsecond line" : "n, \(index)"
            let volume = volumes[index % volumes.count]
            csv += "r\(index),\"\(name)\",\(index % 9 + 1),\(volume),\n"
            var object =
                #"{"id":"r\#(index)","name":"\#(name.replacing("\n", with: "\\n"))","sites":\#(index % 9 + 1)"#
            if !volume.isEmpty { object += #","volume":"\#(volume)""# }
            jsonl += object + "}\n"
            lastStart = line
            line += index % 7 == 0 ? 2 : 1
        }
        let fromCSV = try BinaryRunner.run(["batch", "--input-format", "csv"], stdin: csv)
        let fromJSON = try BinaryRunner.run(["batch"], stdin: jsonl)
        #expect(fromCSV.code == 0)
        func withoutLines(_ text: String) -> [String] {
            text.split(separator: "\n").map { String($0.replacing(/"line":\d+,/, with: "")) }
        }
        let csvLines = withoutLines(fromCSV.stdout)
        #expect(csvLines.count == 20_000)
        #expect(csvLines == withoutLines(fromJSON.stdout))
        // Lines count the line breaks inside quoted fields.
        #expect(
            fromCSV.stdout.split(separator: "\n").last?.hasPrefix(
                #"{"record":20000,"line":\#(lastStart),"id":"r19999""#) == true)
    }
}
