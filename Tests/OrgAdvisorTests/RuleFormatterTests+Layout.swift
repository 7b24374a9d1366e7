import Testing

@testable import OrgAdvisorRules

/// The formatter's layout: comments in every position, blank lines, texts as written,
/// lists and alignment, each as a source and its formatted text.
extension RuleFormatterTests {
    struct LayoutCase: Sendable, CustomTestStringConvertible {
        var name: String
        var source: String
        var formatted: String
        var width = 92
        var testDescription: String { name }

        static let all: [LayoutCase] = [
            LayoutCase(
                name: "comments at the file's head, between rules, at ends of lines, inside a rule",
                source: """


                    # head of the file
                    #   indented inside the comment


                    # about the form
                    form f   # after the header
                      label "F"      # after a label
                      # before the description
                      description "D"
                         # after the last attribute, indented
                    # between declarations, column 1
                    rule r
                        when   a=1   # short
                        points f +1                          # = +1
                        because "B"
                    # at the end of the file
                    """,
                formatted: """
                    # head of the file
                    #   indented inside the comment

                    # about the form
                    form f         # after the header
                        label "F"  # after a label
                        # before the description
                        description "D"
                        # after the last attribute, indented

                    # between declarations, column 1
                    rule r
                        when a = 1   # short
                        points f +1  # = +1
                        because "B"

                    # at the end of the file

                    """),
            LayoutCase(
                name: "a comment between continuation lines moves before its attribute",
                source: """
                    form f
                        label "F"
                        description en "one"   # on the first line
                                       "two"
                            # inside the text
                                    fr "un"    # on the last line
                    """,
                formatted: """
                    form f
                        label "F"
                        # inside the text
                        description en "one"  # on the first line
                                       "two"
                                    fr "un"  # on the last line

                    """),
            LayoutCase(
                name: "texts keep their strings and order of languages; long strings continue",
                source: """
                    form f
                        label fr "Un"   en "One"
                        description fr "aaaa bbbb cccc dddd eeee" "ffff"
                            "- item"
                    """,
                formatted: """
                    form f
                        label fr "Un" en "One"
                        description fr "aaaa bbbb cccc dddd"
                                       "eeee ffff"
                                       "- item"

                    """, width: 36),
            LayoutCase(
                name: "lists break after a comma; points align under the first form",
                source: """
                    criterion c: choice
                        label "C"
                        value x "X" alias "aaaa", "bbbb", "cccc", "dddd", "eeee"
                        value y
                    rule r
                        when c = x
                        points f +1, g -2, h +3, i +4
                        because "B"
                    """,
                formatted: """
                    criterion c: choice
                        label "C"
                        value x "X" alias "aaaa",
                            "bbbb", "cccc",
                            "dddd", "eeee"
                        value y

                    rule r
                        when c = x
                        points f +1, g -2, h +3,
                               i +4
                        because "B"

                    """, width: 30),
            LayoutCase(
                name: "line breaks, tabs, carriage returns and blank lines inside declarations",
                source:
                    "rule r\r\n\twhen a = 1\r\n\r\n\tpoints f +1 \t# c\r\n\r\n\r\n\r\nrule s\r\n",
                formatted: "rule r\n    when a = 1\n    points f +1  # c\n\nrule s\n"),
        ]
    }

    @Test("sources format in the canonical layout", arguments: LayoutCase.all)
    func layout(_ testCase: LayoutCase) throws {
        let file = SourceFile(path: "layout.orgrules", text: testCase.source)
        let formatted = try RuleFormatter(width: testCase.width).format(file)
        #expect(formatted == testCase.formatted)
        let again = try RuleFormatter(width: testCase.width).format(
            SourceFile(path: "layout.orgrules", text: formatted))
        #expect(again == formatted)
    }
}
