import Testing

@testable import OrgAdvisorRules

/// A text, what to look for and what to put instead.
struct StringSearchCase: Sendable, CustomTestStringConvertible {
    let text: String
    let target: String
    let replacement: String
    var testDescription: String { "'\(text)' / '\(target)' → '\(replacement)'" }
}

/// `firstRange(ofText:)` and `replacingEvery(_:with:)`, which the library uses because
/// Embedded Swift has no `_StringProcessing`, give what `firstRange(of:)` and
/// `replacing(_:with:)` give natively.
@Suite("String search without _StringProcessing")
struct StringSearchTests {
    static let cases: [StringSearchCase] = [
        StringSearchCase(text: "", target: "%@", replacement: "x"),
        StringSearchCase(text: "%@", target: "%@", replacement: "value"),
        StringSearchCase(text: "a %@ b %@ c", target: "%@", replacement: "v"),
        StringSearchCase(text: "%%@@", target: "%@", replacement: "%@"),
        StringSearchCase(text: "aaaa", target: "aa", replacement: "b"),
        StringSearchCase(text: "aaa", target: "aa", replacement: "b"),
        StringSearchCase(text: "sites >= 3 and <= 9", target: ">=", replacement: "≥"),
        StringSearchCase(text: "no match here", target: "<=", replacement: "≤"),
        StringSearchCase(text: "say \"hi\"", target: "\"", replacement: "\"\""),
        StringSearchCase(text: "Help Desk 2", target: " ", replacement: "\u{A0}"),
        StringSearchCase(text: "1,5", target: ",", replacement: "."),
        StringSearchCase(text: "e\u{301} e", target: "e", replacement: "E"),
        StringSearchCase(text: "café > caf", target: "caf", replacement: "_"),
        StringSearchCase(text: "<?xml version=\"1.0\"?>\n<svg/>", target: "?>", replacement: ""),
        StringSearchCase(text: "ends with a", target: "ab", replacement: "x"),
        StringSearchCase(text: "🇫🇷🇫🇷", target: "🇫🇷", replacement: "fr"),
    ]

    @Test(arguments: cases)
    func replacingEveryMatchesReplacing(_ item: StringSearchCase) {
        #expect(
            item.text.replacingEvery(item.target, with: item.replacement)
                == item.text.replacing(item.target, with: item.replacement))
        let substring = item.text.dropFirst(0)
        #expect(
            substring.replacingEvery(item.target, with: item.replacement)
                == String(substring.replacing(item.target, with: item.replacement)))
    }

    @Test(arguments: cases)
    func firstRangeOfTextMatchesFirstRange(_ item: StringSearchCase) {
        #expect(item.text.firstRange(ofText: item.target) == item.text.firstRange(of: item.target))
    }
}
