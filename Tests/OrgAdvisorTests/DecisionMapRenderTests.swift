import Foundation
import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Golden files of every map format on the built-in rules, reviewed like code, and
/// properties of the renderers.
@Suite("Decision map renderers")
struct DecisionMapRenderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let x: String
        let y: String
        let given: [String: String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // Some criteria unknown: cells with several possible winners.
        Case(
            name: "volume-complexity", x: "volume", y: "complexity",
            given: ["structure": "centralised", "size": "small"]),
        // Everything else given, structure derived from the sites in each column.
        Case(
            name: "sites-complexity", x: "sites", y: "complexity",
            given: [
                "employees": "30", "volume": "high", "resources": "moderate",
                "customers": "internal", "channels": "phone", "hours": "office",
                "powerusers": "no",
            ]),
    ]

    /// The shares of the built-in rules, counted once.
    static let shares: WinShares = {
        let rules = RuleBase.builtIn
        return rules.winShares(in: ProfileSpace(rules))
    }()

    static func map(_ test: Case) throws -> DecisionMap {
        let rules = RuleBase.builtIn
        var map = rules.decisionMap(
            x: try #require(rules.criterion(test.x)).index,
            y: try #require(rules.criterion(test.y)).index, base: try rules.profile(test.given))
        map.shares = shares
        return map
    }

    private func check(_ text: String, _ path: String) {
        if let mismatch = TestFiles.snapshotMismatch(
            text, at: "Tests/OrgAdvisorTests/Snapshots/map-" + path)
        {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("text, Markdown, CSV, JSON and SVG golden files", arguments: cases)
    func goldenFiles(_ test: Case) throws {
        let map = try Self.map(test)
        check(DecisionMapText(language: .english).render(map), "\(test.name).en.txt")
        check(DecisionMapText(language: .french).render(map), "\(test.name).fr.txt")
        check(DecisionMapMarkdown(language: .french).render(map), "\(test.name).fr.md")
        check(DecisionMapCSV().render(map), "\(test.name).csv")
        check(
            map.json(language: .english).serialized(pretty: true) + "\n", "\(test.name).en.json")
        check(DecisionMapSVG(language: .english).document(map), "\(test.name).en.svg")
        check(DecisionMapSVG(language: .french).document(map), "\(test.name).fr.svg")
    }

    @Test("the renderers are byte-identical from run to run", arguments: cases)
    func deterministic(_ test: Case) throws {
        let first = try Self.map(test)
        let again = try Self.map(test)
        #expect(
            first.json(language: .french).serialized() == again.json(language: .french).serialized()
        )
        #expect(
            DecisionMapSVG(language: .french).render(first)
                == DecisionMapSVG(language: .french).render(again))
        #expect(
            DecisionMapText(language: .english).render(first)
                == DecisionMapText(language: .english).render(again))
    }

    /// Collects the elements and the text of an XML document.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [[String: String]] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String]
        ) {
            elements.append(name)
            self.attributes.append(attributes)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string + "\n"
        }
    }

    @Test(
        "the SVG is well-formed, self-contained XML with a title, a viewBox and every cell's name",
        arguments: cases)
    func svgIsXML(_ test: Case) throws {
        let map = try Self.map(test)
        for language in Language.allCases {
            let document = DecisionMapSVG(language: language).document(map)
            let parser = XMLParser(data: Data(document.utf8))
            let collector = Collector()
            parser.delegate = collector
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
            #expect(collector.elements.first == "svg")
            #expect(collector.attributes.first?["viewBox"]?.hasPrefix("0 0 ") == true)
            #expect(collector.elements.contains("title"))
            #expect(!collector.elements.contains("script") && !collector.elements.contains("style"))
            #expect(
                !collector.elements.contains("image")
                    && !collector.elements.contains("foreignObject"))
            // No link out of the file but the SVG namespace itself.
            let links = collector.attributes.flatMap(\.values).filter { $0.contains("http") }
            #expect(links.allSatisfy { $0 == "http://www.w3.org/2000/svg" })
            let short = map.shortNames(language)
            for cell in map.cells {
                let label = DecisionMapStrings.cellText(cell, names: short)
                #expect(collector.text.contains(label + "\n"), "\(label)")
            }
            // The inline form is the same element without the XML declaration.
            let inline = DecisionMapSVG(language: language).render(map)
            #expect(inline.hasPrefix("<svg "))
            #expect(document.hasSuffix(inline))
        }
    }

    @Test("text maps fit 80 columns for every pair of built-in criteria")
    func textFits() throws {
        let rules = RuleBase.builtIn
        for x in rules.criteria.indices {
            for y in rules.criteria.indices where y != x {
                var map = rules.decisionMap(x: x, y: y, base: Profile(for: rules))
                map.shares = Self.shares
                for language in Language.allCases {
                    let text = DecisionMapText(language: language).render(map)
                    let long = text.split(separator: "\n").filter { $0.count > 80 }
                    #expect(
                        long.isEmpty, "\(rules.criteria[x].id) × \(rules.criteria[y].id): \(long)")
                }
            }
        }
    }

    @Test("a wide map: short names with a legend, and columns split into tables of 80 columns")
    func wideMapSplits() throws {
        // n has 12 classes (thresholds 1 to 11); three forms with long names.
        var source = """
            criterion n: integer from 0 to 20
                label "N"
                weight 1
            criterion k: yesno
                label "K"
                weight 1
            form first-long-form-name
                label "First long form name"
                description "A"
            form second-long-form-name
                label "Second long form name"
                description "B"
            form third-long-form-name
                label "Third long form name"
                description "C"

            """
        for threshold in 1...11 {
            let form = ["first", "second", "third"][threshold % 3]
            source += """
                rule r\(threshold)
                    when n >= \(threshold)
                    points \(form)-long-form-name +\(threshold)
                    because "r"

                """
        }
        let rules = try RuleBase(source: source)
        let map = rules.decisionMap(x: 0, y: 1, base: Profile(for: rules))
        #expect(map.x.classes.count == 12)
        let text = DecisionMapText(language: .english).render(map)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(text)")
        // Several tables, each with its header line, and the legend of the short names.
        #expect(lines.filter { $0.hasPrefix("k \\ n") }.count > 1, "\(text)")
        #expect(text.contains("FLFN = First long form name"))
        // Every class label appears once as a column header.
        for label in map.x.labels {
            #expect(
                lines.contains { line in
                    line.hasPrefix("k \\ n")
                        && line.split(separator: " ").contains(Substring(label.english!))
                }, "\(label)")
        }
    }

    @Test("the CSV has the documented header and one row per cell")
    func csvShape() throws {
        let map = try Self.map(Self.cases[0])
        let lines = DecisionMapCSV().render(map).split(separator: "\n")
        #expect(
            lines.first
                == "x,x_class,y,y_class,winner,tie,possible_winners,score_hotline,score_help-desk,score_call-center,score_customer-care-center,score_power-user-organisation"
        )
        #expect(lines.count == map.cells.count + 1)
        #expect(
            lines.dropFirst().allSatisfy {
                $0.split(separator: ",", omittingEmptySubsequences: false).count == 12
            })
    }
}
