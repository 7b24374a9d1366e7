import Testing

@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

struct BilingualStringsTests {
    struct FillCase: Sendable, CustomTestStringConvertible {
        let template: String
        let value: String
        let expected: String
        var testDescription: String { template }
    }

    static let fillCases = [
        FillCase(template: "Why %@ leads", value: "Hotline", expected: "Why Hotline leads"),
        FillCase(template: "%@ = %@", value: "x", expected: "x = x"),
        FillCase(template: "no placeholder", value: "x", expected: "no placeholder"),
        FillCase(template: "100 %", value: "x", expected: "100 %"),
        FillCase(template: "%%@ %", value: "x", expected: "%x %"),
        FillCase(template: "mettrait %@ en tête", value: "%@", expected: "mettrait %@ en tête"),
    ]

    @Test("fill replaces every %@ and nothing else", arguments: fillCases)
    func fill(_ test: FillCase) {
        #expect(ReportStrings.fill(test.template, test.value) == test.expected)
    }

    @Test("each table reads its language, with the language's colon")
    func languages() {
        #expect(ReportStrings.of(.english).recommended == "Recommended")
        #expect(ReportStrings.of(.french).recommended == "Recommandation")
        #expect(CoursePageStrings.of(.french).whatIf == "Et si…")
        #expect(DecisionMapStrings.of(.english).title == "Decision map")
        #expect(Language.english.colon == ":")
        #expect(Language.french.colon == " :")
    }
}
