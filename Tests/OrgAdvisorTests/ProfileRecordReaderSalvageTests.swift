import Testing

@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine

/// The `id` and `name` of a record that is not valid JSON: those the strict parser read
/// whole before its error, whichever path read the record.
@Suite("Profile record reader: id and name of invalid records")
struct ProfileRecordReaderSalvageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let record: String
        /// The serialized `id` and `name` of the error result, if any.
        let id: String?
        let name: String?
        var testDescription: String { record }

        init(_ record: String, id: String?, name: String? = nil) {
            self.record = record
            self.id = id
            self.name = name
        }
    }

    static let cases: [Case] = [
        Case(#"{"id":"a","volume":"high", broken"#, id: #""a""#),
        Case(#"{"volume":"élevé","id":"b","x":[1"#, id: #""b""#),
        Case(#"{"x":[1,{"y":"]"}],"id":"c",}"#, id: #""c""#),
        Case(#"{"id":"d"#, id: nil),
        Case(#"{"id":01}"#, id: nil),
        Case(#"{"id":12e}"#, id: nil),
        Case(#"{"id":"e","id":"f"}"#, id: #""e""#),
        Case(#"{"name":"S\u00e9","id":5 x}"#, id: "5", name: #""Sé""#),
        Case(#"{"id":{"a":[1,{"b":"}"}]},"v":tru}"#, id: #"{"a":[1,{"b":"}"}]}"#),
        Case(#"{"\u0069d":"g" broken"#, id: #""g""#),
        Case(#"[{"id":"h"}"#, id: nil),
        Case(#"{"id":"i"} x"#, id: #""i""#),
        Case(#"{"id":"j","sites":1e999}"#, id: #""j""#),
        Case(#"{"sites":1e999,"id":"k"}"#, id: nil),
        Case(#"{"id":"l\x"}"#, id: nil),
        Case("{\"name\":\"m\",\"id\":\"\\ud83d\"}", id: nil, name: #""m""#),
    ]

    @Test("an invalid record keeps the id and name read whole before its error", arguments: cases)
    func salvaged(_ test: Case) {
        let rules = RuleBase.builtIn
        let bytes = Array(test.record.utf8)
        let record = RecordSplitter.Record(
            range: 0..<bytes.count, number: 1, line: 1, column: 1, offset: 10,
            structuralError: nil)
        for onePass in [true, false] {
            let reader = ProfileRecordReader(ruleBase: rules, onePass: onePass)
            var profile = Profile(for: rules)
            var passThrough = ProfileRecordReader.PassThrough()
            let failed = bytes.withUnsafeBufferPointer { buffer in
                do throws(ProfileRecordReader.Failure) {
                    try reader.read(
                        buffer, record: record, into: &profile, passThrough: &passThrough)
                    return false
                } catch {
                    passThrough = passThrough.resolved(in: buffer)
                    return true
                }
            }
            #expect(failed)
            #expect(passThrough.id?.serialized() == test.id, "one pass: \(onePass)")
            #expect(passThrough.name?.serialized() == test.name, "one pass: \(onePass)")
        }
    }
}
