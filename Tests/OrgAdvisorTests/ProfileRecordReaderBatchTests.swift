import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Batch output through the one-pass reader against the strict path only, on records
/// written as people write them.
@Suite("Profile record reader: batch output")
struct ProfileRecordReaderBatchTests {
    /// The batch output of `input` in `format`, and how many records the one-pass
    /// reader read alone.
    static func batch(_ input: [UInt8], format: BatchFormat, onePass: Bool) -> ([UInt8], Int) {
        let rules = RuleBase.builtIn
        let processor = BatchProcessor(ruleBase: rules, format: format)
        var worker = BatchProcessor.Worker(for: processor)
        if !onePass { worker.reader = ProfileRecordReader(ruleBase: rules, onePass: false) }
        var output = processor.header
        var splitter = RecordSplitter()
        input.withUnsafeBufferPointer { buffer in
            let (records, _) = splitter.split(buffer, isEnd: true)
            processor.process(records[...], in: buffer, into: &output, worker: &worker)
            output += processor.footer(count: records.count)
        }
        return (output, worker.onePassRecords)
    }

    @Test(
        "random records, valid and not, give the same output through the one-pass reader",
        arguments: [BatchFormat.jsonl, .json, .csv, .markdown])
    func sameOutput(_ format: BatchFormat) {
        var generator = SeededGenerator(state: 2024)
        var records: [[UInt8]] = []
        for _ in 0..<4000 {
            records.append(SpelledRecords.record(mutated: true, using: &generator))
        }
        let input = Array(records.joined(separator: [UInt8(ascii: "\n")]))
        let (fast, onePass) = Self.batch(input, format: format, onePass: true)
        let (strict, none) = Self.batch(input, format: format, onePass: false)
        #expect(none == 0)
        #expect(fast == strict)
        if fast != strict {
            let fastLines = String(decoding: fast, as: UTF8.self).split(separator: "\n")
            let strictLines = String(decoding: strict, as: UTF8.self).split(separator: "\n")
            for (index, (one, other)) in zip(fastLines, strictLines).enumerated()
            where one != other {
                Issue.record("line \(index + 1): \(one)\nstrict: \(other)")
                break
            }
        }
        // Most records are valid, and most valid ones are read in one pass.
        #expect(onePass > records.count / 2, "\(onePass) of \(records.count)")
    }

    @Test("records with labels, aliases, odd case and escapes are read in one pass")
    func labelsTakeTheOnePassPath() throws {
        var generator = SeededGenerator(state: 7)
        var records: [[UInt8]] = []
        for _ in 0..<2000 {
            records.append(SpelledRecords.record(mutated: false, using: &generator))
        }
        let input = Array(records.joined(separator: [UInt8(ascii: "\n")]))
        let (fast, onePass) = Self.batch(input, format: .jsonl, onePass: true)
        let (strict, _) = Self.batch(input, format: .jsonl, onePass: false)
        #expect(fast == strict)
        #expect(!String(decoding: fast, as: UTF8.self).contains("\"error\""))
        #expect(onePass == records.count)
    }

    @Test("French labels, precomposed or escaped, are read in one pass")
    func frenchLabels() {
        let lines = [
            #"{"id":1,"volume":"élevé","complexity":"faible","structure":"centralisé"}"#,
            #"{"id":2,"volume":"\u00e9lev\u00e9","size":"Petite","powerusers":"oui"}"#,
            #"{"id":3,"channels":"téléphone","hours":"heures de bureau","name":"Société"}"#,
        ]
        let input = Array(lines.joined(separator: "\n").utf8)
        let (fast, onePass) = Self.batch(input, format: .jsonl, onePass: true)
        #expect(fast == Self.batch(input, format: .jsonl, onePass: false).0)
        #expect(onePass == lines.count)
    }
}

/// Random records of the built-in criteria with values written as people write them:
/// ids, labels in either language and aliases, in odd case, with accents removed,
/// decomposed or escaped, spaces and tabs around; `id` and `name` with any text; and,
/// when mutated, broken in the ways users and files break them.
enum SpelledRecords {
    static let rules = RuleBase.builtIn

