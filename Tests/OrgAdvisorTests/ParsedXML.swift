import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML document parsed with Foundation's XMLParser: element attributes and texts.
struct ParsedXML {
    private(set) var root: String?
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var texts: [String] = []

    init(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let parser = XMLParser(data: Data(text.utf8))
        let collector = Collector()
        parser.delegate = collector
        let parsed = parser.parse()
        #expect(
            parsed,
            "not well-formed: \(parser.parserError.map(String.init(describing:)) ?? "?") at line \(parser.lineNumber)",
            sourceLocation: sourceLocation)
        guard parsed else { throw XMLFailure() }
        root = collector.elements.first?.name
        elements = collector.elements
        texts = collector.texts
    }

    func attributes(of element: String) -> [[String: String]] {
        elements.filter { $0.name == element }.map(\.attributes)
    }

    struct XMLFailure: Error {}

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [(name: String, attributes: [String: String])] = []
        var texts: [String] = []
        var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            elements.append((elementName, attributes))
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
            qualifiedName: String?
        ) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { texts.append(trimmed) }
            text = ""
        }
    }
}
