import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Reads one batch record (a JSON object of criteria) straight into a profile.
///
/// The common case (a flat object, plain strings and numbers) is read in one pass over
/// the bytes without building a JSON tree; anything else (escapes, non-ASCII text,
/// nested values, any error) goes through the strict ``JSONParser`` and
/// ``RuleBase/profile(fromJSON:)``, so errors are always the same, exact messages.
struct ProfileRecordReader {
    /// Where an error is, relative to the whole input.
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// The record's `id` and `name`: as JSON values, or, from the one-pass reader, as
    /// the ranges of their bytes in the record, which are their serialized form (a plain
    /// string with its quotes, or a number as written).
    struct PassThrough {
        var id: JSONValue?
        var name: JSONValue?
        var idBytes: Range<Int>?
        var nameBytes: Range<Int>?

        /// The same with every value as a ``JSONValue``.
        func resolved(in bytes: UnsafeBufferPointer<UInt8>) -> PassThrough {
            func value(_ range: Range<Int>) -> JSONValue {
                if bytes[range.lowerBound] == UInt8(ascii: "\"") {
                    let text = UnsafeBufferPointer(
                        rebasing: bytes[range.lowerBound + 1..<range.upperBound - 1])
                    return .string(String(decoding: text, as: UTF8.self))
                }
                return .number(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return PassThrough(
                id: idBytes.map(value) ?? id, name: nameBytes.map(value) ?? name)
        }
    }

    let ruleBase: RuleBase
    /// Flat tables for the one-pass reader, read through pointers (nothing to retain or
    /// bounds-check per byte).
    let tables: Tables

    init(ruleBase: RuleBase) {
        self.ruleBase = ruleBase
        self.tables = Tables(ruleBase: ruleBase)
    }

    /// Reads a record into `profile` (which is cleared first). `readable` bytes from
    /// the record's start may be read (at least the record's; more lets the one-pass
    /// reader compare sixteen bytes at a time up to the record's last byte), though
    /// only the record's bytes count.
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, readable: Int? = nil, record: RecordSplitter.Record,
        into profile: inout Profile,
        passThrough: inout PassThrough
    ) throws(Failure) {
        profile.removeAll()
        passThrough = PassThrough()
        let limit = max(bytes.count, readable ?? 0)
        let done = profile.values.withUnsafeMutableBufferPointer { values in
            fastRead(bytes, limit: limit, into: values, passThrough: &passThrough)
        }
        if done { return }
        // What the one-pass reader found before it gave up stays, as values.
        passThrough = passThrough.resolved(in: bytes)
        profile.removeAll()
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes, baseLine: record.line, baseOffset: record.offset)
        } catch {
            let column = error.line == record.line ? error.column + record.column - 1 : error.column
            throw Failure(message: error.message, line: error.line, column: column)
        }
        passThrough.id = json["id"]
        passThrough.name = json["name"]
        do {
            profile = try ruleBase.profile(fromJSON: json)
        } catch {
            throw Failure(message: error.message, line: record.line, column: record.column)
        }
    }

}
