import TestSupport
import Testing

@testable import OrgAdvisorRules

/// The fast paths of rule loading (issue 12) give what the plain definitions give: line
/// and column tables, UTF-8 validation, token texts and places, number parsing; and a
/// rule base with a number too large for an `Int` loads.
@Suite("Rule loading")
struct RuleLoadingTests {
    /// Texts whose line and column tables are checked byte by byte: long lines (more
    /// than a block of 64 bytes), multi-byte characters across block ends, a
    /// byte-order mark, CRLF, no final line break.
    static let texts: [String] = [
        "",
        "\n",
        "a",
        "rule r\n    when a = b\n",
        "\u{FEFF}rule r\r\n    because \"é\"\r\n",
        String(repeating: "é", count: 100) + "\n" + String(repeating: "x", count: 200),
        (0..<40).map { "line \($0) « \(String(repeating: "€", count: $0)) »" }.joined(
            separator: "\n"),
        String(repeating: "\n", count: 130) + "end",
    ]

    @Test("lines and columns are those counted from the start", arguments: texts.indices)
    func linesAndColumns(_ index: Int) {
        let text = RuleLoadingTests.texts[index]
        let file = SourceFile(path: "t.orgrules", text: text)
        let bytes = Array(text.utf8)
        let start = bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0
        var line = 1
        var lineStart = start
        for offset in 0...bytes.count {
            if offset > 0 && bytes[offset - 1] == UInt8(ascii: "\n") {
                line += 1
                lineStart = offset
            }
            let location = file.location(of: offset)
            #expect(location.line == line, "offset \(offset)")
            if offset >= lineStart {
                let column = bytes[lineStart..<offset].count { $0 & 0xC0 != 0x80 } + 1
                #expect(location.column == column, "offset \(offset)")
            }
        }
    }

    @Test("UTF-8 validation finds the first bad byte wherever it is")
    func utf8Validation() {
        var generator = SeededGenerator(state: 12)
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8),
            [0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        ]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<12, using: &generator) {
                bytes += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
            }
            let skip = Int.random(in: 0...min(3, bytes.count), using: &generator)
            let slice = bytes[skip...]
            #expect(
                UTF8Validation.firstInvalidOffset(slice)
                    == RuleLoadingTests.firstInvalidOffset(slice), "\(bytes)")
            #expect(
                UTF8Validation.firstInvalidOffset(AnyCollectionOfBytes(slice))
                    == RuleLoadingTests.firstInvalidOffset(slice), "\(bytes)")
        }
    }

    /// The first invalid offset by decoding one scalar at a time with the standard
    /// library (its decoder rejects exactly the sequences that are not UTF-8).
    static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            var decoder = UTF8()
            var iterator = bytes[offset...].makeIterator()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
                return offset
            }
            offset += UTF8.width(scalar)
        }
        return nil
    }

    @Test("token places and texts are those read from the bytes")
    func tokens() throws {
        var names = (0..<600).map { "name-\($0)" }
        names += ["rule", "rule", "when", "Power-User-Organisation", "Power-User-Organisation"]
        let source = """
            \u{FEFF}rule a
              # comment
            \(names.joined(separator: " "))
            ≥ rule ≥
            § rule
            "s" rule 12 +3 -4.5 12abc
            x\trule\r
            """
        let file = SourceFile(path: "t.orgrules", text: source)
        var lexer = Lexer(file: file)
        let tokens = lexer.tokenize()
        let bytes = file.bytes
        for token in tokens where token.kind != .endOfFile {
            let start = token.range.lowerBound
            var lineStart = start
            while lineStart > 3 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            let before = bytes[lineStart..<start]
            #expect(
                token.isFirstOnLine
                    == before.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D },
                "\(file.location(of: start))")
            #expect(token.isAtColumnOne == (start == lineStart), "\(file.location(of: start))")
            if token.kind == .identifier || token.kind == .number {
                #expect(lexer.texts[token.text] == file.text(token.range))
            }
        }
        let identifiers = tokens.filter { $0.kind == .identifier }
        for name in names {
            let matching = identifiers.filter { lexer.texts[$0.text] == name }
            #expect(Set(matching.map { $0.text }).count == 1, "\(name)")
        }
    }

    struct NumberCase: Sendable, CustomStringConvertible {
        let text: String
        let thousandths: Int64?
        var description: String { "'\(text)'" }
    }

    @Test(
        "fixed decimals parse as written",
        arguments: [
            NumberCase(text: "2", thousandths: 2000), NumberCase(text: "+2", thousandths: 2000),
            NumberCase(text: "-1.5", thousandths: -1500),
            NumberCase(text: "0.125", thousandths: 125),
            NumberCase(text: "9999999.999", thousandths: nil),
            NumberCase(text: "1000000", thousandths: 1_000_000_000),
            NumberCase(text: "1000000.001", thousandths: nil),
            NumberCase(text: "0001", thousandths: 1000), NumberCase(text: "1.", thousandths: nil),
            NumberCase(text: ".5", thousandths: nil), NumberCase(text: "1.2345", thousandths: nil),
            NumberCase(text: "12345678", thousandths: nil), NumberCase(text: "", thousandths: nil),
            NumberCase(text: "+", thousandths: nil), NumberCase(text: "+-1", thousandths: nil),
            NumberCase(text: "1.2.3", thousandths: nil), NumberCase(text: " 1", thousandths: nil),
            NumberCase(text: "1e3", thousandths: nil), NumberCase(text: "١", thousandths: nil),
            NumberCase(text: "1\u{301}", thousandths: nil), NumberCase(text: "-0", thousandths: 0),
        ])
    func fixedDecimals(_ number: NumberCase) {
        #expect(FixedDecimal(parsing: number.text)?.thousandths == number.thousandths)
    }

    @Test(
        "numbers in rules read as the standard library reads them",
        arguments: [
            "0", "7", "+7", "-7", "-0", "400", "123456789012345", "1234567890123456789",
            "99999999999999999999", "1.5", "-0.125", "+2.50", "12abc", "1.", "3.14159",
        ])
    func numberValues(_ text: String) {
        let expected = Double(text.hasPrefix("+") ? String(text.dropFirst()) : text)
        let value = Parser.value(ofNumber: text)
        #expect(value == expected)
        #expect(value?.sign == expected?.sign)
    }

    @Test("a number too large for an integer loads and is compared as written")
    func hugeNumber() throws {
        let source = """
            criterion employees: integer from 1
                label "Employees"
            criterion kind: choice
                label "Kind"
                value a "a"
                value b "b"
            form x
                label "X"
                description "X"
            rule big
                when employees = 99999999999999999999
                points x +1
                because "big"
            rule listed
                when employees in [1, 99999999999999999999] and kind = a
                points x +1
                because "listed"
            """
        // Before, the unused-value check converted the number to an `Int` and trapped.
        let checked = try CheckedRuleBase(source: source)
        #expect(checked.rules.count == 2)
        #expect(
            checked.warnings.map { $0.message } == [
                "value 'b' of criterion 'kind' is mentioned by no rule"
            ])
    }
}

/// Bytes behind a collection without contiguous storage, for the general path of the
/// UTF-8 validation.
private struct AnyCollectionOfBytes: Collection {
    let base: ArraySlice<UInt8>
    init(_ base: ArraySlice<UInt8>) { self.base = base }
    var startIndex: Int { base.startIndex }
    var endIndex: Int { base.endIndex }
    subscript(position: Int) -> UInt8 { base[position] }
    func index(after index: Int) -> Int { index + 1 }
}
