import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The batch record reader's one-pass path against the strict parser.
@Suite("Profile record reader")
struct ProfileRecordReaderTests {
    /// Plain and not-so-plain strings: letters with, at any position (across the
    /// eight-byte steps of the scan), a quote, a backslash, a control byte, DEL or a
    /// non-ASCII letter.
    static func randomString(using generator: inout SeededGenerator) -> String {
        let letters = Array("abcdefghij klmnop-_0123")
        let specials = ["\\\"", "\\\\", "\t", "\u{1}", "\u{7F}", "é", "\\u0041", "/"]
        var text = ""
        for _ in 0..<Int.random(in: 0...20, using: &generator) {
            text.append(letters.randomElement(using: &generator)!)
        }
        if Bool.random(using: &generator) {
            let position = Int.random(in: 0...text.count, using: &generator)
            let index = text.index(text.startIndex, offsetBy: position)
            text.insert(contentsOf: specials.randomElement(using: &generator)!, at: index)
        }
        return "\"" + text + "\""
    }

    static func randomRecord(using generator: inout SeededGenerator) -> String {
        let rules = RuleBase.builtIn
        // Every criterion id and value id, and near misses (a prefix, one byte more,
        // past sixteen bytes), so that every branch of the word comparisons is taken.
        let keys =
            [
                "id", "name", "nam", "idx", "_note", "structure", "sites", "employees", "volume",
                "powerusers", "hours", "sitse", "", "i\\u0064", "structures", "structur",
                "_abcdefghijklmnopqrst", "employeesemployees",
            ] + rules.criteria.map(\.id)
        let values =
            rules.criteria.flatMap { $0.values.map { "\"" + $0.id + "\"" } } + [
                "\"High\"", "\"centralisedcentralised\"", "\"decentralise\"", "-0", "0.25",
                "400", "-12.5", "1.0",
            ] + [
                "\"centralised\"", "\"decentralised\"", "\"high\"", "\"yes\"", "\"no\"",
                "\"Élevé\"",
                "\"24/7\"", "\"office\"", "3", "50", "249.5", "0", "-1", "1e2", "007", "1.",
                "12345678901234567",
                "null", "true", "false", "[1]", "{}", "\"\"",
            ]
        let spaces = ["", "", "", " ", "\t", "\n  "]
        func space() -> String { spaces.randomElement(using: &generator)! }
        var members: [String] = []
        for _ in 0..<Int.random(in: 0...8, using: &generator) {
            let key = "\"" + keys.randomElement(using: &generator)! + "\""
            let value =
                Int.random(in: 0..<4, using: &generator) == 0
                ? randomString(using: &generator) : values.randomElement(using: &generator)!
            members.append(space() + key + space() + ":" + space() + value + space())
        }
        var record = space() + "{" + members.joined(separator: ",") + "}" + space()
        switch Int.random(in: 0..<20, using: &generator) {
        case 0: record.removeLast()
        case 1: record = record.replacing(",", with: "", maxReplacements: 1)
        case 2: record += ","
        default: break
        }
        return record
    }

