import OrgAdvisorLanguageServer
import Testing

@Suite struct LineIndexTests {
    /// Line 0 `ab`, line 1 `çé😀z` ended by `\r\n` (ç and é two bytes, 😀 four bytes and
    /// two UTF-16 units), line 2 `last`.
    static let text = "ab\nçé😀z\r\nlast"

    struct Case: Sendable, CustomStringConvertible {
        var offset: Int
        var utf8: Position
        var utf16: Position
        var utf32: Position
        var description: String { "byte \(offset)" }
    }

    static func at(_ line: Int, _ character: Int) -> Position {
        Position(line: line, character: character)
    }

    static let cases: [Case] = [
        Case(offset: 0, utf8: at(0, 0), utf16: at(0, 0), utf32: at(0, 0)),
        Case(offset: 3, utf8: at(1, 0), utf16: at(1, 0), utf32: at(1, 0)),
        Case(offset: 5, utf8: at(1, 2), utf16: at(1, 1), utf32: at(1, 1)),
        Case(offset: 7, utf8: at(1, 4), utf16: at(1, 2), utf32: at(1, 2)),
        Case(offset: 11, utf8: at(1, 8), utf16: at(1, 4), utf32: at(1, 3)),
        Case(offset: 12, utf8: at(1, 9), utf16: at(1, 5), utf32: at(1, 4)),
        Case(offset: 14, utf8: at(2, 0), utf16: at(2, 0), utf32: at(2, 0)),
        Case(offset: 18, utf8: at(2, 4), utf16: at(2, 4), utf32: at(2, 4)),
    ]

    @Test(arguments: cases)
    func positionsBothWays(_ test: Case) {
        let lines = LineIndex(Array(Self.text.utf8))
        let expected: [(PositionEncoding, Position)] = [
            (.utf8, test.utf8), (.utf16, test.utf16), (.utf32, test.utf32),
        ]
        for (encoding, position) in expected {
            #expect(lines.position(of: test.offset, encoding: encoding) == position, "\(encoding)")
            #expect(lines.offset(of: position, encoding: encoding) == test.offset, "\(encoding)")
        }
    }

    struct Clamp: Sendable, CustomStringConvertible {
        var position: Position
        var offset: Int
        var description: String { "\(position.line):\(position.character)" }
    }

    @Test(arguments: [
        // Inside the emoji's two UTF-16 units: its start.
        Clamp(position: at(1, 3), offset: 7),
        // Past the end of a line: the line's end, before its "\r\n".
        Clamp(position: at(1, 100), offset: 12),
        // Past the last line: the end of the text.
        Clamp(position: at(10, 0), offset: 18),
        Clamp(position: at(-1, 5), offset: 0),
    ])
    func positionsOutsideTheTextAreClamped(_ test: Clamp) {
        let lines = LineIndex(Array(Self.text.utf8))
        #expect(lines.offset(of: test.position, encoding: .utf16) == test.offset)
    }

    struct CompilerCase: Sendable, CustomStringConvertible {
        var text: String
        var line: Int
        var column: Int
        var utf16: Position
        var description: String { "\(line):\(column) in \(text.debugDescription)" }
    }

    /// The compiler counts 1-based lines and columns in Unicode scalars, line 1 after a
    /// byte-order mark; the protocol counts from 0 in UTF-16 units, the mark included.
    @Test(arguments: [
        CompilerCase(text: text, line: 2, column: 3, utf16: at(1, 2)),
        CompilerCase(text: text, line: 2, column: 4, utf16: at(1, 4)),
        CompilerCase(text: text, line: 3, column: 1, utf16: at(2, 0)),
        CompilerCase(text: "\u{FEFF}ab", line: 1, column: 2, utf16: at(0, 2)),
        CompilerCase(text: "x", line: 9, column: 1, utf16: at(0, 1)),
    ])
    func compilerLocations(_ test: CompilerCase) {
        let lines = LineIndex(Array(test.text.utf8))
        let offset = lines.offset(line: test.line, column: test.column)
        #expect(lines.position(of: offset, encoding: .utf16) == test.utf16)
    }

    @Test func incrementalChangesWithAnEmoji() {
        var document = TextDocument(uri: "file:///a.orgrules", version: 1, text: Self.text)
        // Replace "z" (after the emoji, UTF-16 character 4 of line 1) by "ü!".
        document.replace(from: Self.at(1, 4), to: Self.at(1, 5), with: "ü!", encoding: .utf16)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "ab\nçé😀ü!\r\nlast")
        // Join the lines: from the end of line 0 to the start of line 1.
        document.replace(from: Self.at(0, 2), to: Self.at(1, 0), with: " ", encoding: .utf16)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "ab çé😀ü!\r\nlast")
    }
}