    static func record(mutated: Bool, using generator: inout SeededGenerator) -> [UInt8] {
        var members: [String] = []
        if Bool.random(using: &generator) {
            members.append("\"id\":" + passThrough(using: &generator))
        }
        if Bool.random(using: &generator) {
            members.append("\"name\":" + passThrough(using: &generator))
        }
        for criterion in rules.criteria where Int.random(in: 0..<10, using: &generator) < 7 {
            members.append("\"\(criterion.id)\":" + value(of: criterion, using: &generator))
        }
        members.shuffle(using: &generator)
        var text = "{" + members.joined(separator: ",") + "}"
        guard mutated, Int.random(in: 0..<4, using: &generator) == 0 else {
            return Array(text.utf8)
        }
        switch Int.random(in: 0..<6, using: &generator) {
        case 0: text.removeLast()
        case 1: text = text.replacing(",", with: "", maxReplacements: 1)
        case 2: text = text.replacing("\"volume\"", with: "\"volum\"")
        case 3: text = "{\"volume\":\"hihg\"," + text.dropFirst()
        case 4:
            let bad = ["\\x", "\\ud800", "\\udc00x", "\\u12g4", "\t", "\\u0301", " \\u0301"]
            let insert = bad.randomElement(using: &generator)!
            if let quote = text.lastIndex(of: "\"") { text.insert(contentsOf: insert, at: quote) }
        default:
            var bytes = Array(text.utf8)
            if !bytes.isEmpty {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                bytes[position] = [0xE9, 0xFF, 0xC3, 0x80].randomElement(using: &generator)!
            }
            return bytes
        }
        return Array(text.utf8)
    }

    /// A value for `criterion`, as a JSON value.
    static func value(of criterion: Criterion, using generator: inout SeededGenerator) -> String {
        switch criterion.kind {
        case .integer, .decimal:
            let number = String(Int.random(in: 1...400, using: &generator))
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: return "\"" + number + "\""
            case 1: return "\" " + number + " \""
            default: return number
            }
        case .yesNo where Int.random(in: 0..<4, using: &generator) == 0:
            return Bool.random(using: &generator) ? "true" : "false"
        default:
            let value = criterion.values.randomElement(using: &generator)!
            let spellings =
                [value.id] + [value.label.english, value.label.french].compactMap { $0 }
                + value.aliases
            return json(
                respelled(spellings.randomElement(using: &generator)!, using: &generator),
                using: &generator)
        }
    }

    /// `text` in odd case, with accents dropped, decomposed or capitalised, spaces as
    /// underscores, and spaces or tabs around.
    static func respelled(_ text: String, using generator: inout SeededGenerator) -> String {
        var out = ""
        let style = Int.random(in: 0..<5, using: &generator)
        for character in text {
            var piece = String(character)
            switch Int.random(in: 0..<8, using: &generator) {
            case 0: piece = piece.uppercased()
            case 1 where style == 0: piece = TextFolding.fold(piece)
            case 2 where character == " ": piece = "_"
            case 3 where style == 1:
                // Decomposed: the base letter and a combining accent.
                let decomposed: [Character: String] = [
                    "é": "e\u{301}", "è": "e\u{300}", "É": "E\u{301}", "ê": "e\u{302}",
                ]
                piece = decomposed[character] ?? piece
            default: break
            }
            out += piece
        }
        let around = ["", "", "", " ", "\t", "  ", " \t"]
        return around.randomElement(using: &generator)! + out
            + around.randomElement(using: &generator)!
    }

    /// A pass-through value: a number, or a string of letters, accents, a surrogate pair,
    /// quotes, slashes and control characters.
    static func passThrough(using generator: inout SeededGenerator) -> String {
        if Int.random(in: 0..<3, using: &generator) == 0 {
            return String(Int.random(in: 0...99_999, using: &generator))
        }
        let pieces = [
            "Soci", "été", "A", "b", " ", "😀", "\"", "/", "\\", "ß", "\u{301}", "\n", "\u{8}",
            "\u{C}", "\u{1}", "\u{7F}", "\u{2028}", "°",
        ]
        var text = ""
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            text += pieces.randomElement(using: &generator)!
        }
        return json(text, using: &generator)
    }

    /// `text` as a JSON string: each scalar raw or escaped (`\u` in either case, with
    /// surrogate pairs past the BMP, or a short escape), at random.
    static func json(_ text: String, using generator: inout SeededGenerator) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let escape = Int.random(in: 0..<5, using: &generator) == 0
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\u{8}": out += escape ? "\\u0008" : "\\b"
            case "\u{C}": out += escape ? "\\u000C" : "\\f"
            case "\t": out += escape ? "\\u0009" : "\\t"
            case "/" where escape: out += "\\/"
            default:
                if !escape && scalar.value >= 0x20 {
                    out.unicodeScalars.append(scalar)
                } else if scalar.value > 0xFFFF {
                    let value = scalar.value - 0x10000
                    out += "\\u" + hex(0xD800 + (value >> 10), using: &generator)
                    out += "\\u" + hex(0xDC00 + (value & 0x3FF), using: &generator)
                } else {
                    out += "\\u" + hex(scalar.value, using: &generator)
                }
            }
        }
        return out + "\""
    }

    static func hex(_ value: UInt32, using generator: inout SeededGenerator) -> String {
        let digits = String(value, radix: 16, uppercase: Bool.random(using: &generator))
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
