import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// The JSON writer (``JSONValue/serialized(pretty:)``) against a plain one that escapes
/// scalar by scalar, and what it writes read back by the parser.
@Suite("JSON writer")
struct JSONWriterTests {
    /// The plain escape: each scalar in turn.
    static func plainString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Texts where escapes meet characters of several scalars.
    static let texts: [String] = [
        "", "plain", "élevé", "a \"quoted\" word", "back\\slash", "line\nbreak", "\r\n",
        "tab\there", "\u{00}\u{01}\u{1F}", "\"\u{301}", "\\\u{301}\u{302}", "\n\u{301}",
        "e\u{301}\"", "🇫🇷\"🇧🇪", "👩‍👩‍👧\n", "\"\"\"", "\u{7F}\u{80}\u{FEFF}", "ends with \\",
        String(repeating: "long run without escapes ", count: 40) + "\"",
    ]

    @Test("each string is escaped as the plain writer escapes it", arguments: texts)
    func escapes(text: String) throws {
        #expect(JSONValue.string(text).serialized() == Self.plainString(text))
        // And read back as it was.
        #expect(
            try JSONParser.parse(Array(JSONValue.string(text).serialized().utf8)) == .string(text))
    }

    @Test("random strings of escapes, ASCII, accents, combining marks and emoji")
    func randomStrings() throws {
        let pieces: [String] = [
            "\"", "\\", "\n", "\r", "\t", "\u{01}", "a", "é", "\u{301}", "🙂", "\u{200D}", " ",
        ]
        var generator = SeededGenerator(state: 21)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(JSONValue.string(text).serialized() == Self.plainString(text))
        }
    }

    @Test("indented objects and arrays: two spaces per level")
    func pretty() {
        let value = JSONValue.object([
            ("a", .array([.int(1), .object([("b", .null)]), .array([])])), ("c", .object([])),
        ])
        #expect(
            value.serialized(pretty: true)
                == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    },\n    []\n  ],\n"
                + "  \"c\": {}\n}")
        #expect(value.serialized() == "{\"a\":[1,{\"b\":null},[]],\"c\":{}}")
    }
}
