import Foundation
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// `report --fragment` and `--audience student` on the renderers: the fragment's style
/// reaches nothing outside its `<div>` and it has no document-level tag; the student's
/// page names no rule file, line, rule id or fingerprint. (The golden fragments and
/// student pages are end-to-end transcripts: `report-fragment*`, `report-student*`.)
@Suite("Course page fragments and audiences")
struct HTMLFragmentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let language: Language
        let given: [String: String]
        var testDescription: String { "\(language.rawValue) \(given.keys.sorted())" }
    }

    static let cases: [Case] = [
        Case(language: .english, given: ["sites": "5", "volume": "high"]),
        Case(language: .french, given: ["sites": "7", "volume": "high", "employees": "30"]),
        Case(language: .english, given: [:]),
    ]

    /// The page's inputs for a case.
    private func inputs(_ test: Case) throws -> (Evaluation, [UnknownCriterionEffect], WhatIf) {
        let rules = RuleBase.builtIn
        let evaluation = rules.evaluate(try rules.profile(test.given))
        return (
            evaluation, rules.unknownCriterionEffects(of: evaluation),
            rules.whatIf(evaluation.profile)
        )
    }

    /// Every selector of a style sheet (the preludes of its rules, split at top-level
    /// commas; `@` rules' own preludes left out, their rules kept).
    static func selectors(of sheet: String) -> [String] {
        var selectors: [String] = []
        var prelude = ""
        var inDeclarations = false
        for character in sheet {
            if inDeclarations {
                if character == "}" { inDeclarations = false }
                continue
            }
            switch character {
            case "{":
                let head = prelude.split(whereSeparator: \.isNewline).joined(separator: " ")
                    .trimmingCharacters(in: .whitespaces)
                prelude = ""
                if head.hasPrefix("@") { continue }
                inDeclarations = true
                selectors += head.split(separator: ",").map {
                    String($0).trimmingCharacters(in: .whitespaces)
                }
            case "}": prelude = ""
            default: prelude.append(character)
            }
        }
        return selectors
    }

    @Test(
        "the fragment's selectors all start with its class; no document-level tag", arguments: cases
    )
    func scoped(_ test: Case) throws {
        let (evaluation, effects, whatIf) = try inputs(test)
        let fragment = HTMLReport(language: test.language).renderFragment(
            evaluation, effects: effects, whatIf: whatIf)
        #expect(
            fragment.hasPrefix(
                "<div class=\"orgadvisor-report\" lang=\"\(test.language.rawValue)\">\n<style>\n"))
        #expect(fragment.hasSuffix("</footer>\n</div>\n"))
        let start = try #require(fragment.range(of: "<style>\n"))
        let end = try #require(fragment.range(of: "</style>"))
        let sheet = String(fragment[start.upperBound..<end.lowerBound])
        let selectors = Self.selectors(of: sheet)
        #expect(selectors.count > 60)
        for selector in selectors {
            #expect(
                selector == ".orgadvisor-report" || selector.hasPrefix(".orgadvisor-report "),
                "selector '\(selector)' is not scoped")
        }
        // The page's sheet has a print block: kept, its rules scoped too.
        #expect(sheet.contains("@media print {\n  .orgadvisor-report { font-size: 11pt; }"))
        #expect(sheet.contains("\n  .orgadvisor-report nav { display: none; }\n"))
        // (`<title>` is the chart's, inside its SVG.)
        for tag in ["<!DOCTYPE", "<html", "<head>", "<body", "<main", "<meta", "<link", "<script"] {
            #expect(!fragment.contains(tag), "\(tag) in the fragment")
        }
        #expect(fragment.components(separatedBy: "<style>").count == 2)
        // Every id is prefixed, every link of the contents points at one.
        let ids = fragment.components(separatedBy: " id=\"").dropFirst()
        #expect(ids.count == 7)
        for id in ids { #expect(id.hasPrefix("orgadvisor-"), "id \(id.prefix(20))") }
        for link in fragment.components(separatedBy: "href=\"").dropFirst() {
            #expect(link.hasPrefix("#orgadvisor-"), "link \(link.prefix(20))")
        }
    }

    @Test("the fragment is the page's body, and the page is unchanged", arguments: cases)
    func sameBody(_ test: Case) throws {
        let (evaluation, effects, whatIf) = try inputs(test)
        let report = HTMLReport(language: test.language)
        let page = report.render(evaluation, effects: effects, whatIf: whatIf)
        let fragment = report.renderFragment(evaluation, effects: effects, whatIf: whatIf)
        let body = try #require(
            page.split(separator: "<main>\n").last?.split(separator: "</main>").first)
        let fragmentBody = try #require(fragment.split(separator: "</style>\n").last)
        #expect(
            fragmentBody == body.replacing("id=\"", with: "id=\"orgadvisor-")
                .replacing("href=\"#", with: "href=\"#orgadvisor-") + "</div>\n")
        #expect(page.contains("<style>\n\(HTMLReport.style)</style>"))
    }

    @Test("the student's pages name no rule file, line, rule id or fingerprint", arguments: cases)
    func student(_ test: Case) throws {
        let (evaluation, effects, whatIf) = try inputs(test)
        let rules = evaluation.ruleBase
        for audience in ReportAudience.allCases {
            let html = HTMLReport(language: test.language, audience: audience)
            let pages = [
                html.render(evaluation, effects: effects, whatIf: whatIf),
                html.renderFragment(evaluation, effects: effects, whatIf: whatIf),
                MarkdownReport(language: test.language, audience: audience).renderCoursePage(
                    evaluation, effects: effects, whatIf: whatIf),
                MarkdownReport(language: test.language, audience: audience).render(
                    evaluation, effects: effects),
            ]
            let fired = evaluation.trace?.rules.filter { $0.outcome == .true } ?? []
            for page in pages {
                let sources =
                    page.contains(".orgrules:") || page.contains(rules.fingerprint)
                    || fired.contains { page.contains(rules.rules[$0.rule].id) }
                #expect(sources == (audience == .teacher), "\(audience) \(page.prefix(40))")
            }
        }
    }

    @Test("scoping: root selectors become the scope, the others are prefixed")
    func scoping() {
        let sheet =
            ":root { --a: 1; }\n* { x: y; }\nbody p, h1 .b,\n  td { c: d; }\n"
            + "@media print {\n  main { e: f; }\n  nav a { g: h; }\n}\n"
        #expect(
            HTMLReport.scoped(sheet, under: ".s")
                == ".s { --a: 1; }\n.s, .s * { x: y; }\n.s p, .s h1 .b, .s td { c: d; }\n"
                + "@media print {\n  .s { e: f; }\n  .s nav a { g: h; }\n}\n")
    }
}
