import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// JSONTestSuite-style cases (`y_` accepted, `n_` refused), written for this project:
/// each goes through the strict parser (as `--profile` reads) and through the batch path
/// (the record splitter and the one-pass record reader), and the two must agree.
@Suite("JSON conformance")
struct JSONConformanceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        var testDescription: String { name }

        init(_ name: String, _ text: String) {
            self.init(name, bytes: Array(text.utf8))
        }

        init(_ name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Valid JSON: read by the parser; in batch, read or refused for a profile-level
    /// reason only (not an object, an unknown criterion, a bad value).
    static let accepted: [Case] = [
        Case("y_number_zero", "0"), Case("y_number_minus_zero", "-0"),
        Case("y_number_int", "[123]"), Case("y_number_negative", "[-1]"),
        Case("y_number_fraction", "[1.5]"), Case("y_number_exponent", "[1e5]"),
        Case("y_number_capital_exponent", "[1E5]"), Case("y_number_exponent_plus", "[1e+5]"),
        Case("y_number_exponent_minus", "[1e-5]"), Case("y_number_fraction_exponent", "[-1.5E-3]"),
        Case("y_number_zero_fraction_exponent", "[-0.0e-0]"),
        Case("y_number_big_integer", "[123456789012345678901234567890]"),
        Case("y_number_near_max", "[1.7976931348623157e308]"),
        Case("y_number_tiny", "[5e-324]"),
        Case("y_string_escapes", #"["\"\\\/\b\f\n\r\t"]"#),
        Case("y_string_unicode_escape", #"["\u0041\u00e9\u20AC"]"#),
        Case("y_string_surrogate_pair", #"["\ud83d\ude00"]"#),
        Case("y_string_escaped_nul", #"["\u0000"]"#),
        Case("y_string_utf8", "[\"caf\u{E9} \u{1F600}\"]"),
        Case("y_string_empty", #"[""]"#),
        Case("y_object_empty", "{}"), Case("y_array_empty", "[]"),
        Case("y_object_profile", #"{"sites":5,"volume":"high"}"#),
        Case("y_object_pass_through", #"{"id":"a","name":"b","_note":{"x":[1,{}]}}"#),
        Case("y_object_unknown_key", #"{"a":1}"#),
        Case("y_whitespace_around", " \t\r\n{ \"sites\" : 5 }\n\t "),
        Case("y_whitespace_in_array", "[ 1 ,\n 2 , \r\n 3 ]"),
        Case("y_nested", #"{"_a":{"b":[null,true,false,{"c":[[]]}]}}"#),
        Case("y_nested_64", String(repeating: "[", count: 64) + String(repeating: "]", count: 64)),
        Case("y_literals", "[true,false,null]"),
        Case("y_string_value", #""text""#),
        Case("y_byte_order_mark", "\u{FEFF}{\"sites\":5}"),
    ]

    /// Not JSON (or refused by this project's choice: lone surrogates, numbers out of
    /// range, nesting past 64): refused, with a position inside the input.
    static let refused: [Case] = [
        Case("n_empty", ""), Case("n_space_only", " \n"),
        Case("n_array_unclosed", "[1,2"), Case("n_array_unclosed_empty", "["),
        Case("n_object_unclosed", #"{"a":1"#), Case("n_object_unclosed_after_comma", #"{"a":1,"#),
        Case("n_object_missing_value", #"{"a":}"#), Case("n_object_missing_colon", #"{"a" 1}"#),
        Case("n_object_number_key", "{1:1}"), Case("n_object_single_quotes", "{'a':1}"),
        Case("n_string_unclosed", #"["abc]"#), Case("n_string_single_quotes", "['a']"),
        Case("n_array_trailing_comma", "[1,]"), Case("n_object_trailing_comma", #"{"a":1,}"#),
        Case("n_array_leading_comma", "[,1]"), Case("n_array_double_comma", "[1,,2]"),
        Case("n_number_leading_zero", "[01]"), Case("n_number_minus_leading_zero", "[-01]"),
        Case("n_number_trailing_dot", "[1.]"), Case("n_number_leading_dot", "[.1]"),
        Case("n_number_minus_alone", "[-]"), Case("n_number_plus", "[+1]"),
        Case("n_number_hex", "[0x1]"), Case("n_number_exponent_alone", "[1e]"),
        Case("n_number_nan", "[NaN]"), Case("n_number_infinity", "[Infinity]"),
        Case("n_number_minus_infinity", "[-Infinity]"), Case("n_number_too_large", "[1e400]"),
        Case("n_string_bad_escape", #"["\x"]"#), Case("n_string_short_unicode", #"["\u12"]"#),
        Case("n_string_bad_unicode", #"["\u12G4"]"#),
        Case("n_string_lone_high_surrogate", #"["\ud800"]"#),
        Case("n_string_lone_low_surrogate", #"["\udc00"]"#),
        Case("n_string_high_then_not_low", #"["\ud800\u0041"]"#),
        Case("n_string_invalid_utf8", bytes: Array("[\"a".utf8) + [0xFF] + Array("\"]".utf8)),
        Case("n_string_truncated_utf8", bytes: Array("[\"".utf8) + [0xC3] + Array("\"]".utf8)),
        Case(
            "n_string_overlong_utf8", bytes: Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8)),
        Case("n_invalid_utf8_outside_string", bytes: [0x5B, 0xFF, 0x5D]),
        Case("n_string_control_character", "[\"a\u{01}\"]"),
        Case("n_string_raw_newline", "[\"a\nb\"]"), Case("n_string_raw_tab", "[\"a\tb\"]"),
        Case("n_literal_capital", "[True]"), Case("n_literal_truncated", "[tru]"),
        Case("n_comment_line", "[1] // c"), Case("n_comment_block", "/* c */ [1]"),
        Case("n_extra_close", "[1]]"), Case("n_extra_close_object", "{}}"),
        Case("n_garbage_after", "{} x"), Case("n_two_values", "[1] [2]"),
        Case(
            "n_deep_nesting", String(repeating: "[", count: 65) + String(repeating: "]", count: 65)),
        Case("n_very_deep_nesting", String(repeating: "[", count: 10_000)),
        Case("n_byte_order_mark_not_first", " \u{FEFF}{}"),
        Case("n_byte_order_mark_twice", "\u{FEFF}\u{FEFF}{}"),
    ]

    @Test("y_ kinds are read by the parser and by the batch path", arguments: accepted)
    func acceptedCase(_ test: Case) throws {
        _ = try JSONParser.parse(test.bytes)
        // In batch: as the single element of an array (a multi-line value is one record).
        let outcomes = Self.batch(Self.asArrayElement(test.bytes), shape: .array)
        for outcome in outcomes {
            #expect(outcome.isProfileLevel, "\(outcome)")
        }
    }

    @Test(
        "n_ kinds are refused with a located error by the parser and the batch path",
        arguments: refused)
    func refusedCase(_ test: Case) {
        do {
            let value = try JSONParser.parse(test.bytes)
            Issue.record("parsed \(value.serialized())")
        } catch {
            #expect(error.line >= 1 && error.column >= 1 && error.offset <= test.bytes.count)
            #expect(error.isSyntaxError)
        }
        // Empty documents give no record in batch: nothing to refuse.
        guard test.bytes.contains(where: { !RecordSplitter.isSpace($0) }) else { return }
        var shapes: [([UInt8], RecordSplitter.Shape)] = [
            (Self.asArrayElement(test.bytes), .array)
        ]
        if !test.bytes.contains(0x0A) { shapes.append((test.bytes, .jsonLines)) }
        for (input, shape) in shapes {
            let outcomes = Self.batch(input, shape: shape)
            let errors = outcomes.filter { !$0.isProfileLevel }
            #expect(!errors.isEmpty, "\(shape): \(outcomes)")
            for error in errors {
                #expect(error.line >= 1 && error.column >= 1, "\(error)")
            }
        }
    }

    @Test("a duplicate key is valid JSON refused for a profile, in both paths")
    func duplicateKey() {
        let text = Array(#"{"sites":5,"sites":6}"#.utf8)
        do {
            _ = try JSONParser.parse(text)
            Issue.record("parsed")
        } catch {
            #expect(error.message == "duplicate key 'sites' in a profile")
            #expect(!error.isSyntaxError)
            #expect(error.summary == "duplicate key 'sites' in a profile")
            #expect(error.column == 12)
        }
        let outcomes = Self.batch(text, shape: .jsonLines)
        #expect(outcomes.map(\.message) == ["duplicate key 'sites' in a profile"])
    }

    /// `[` + the value + `]`, after the byte-order mark that starts the value, if any
    /// (accepted at the very start of the input only).
    static func asArrayElement(_ bytes: [UInt8]) -> [UInt8] {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasMark = bytes.starts(with: mark)
        return (hasMark ? mark : []) + Array("[".utf8) + bytes.dropFirst(hasMark ? 3 : 0)
            + Array("]".utf8)
    }

    /// What the batch path made of one record or structural problem.
    struct Outcome: CustomStringConvertible {
        var message: String?
        var line: Int
        var column: Int
        /// Scored, or refused for a reason that is not the JSON's syntax.
        var isProfileLevel: Bool
        var description: String { "\(line):\(column): \(message ?? "scored")" }
    }

    /// Splits `input` (in pieces of 3 bytes, as a stream) and reads every record; checks
    /// that each record the reader refused for a reason other than JSON is valid JSON.
    static func batch(_ input: [UInt8], shape: RecordSplitter.Shape) -> [Outcome] {
        let rules = RuleBase.builtIn
        let reader = ProfileRecordReader(ruleBase: rules)
        var profile = Profile(for: rules)
        var passThrough = ProfileRecordReader.PassThrough()
        // The shape is detected (as batch does) when the input starts with a byte-order mark.
        var splitter =
            input.starts(with: [0xEF, 0xBB, 0xBF]) ? RecordSplitter() : RecordSplitter(shape: shape)
        var buffer: [UInt8] = []
        var outcomes: [Outcome] = []
        var offset = 0
        while true {
            let end = min(input.count, offset + 3)
            buffer += input[offset..<end]
            offset = end
            let isEnd = offset == input.count
            buffer.withUnsafeBufferPointer { bytes in
                let (records, consumed) = splitter.split(bytes, isEnd: isEnd)
                for record in records {
                    if let error = record.structuralError {
                        outcomes.append(
                            Outcome(
                                message: error, line: record.line, column: record.column,
                                isProfileLevel: false))
                        continue
                    }
                    let slice = UnsafeBufferPointer(rebasing: bytes[record.range])
                    let strict = Result { () throws(JSONParseError) in
                        try JSONParser.parse(slice, baseOffset: record.offset)
                    }
                    do throws(ProfileRecordReader.Failure) {
                        try reader.read(
                            slice, record: record, into: &profile, passThrough: &passThrough)
                        outcomes.append(
                            Outcome(
                                message: nil, line: record.line, column: record.column,
                                isProfileLevel: true))
                    } catch {
                        var isSyntaxError = true
                        if case .failure(let parse) = strict {
                            isSyntaxError = parse.isSyntaxError
                        } else {
                            isSyntaxError = false
                        }
                        outcomes.append(
                            Outcome(
                                message: error.message, line: error.line, column: error.column,
                                isProfileLevel: !isSyntaxError))
                    }
                }
                buffer.removeFirst(consumed)
            }
            if isEnd { break }
        }
        return outcomes
    }
}
