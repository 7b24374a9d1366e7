import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("Text report wrapping")
struct TextReportTests {
    static let french =
        "Power-User-Organisation : « Elle est particulièrement indiquée pour des entreprises"
        + " avec plusieurs sites » ; le cours dit « plusieurs sites » ! Vraiment ? Oui."

    @Test("French punctuation never starts a line and « never ends one", arguments: 60...110)
    func frenchTypography(_ width: Int) {
        let text = TextReport(language: .french, width: width).wrap(Self.french, indent: 2)
        let lines = text.split(separator: "\n")
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            #expect(!line.hasSuffix("«"), "line ends with «: \(line)")
            for mark in ["»", ":", ";", "!", "?"] {
                #expect(!trimmed.hasPrefix(mark), "line starts with \(mark): \(line)")
            }
        }
        // Nothing is lost or added but line breaks.
        #expect(
            lines.map { $0.drop { $0 == " " } }.joined(separator: " ") == Self.french)
    }

    @Test("an English colon after a word is a normal break point")
    func englishColon() {
        let start = String(repeating: "x", count: 55)
        let text = TextReport(language: .english, width: 60).wrap(
            start + " Why: because", indent: 0)
        #expect(text == start + " Why:\nbecause\n")
    }
}
