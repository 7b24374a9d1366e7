import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("JSON parser")
struct JSONParserTests {
    @Test(
        "valid documents round-trip",
        arguments: [
            #"{"sites":5,"volume":"high"}"#, #"[]"#, #"{}"#, #"[1,-2.5,3e10,0,-0,1E-3]"#, #"null"#,
            #"true"#,
            #"{"a":{"b":[null,false,{"c":"d"}]}}"#, #""caf\u00e9 \ud83d\ude00 \"q\" \\ \n""#,
        ])
    func validDocuments(_ text: String) throws {
        let value = try JSONParser.parse(Array(text.utf8))
        let again = try JSONParser.parse(Array(value.serialized().utf8))
        #expect(again == value)
    }

    @Test("strings keep their contents and numbers their exact text")
    func contents() throws {
        let value = try JSONParser.parse(Array(#"{"s":"é\t\u00e9\/","n":1.50}"#.utf8))
        #expect(value["s"] == .string("é\té/"))
        #expect(value["n"] == .number("1.50"))
    }

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        let input: [UInt8]
        let message: String
        let line: Int
        let column: Int
        var testDescription: String { message }

        init(_ text: String, _ message: String, _ line: Int, _ column: Int) {
            self.init(bytes: Array(text.utf8), message, line, column)
        }

        init(bytes: [UInt8], _ message: String, _ line: Int, _ column: Int) {
            self.input = bytes
            self.message = message
            self.line = line
            self.column = column
        }
    }

    static let invalid: [InvalidCase] = [
        InvalidCase("", "empty input; expected a JSON value", 1, 1),
        InvalidCase("  \n ", "empty input; expected a JSON value", 2, 2),
        InvalidCase(#"{"a":1,}"#, "expected a string key, found '}'", 1, 8),
        InvalidCase("[1,2,]", "expected a value, found ']'", 1, 6),
        InvalidCase(#"{"a" 1}"#, "expected ':' after the key 'a', found '1'", 1, 6),
        InvalidCase(
            #"{"a":1 "b":2}"#, "expected ',' or '}' after an object member, found '\"'", 1, 8),
        InvalidCase("[1 2]", "expected ',' or ']' after an array element, found '2'", 1, 4),
        InvalidCase(#"{"a":1,"a":2}"#, "duplicate key 'a' in a profile", 1, 8),
        InvalidCase(
            #"{"_a":{"b":1,"b":2}}"#, "duplicate key 'b' in an object inside a profile", 1, 14),
        InvalidCase(
            bytes: [0x20, 0xEF, 0xBB, 0xBF, 0x7B, 0x7D], "expected a value, found byte 0xEF", 1, 2),
        InvalidCase("{\n  \"sites\": 01\n}", "leading zeros are not allowed in numbers", 2, 12),
        InvalidCase("1e400", "number too large: 1e400", 1, 1),
        InvalidCase("-", "expected a digit, found the end of the input", 1, 2),
        InvalidCase(
            "1.", "expected a digit after the decimal point, found the end of the input", 1, 3),
        InvalidCase("1e", "expected a digit in the exponent, found the end of the input", 1, 3),
        InvalidCase("tru", "invalid literal; expected 'true'", 1, 1),
        InvalidCase("NaN", "expected a value, found 'N'", 1, 1),
        InvalidCase(#""abc"#, "unterminated string; expected '\"'", 1, 1),
        InvalidCase(
            "\"a\u{01}\"", "control character (byte 0x01) in a string; write it as an escape", 1, 3),
        InvalidCase(#""\x""#, "invalid escape '\\x' in a string", 1, 2),
        InvalidCase(#""\u12G4""#, "invalid \\u escape; expected four hex digits, found 'G'", 1, 6),
        InvalidCase(#""\ud800""#, "lone surrogate \\uD800", 1, 2),
        InvalidCase(#""\udc00x""#, "lone surrogate \\uDC00", 1, 2),
        InvalidCase(bytes: [0x22, 0x61, 0xFF, 0x22], "invalid UTF-8 byte 0xFF in a string", 1, 3),
        InvalidCase(bytes: [0x22, 0xC3, 0x22], "invalid UTF-8 byte 0xC3 in a string", 1, 2),
        InvalidCase("{} x", "unexpected 'x' after the JSON value", 1, 4),
        InvalidCase("[1]]", "unexpected ']' after the JSON value", 1, 4),
        InvalidCase(String(repeating: "[", count: 65), "nesting deeper than 64 levels", 1, 65),
        InvalidCase(#"{"a":"#, "unexpected end of input; expected a value", 1, 6),
    ]

    @Test("invalid documents give the exact error and position", arguments: invalid)
    func invalidDocuments(_ test: InvalidCase) {
        do {
            let value = try JSONParser.parse(test.input)
            Issue.record("parsed \(value.serialized())")
        } catch {
            #expect(error.message == test.message)
            #expect(error.line == test.line)
            #expect(error.column == test.column)
        }
    }

    @Test("a UTF-8 byte-order mark is skipped at the very start of the input only")
    func byteOrderMark() throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try JSONParser.parse(mark + Array(#"{"sites":5}"#.utf8))["sites"] == .number("5"))
        #expect(try JSONParser.parse(mark + Array(" [1] ".utf8)) == .array([.number("1")]))
        #expect(throws: JSONParseError.self) { try JSONParser.parse(mark) }
        // A buffer placed later in a file (a record of batch) does not start the input.
        let placed = (mark + Array("{}".utf8)).withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try JSONParser.parse(buffer, baseOffset: 10) }
        }
        #expect(throws: JSONParseError.self) { try placed.get() }
    }

    @Test("very deep nesting is refused without exhausting the stack")
    func deepNesting() {
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test("random bytes and truncations never crash")
    func fuzz() {
        var generator = SeededGenerator(state: 11)
        let seed = Array(
            #"{"sites": 5, "volume": "élevé", "list": [1, 2.5e3, true, null, {"x": "\u00e9"}]}"#
                .utf8)
        for cut in 0...seed.count { _ = try? JSONParser.parse(Array(seed[0..<cut])) }
        for _ in 0..<3000 {
            var bytes = seed
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(
                    in: 0...255, using: &generator)
            }
            _ = try? JSONParser.parse(bytes)
            _ = try? JSONParser.parse(
                (0..<64).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
    }

    @Test("positions can be placed in a larger file")
    func basePosition() {
        let line = Array(#"{"a": tru}"#.utf8)
        do {
            _ = try line.withUnsafeBufferPointer { buffer throws(JSONParseError) in
                try JSONParser.parse(buffer, baseLine: 41, baseOffset: 1000)
            }
        } catch {
            #expect(error.line == 41)
            #expect(error.column == 7)
            #expect(error.offset == 1006)
        }
    }
}
