import Testing

@testable import OrgAdvisorBatch
@testable import OrgAdvisorReports

/// The CSV field rule of every CSV output (``CSVField``), and batch's writing of it into
/// its output (``BatchProcessor/appendCSVField(_:to:)``).
@Suite("CSV fields")
struct CSVFieldTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let field: String
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        Case(text: "", field: ""),
        Case(text: "acme", field: "acme"),
        Case(text: "call-center", field: "call-center"),
        Case(text: "-3", field: "-3"),
        Case(text: "+1.5e3", field: "+1.5e3"),
        Case(text: "-", field: "\"'-\""),
        Case(text: "=SUM(A1)", field: "\"'=SUM(A1)\""),
        Case(text: "@cmd", field: "\"'@cmd\""),
        Case(text: "+33 1 23", field: "\"'+33 1 23\""),
        Case(text: "\tx", field: "\"'\tx\""),
        Case(text: "\rx", field: "\"'\rx\""),
        Case(text: "a,b", field: "\"a,b\""),
        Case(text: "say \"hi\"", field: "\"say \"\"hi\"\"\""),
        Case(text: "two\nlines", field: "\"two\nlines\""),
        Case(text: "a\r\nb", field: "\"a\r\nb\""),
        Case(text: "tab\tinside", field: "tab\tinside"),
        Case(text: "élevé", field: "élevé"),
        Case(text: "line\u{2028}separator", field: "\"line\u{2028}separator\""),
        Case(text: "next\u{85}line", field: "\"next\u{85}line\""),
        Case(text: "=é,", field: "\"'=é,\""),
        Case(text: "a b", field: "a b"),
        // A comma or a quote that a combining mark follows still splits or ends a field.
        Case(text: "a,\u{301}b", field: "\"a,\u{301}b\""),
        Case(text: "\"\u{301}", field: "\"\"\"\u{301}\""),
        Case(text: "-12.5", field: "-12.5"),
        Case(text: "-0.001", field: "-0.001"),
        Case(text: "+7", field: "+7"),
        Case(text: "-.5", field: "-.5"),
        Case(text: "-5.", field: "-5."),
        Case(text: "-1e3", field: "-1e3"),
        Case(text: "-1-2", field: "\"'-1-2\""),
        Case(text: "-1.2.3", field: "\"'-1.2.3\""),
        Case(text: "--1", field: "\"'--1\""),
    ]

    @Test("each text is the field the rule makes, by either path", arguments: cases)
    func field(_ testCase: Case) {
        #expect(CSVField.text(testCase.text) == testCase.field)
        var out = ByteBuffer()
        BatchProcessor.appendCSVField(testCase.text, to: &out)
        #expect(out.withUnsafeBytes { Array($0) } == Array(testCase.field.utf8))
    }
}
