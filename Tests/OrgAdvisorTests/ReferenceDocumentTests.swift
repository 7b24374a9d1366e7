import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The examples of the rule language reference (`Rules/README.md`) are executed:
/// every `orgrules` block loads, every `orgrules-invalid` block fails with exactly the
/// diagnostics in the `text` block after it (re-recorded with RECORD_SNAPSHOTS=1), and
/// every `orgtests` block passes against the example it names.
@Suite("Rule language reference")
struct ReferenceDocumentTests {
    static let path = "Rules/README.md"

    /// A fenced block of the document.
    struct Block: Sendable {
        var tag: String
        var text: String
        /// The `<!-- example: NAME -->` or `<!-- runs against: NAME -->` line before it.
        var marker: String?
        /// Line indices of its content.
        var lines: Range<Int>
    }

    static func blocks(_ lines: [String]) -> [Block] {
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```") else {
                index += 1
                continue
            }
            let tag = String(line.dropFirst(3))
            let start = index + 1
            var end = start
            while end < lines.count && lines[end] != "```" { end += 1 }
            let marker = index > 0 && lines[index - 1].hasPrefix("<!--") ? lines[index - 1] : nil
            blocks.append(
                Block(
                    tag: tag, text: lines[start..<end].map { $0 + "\n" }.joined(), marker: marker,
                    lines: start..<end))
            index = end + 1
        }
        return blocks
    }

    static func markerName(_ marker: String?, _ prefix: String) -> String? {
        guard let marker, marker.hasPrefix("<!-- \(prefix): ") else { return nil }
        return String(marker.dropFirst("<!-- \(prefix): ".count).dropLast(" -->".count))
    }

    @Test("every orgrules example loads without errors or warnings")
    func validExamples() throws {
        let blocks = Self.blocks(try TestFiles.text(Self.path).components(separatedBy: "\n"))
        let examples = blocks.filter { $0.tag == "orgrules" }
        #expect(examples.count >= 10)
        for (number, block) in examples.enumerated() {
            do {
                let rules = try RuleBase(source: block.text, path: "example-\(number + 1).orgrules")
                #expect(rules.warnings.isEmpty, "example \(number + 1): \(rules.warnings)")
                _ = rules.evaluate(Profile(for: rules))
            } catch {
                Issue.record(
                    "example \(number + 1) at line \(block.lines.lowerBound) fails:\n\(error)")
            }
        }
    }

    @Test("every deep-check example gives the findings shown after it")
    func deepCheckExamples() throws {
        var lines = try TestFiles.text(Self.path).components(separatedBy: "\n")
        let blocks = Self.blocks(lines)
        var replacements: [(Range<Int>, [String])] = []
        var count = 0
        for (index, block) in blocks.enumerated() where block.marker == "<!-- deep check -->" {
            count += 1
            let rules = try RuleBase(source: block.text, path: "example.orgrules")
            let report = RuleBaseAudit(rules).run()
            let rendered = report.findings.map { finding in
                let place = finding.location.map { "\($0): " } ?? ""
                let explained = finding.isExplained ? " (explained)" : ""
                return "\(place)\(finding.severity.rawValue): \(finding.message)\(explained)\n"
            }.joined()
            guard index + 1 < blocks.count, blocks[index + 1].tag == "text" else {
                Issue.record("the deep-check example has no ```text block after it")
                continue
            }
            let shown = blocks[index + 1]
            if TestFiles.recording {
                replacements.append(
                    (shown.lines, rendered.components(separatedBy: "\n").dropLast()))
            } else {
                #expect(shown.text == rendered, "example at line \(block.lines.lowerBound)")
            }
        }
        #expect(count >= 1)
        if TestFiles.recording && !replacements.isEmpty {
            for (range, text) in replacements.reversed() {
                lines.replaceSubrange(range, with: text)
            }
            try lines.joined(separator: "\n").write(
                to: TestFiles.url(Self.path), atomically: true, encoding: .utf8)
        }
    }

    @Test("every orgrules-invalid example fails with the diagnostics shown after it")
    func invalidExamples() throws {
        var lines = try TestFiles.text(Self.path).components(separatedBy: "\n")
        let blocks = Self.blocks(lines)
        var replacements: [(Range<Int>, [String])] = []
        var count = 0
        for (index, block) in blocks.enumerated() where block.tag == "orgrules-invalid" {
            count += 1
            let rendered: String
            do {
                _ = try RuleBase(source: block.text, path: "example.orgrules")
                Issue.record(
                    "the invalid example at line \(block.lines.lowerBound) loads without error")
                continue
            } catch {
                rendered = DiagnosticRenderer(color: false).render(error.diagnostics)
            }
            guard index + 1 < blocks.count, blocks[index + 1].tag == "text" else {
                Issue.record(
                    "the invalid example at line \(block.lines.lowerBound) has no ```text block after it"
                )
                continue
            }
            let shown = blocks[index + 1]
            if TestFiles.recording {
                replacements.append(
                    (shown.lines, rendered.components(separatedBy: "\n").dropLast()))
            } else {
                #expect(shown.text == rendered, "example at line \(block.lines.lowerBound)")
            }
        }
        #expect(count >= 5)
        if TestFiles.recording && !replacements.isEmpty {
            for (range, text) in replacements.reversed() {
                lines.replaceSubrange(range, with: text)
            }
            try lines.joined(separator: "\n").write(
                to: TestFiles.url(Self.path), atomically: true, encoding: .utf8)
        }
    }

    @Test("every orgtests example passes against the example it names")
    func testExamples() throws {
        let blocks = Self.blocks(try TestFiles.text(Self.path).components(separatedBy: "\n"))
        let suites = blocks.filter { $0.tag == "orgtests" }
        #expect(!suites.isEmpty)
        for block in suites {
            let name = try #require(
                Self.markerName(block.marker, "runs against"), "orgtests block without a marker")
            let example = try #require(
                blocks.first {
                    $0.tag == "orgrules" && Self.markerName($0.marker, "example") == name
                })
            let rules = try RuleBase(source: example.text, path: "example.orgrules")
            let suite = try RuleTestSuite(
                files: [SourceFile(path: "example.orgtests", text: block.text)], ruleBase: rules)
            for result in suite.run() where !result.passed {
                Issue.record("\(result.testCase.id): \(result.failures)")
            }
        }
    }
}
