import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Reads one batch record (a JSON object of criteria) straight into a profile.
///
/// A flat object of strings and numbers is read in one pass over the bytes without
/// building a JSON tree: value ids, labels and aliases in either language in any case,
/// with or without accents, escaped or not (``SpellingTable``), numbers. Anything else
/// (nested values, a duplicate key, any error, a value the one-pass reader cannot tell)
/// goes through the strict ``JSONParser`` and ``RuleBase/profile(fromJSON:)``, so that
/// errors are always the same, exact messages, and the profile, `id` and `name` are
/// what the strict path alone reads; a record that is not valid JSON keeps the `id` and
/// `name` the strict parser read whole before its error
/// (``salvaged(_:before:at:)``), however far the one-pass reader read.
struct ProfileRecordReader {
    /// Where an error is, relative to the whole input.
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// The record's `id` and `name`: as JSON values, or, from the one-pass reader, as
    /// the ranges of their bytes in the record: a string with its quotes (its escapes as
    /// written when `idEscaped` or `nameEscaped`, else its serialized form) or a number
    /// as written.
    struct PassThrough {
        var id: JSONValue?
        var name: JSONValue?
        var idBytes: Range<Int>?
        var nameBytes: Range<Int>?
        var idEscaped = false
        var nameEscaped = false

        /// The same with every value as a ``JSONValue``.
        func resolved(in bytes: UnsafeBufferPointer<UInt8>) -> PassThrough {
            func value(_ range: Range<Int>, escaped: Bool) -> JSONValue {
                if bytes[range.lowerBound] == UInt8(ascii: "\"") {
                    guard !escaped else {
                        return .string(
                            ProfileRecordReader.decodedString(
                                bytes.baseAddress!, range.lowerBound + 1, range.upperBound - 1))
                    }
                    let text = UnsafeBufferPointer(
                        rebasing: bytes[range.lowerBound + 1..<range.upperBound - 1])
                    return .string(String(decoding: text, as: UTF8.self))
                }
                return .number(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return PassThrough(
                id: idBytes.map { value($0, escaped: idEscaped) } ?? id,
                name: nameBytes.map { value($0, escaped: nameEscaped) } ?? name)
        }
    }

    /// How a record was read.
    enum Path: Equatable {
        /// By the one-pass reader alone.
        case onePass
        /// By the strict parser (the one-pass reader could not, or was not used).
        case strict
    }

    let ruleBase: RuleBase
    /// Flat tables for the one-pass reader, read through pointers (nothing to retain or
    /// bounds-check per byte).
    let tables: Tables
    /// Whether the one-pass reader is tried first (false: the strict path only, which
    /// tests compare it with).
    let onePass: Bool

    init(ruleBase: RuleBase, onePass: Bool = true) {
        self.ruleBase = ruleBase
        self.tables = Tables(ruleBase: ruleBase)
        self.onePass = onePass
    }

    /// Reads a record into `profile` (which is cleared first). `readable` bytes from
    /// the record's start may be read (at least the record's; more lets the one-pass
    /// reader compare sixteen bytes at a time up to the record's last byte), though
    /// only the record's bytes count. Returns the path that read it.
    @discardableResult
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, readable: Int? = nil, record: RecordSplitter.Record,
        into profile: inout Profile,
        passThrough: inout PassThrough
    ) throws(Failure) -> Path {
        profile.removeAll()
        passThrough = PassThrough()
        let limit = max(bytes.count, readable ?? 0)
        let done =
            onePass
            && profile.values.withUnsafeMutableBufferPointer { values in
                fastRead(bytes, limit: limit, into: values, passThrough: &passThrough)
            }
        if done { return .onePass }
        // Nothing the one-pass reader found before it gave up stays.
        passThrough = PassThrough()
        profile.removeAll()
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes, baseLine: record.line, baseOffset: record.offset)
        } catch {
            passThrough = ProfileRecordReader.salvaged(
                bytes, before: error.offset - record.offset, at: record.offset)
            let column = error.line == record.line ? error.column + record.column - 1 : error.column
            throw Failure(message: error.message, line: error.line, column: column)
        }
        passThrough.id = json["id"]
        passThrough.name = json["name"]
        do {
            profile = try ruleBase.profile(fromJSON: json)
        } catch {
            let (line, column) = position(of: error, in: bytes, record: record)
            throw Failure(message: error.message, line: line, column: column)
        }
        return .strict
    }

}