    @Test("the one-pass path reads every record as the strict parser does")
    func fastMatchesStrict() {
        let rules = RuleBase.builtIn
        let reader = ProfileRecordReader(ruleBase: rules)
        var generator = SeededGenerator(state: 17)
        var profile = Profile(for: rules)
        var passThrough = ProfileRecordReader.PassThrough()
        var outcomes = (read: 0, failed: 0)
        for round in 0..<10000 {
            let text = ProfileRecordReaderTests.randomRecord(using: &generator)
            // Every other record is cut short, and followed by readable bytes that must not
            // count: the rest of the record it was cut from, then more.
            let full = Array(text.utf8)
            let cut = round.isMultiple(of: 2) ? 0 : Int.random(in: 0...8, using: &generator)
            let bytes = Array(full.dropLast(cut))
            let whole = round.isMultiple(of: 2) ? full : full + full
            whole.withUnsafeBufferPointer { whole in
                let buffer = UnsafeBufferPointer(rebasing: whole[0..<bytes.count])
                let record = RecordSplitter.Record(
                    range: 0..<buffer.count, number: 1, line: 1, column: 1, offset: 0,
                    structuralError: nil)
                let read = Result { () throws(ProfileRecordReader.Failure) in
                    try reader.read(
                        buffer, readable: whole.count, record: record, into: &profile,
                        passThrough: &passThrough)
                }
                let strict = Result { () throws(any Error) -> (Profile, JSONValue) in
                    let json = try JSONParser.parse(buffer)
                    return (try rules.profile(fromJSON: json), json)
                }
                switch (read, strict) {
                case (.success, .success(let (expected, json))):
                    outcomes.read += 1
                    #expect(profile == expected, "\(text)")
                    let values = passThrough.resolved(in: buffer)
                    #expect(values.id == json["id"], "\(text)")
                    #expect(values.name == json["name"], "\(text)")
                case (.failure(let failure), .failure(let error)):
                    outcomes.failed += 1
                    let message =
                        (error as? JSONParseError)?.message ?? (error as? ProfileJSONError)?.message
                    #expect(failure.message == message, "\(text)")
                default:
                    Issue.record("one path read the record, the other did not: \(text)")
                }
            }
        }
        #expect(outcomes.read > 500 && outcomes.failed > 500, "\(outcomes)")
    }

    struct IgnoredKeysCase: Sendable, CustomTestStringConvertible {
        let count: Int
        /// The index of a key repeated at the end, if any.
        let repeated: Int?
        let expected: String?
        var testDescription: String {
            "\(count) keys, repeated \(repeated.map(String.init) ?? "none")"
        }
    }

    /// Records with many ignored `_` keys: the one-pass reader compares a few of them and
    /// hands the record to the strict path beyond that, so that a record of 80,000 such
    /// keys is read in linear time (it took 6 s in a release build when every key was
    /// compared with every other); the profile and the errors are the same.
    @Test(
        "many ignored keys: duplicates found at any distance, read in linear time",
        arguments: [
            IgnoredKeysCase(count: 3, repeated: 0, expected: "duplicate key '_k0' in a profile"),
            IgnoredKeysCase(count: 16, repeated: 5, expected: "duplicate key '_k5' in a profile"),
            IgnoredKeysCase(count: 17, repeated: nil, expected: nil),
            IgnoredKeysCase(count: 40, repeated: 1, expected: "duplicate key '_k1' in a profile"),
            IgnoredKeysCase(count: 80_000, repeated: nil, expected: nil),
            IgnoredKeysCase(
                count: 80_000, repeated: 79_998, expected: "duplicate key '_k79998' in a profile"),
        ])
    func manyIgnoredKeys(_ test: IgnoredKeysCase) throws {
        let rules = RuleBase.builtIn
        let reader = ProfileRecordReader(ruleBase: rules)
        var members = (0..<test.count).map { "\"_k\($0)\":\($0)" }
        if let repeated = test.repeated { members.append("\"_k\(repeated)\":0") }
        let text = #"{"id":"x","# + members.joined(separator: ",") + #","sites":3}"#
        var profile = Profile(for: rules)
        var passThrough = ProfileRecordReader.PassThrough()
        let bytes = Array(text.utf8)
        let record = RecordSplitter.Record(
            range: 0..<bytes.count, number: 1, line: 1, column: 1, offset: 0,
            structuralError: nil)
        let read = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(ProfileRecordReader.Failure) in
                try reader.read(
                    buffer, record: record, into: &profile, passThrough: &passThrough)
            }
        }
        switch read {
        case .success:
            #expect(test.expected == nil)
            #expect(profile == (try rules.profile(["sites": "3"])))
        case .failure(let failure):
            #expect(failure.message == test.expected)
        }
    }
}
