import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Text from a rule file, a profile or a path stays text in Markdown: it cannot close a
/// code span, open raw HTML, break a line or add a table cell.
@Suite("Markdown injection")
struct MarkdownInjectionTests {
    static let path = "evil`|\n<img src=x onerror=alert(7)>.orgrules"

    /// Rules whose condition spans lines with a hostile comment and a backtick in a
    /// label, and whose labels and texts hold HTML, pipes and line breaks.
    static func rules() throws -> RuleBase {
        try RuleBase(
            source: """
                criterion sites: integer from 1
                    label "Sites | <img src=x onerror=alert(1)>"
                criterion volume: level
                    label "Volume `code` [link](javascript:alert(2))"
                    value low "low"
                    value high "high <script>alert(3)</script>"
                form a
                    label "A | <b>bold</b> `x"
                    description "A"
                form b
                    label "B\\n\\n# heading"
                    description "B"
                derive high-volume
                    set volume = high
                    when sites >= 3 # `<img src=x onerror=alert(4)>`
                         and sites < 100
                rule r1
                    when sites >= 2 # <img src=x onerror=alert(6)> | ``
                         or volume = high
                    points a +2, b +1
                    because "because | <img src=x onerror=alert(5)> `"
                rule r2
                    when volume = low
                    points b +3
                    because "low"
                """, path: path)
    }

    /// The line with code spans removed (CommonMark: a run of n backticks is closed by
    /// the next run of exactly n).
    static func outsideCodeSpans(_ line: String) -> String {
        let characters = Array(line)
        var out = ""
        var index = 0
        while index < characters.count {
            guard characters[index] == "`", index == 0 || characters[index - 1] != "\\" else {
                out.append(characters[index])
                index += 1
                continue
            }
            var run = 0
            while index + run < characters.count && characters[index + run] == "`" { run += 1 }
            // Find the closing run of the same length.
            var probe = index + run
            var closed: Int?
            while probe < characters.count {
                if characters[probe] == "`" {
                    var other = 0
                    while probe + other < characters.count && characters[probe + other] == "`" {
                        other += 1
                    }
                    if other == run {
                        closed = probe + other
                        break
                    }
                    probe += other
                } else {
                    probe += 1
                }
            }
            guard let end = closed else {
                out += String(repeating: "`", count: run)
                index += run
                continue
            }
            out += "CODE"
            index = end
        }
        return out
    }

    /// The unescaped pipes of a line outside code spans, and escaped ones inside (a
    /// table splits cells on every unescaped pipe).
    static func cellSeparators(_ line: String) -> Int {
        let characters = Array(line)
        var count = 0
        for (index, character) in characters.enumerated()
        where character == "|" && (index == 0 || characters[index - 1] != "\\") {
            count += 1
        }
        return count
    }

    /// True when `needle` occurs in `text` without a backslash before it.
    static func containsUnescaped(_ needle: String, in text: String) -> Bool {
        let characters = Array(text)
        let pattern = Array(needle)
        guard characters.count >= pattern.count else { return false }
        for start in 0...(characters.count - pattern.count)
        where Array(characters[start..<start + pattern.count]) == pattern {
            if start == 0 || characters[start - 1] != "\\" { return true }
        }
        return false
    }

    static func check(_ markdown: String) {
        var tableColumns: Int?
        var inFigure = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            // The chart is an HTML block (escaped as HTML): a blank line would end it
            // and turn the rest into Markdown.
            if line == "<figure>" { inFigure = true }
            if inFigure {
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
                #expect(!blank, "a blank line ends the HTML block")
                if line == "</figure>" { inFigure = false }
                continue
            }
            let text = outsideCodeSpans(String(line))
            for tag in ["<img", "<script", "<b>"] {
                #expect(!Self.containsUnescaped(tag, in: text), "raw HTML in: \(line)")
            }
            #expect(!line.hasPrefix("# heading"), "a line break in a label started a heading")
            #expect(!line.hasPrefix("<img") && !line.hasPrefix("         and"))
            if line.hasPrefix("|") {
                let columns = cellSeparators(String(line))
                if let tableColumns {
                    #expect(columns == tableColumns, "a cell was added in: \(line)")
                } else {
                    tableColumns = columns
                }
            } else {
                tableColumns = nil
            }
        }
    }

    @Test("reports, full traces and course pages escape every text", arguments: [1, 5])
    func reports(sites: Int) throws {
        let rules = try Self.rules()
        var profile = Profile(for: rules)
        profile.values[0] = Double(sites)
        let evaluation = rules.evaluate(profile, trace: true)
        let effects = rules.unknownCriterionEffects(of: evaluation)
        let whatIf = rules.whatIf(profile)
        for language in [Language.english, .french] {
            for level in [ExplainLevel.summary, .fails, .full] {
                Self.check(
                    MarkdownReport(language: language, explain: level).render(
                        evaluation, effects: effects))
            }
            Self.check(
                MarkdownReport(language: language).renderCoursePage(
                    evaluation, effects: effects, whatIf: whatIf))
        }
    }

    @Test(
        "code spans hold any text",
        arguments: [
            ("a", "`a`"), ("a`b", "``a`b``"), ("`a", "`` `a ``"), ("a\n  # c\n b", "`a # c b`"),
            ("x | y", "`x \\| y`"), ("``", "``` `` ```"),
        ])
    func codeSpans(text: String, expected: String) {
        #expect(MarkdownReport.code(text) == expected)
    }
}
