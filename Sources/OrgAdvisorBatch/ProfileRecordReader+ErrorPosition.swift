import OrgAdvisorEngine
import OrgAdvisorRules

/// Where in a record a profile error is: the key that failed (an unknown criterion) or
/// its value (an invalid value, a number out of range, a value of the wrong kind).
extension ProfileRecordReader {
    /// The line and byte column, in the whole input, of what `error` is about in the
    /// record's `bytes`; the record's start when the error names no key or the key is
    /// not found.
    func position(
        of error: ProfileJSONError, in bytes: UnsafeBufferPointer<UInt8>,
        record: RecordSplitter.Record
    ) -> (line: Int, column: Int) {
        guard let offset = offset(of: error, in: bytes) else {
            return (record.line, record.column)
        }
        var line = record.line
        var lineStart: Int?
        for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        guard let lineStart else { return (line, record.column + offset) }
        return (line, offset - lineStart + 1)
    }

    /// The byte offset in the record of the key (unknown criterion) or of the value
    /// (any other error about one key) that `error` is about.
    private func offset(of error: ProfileJSONError, in bytes: UnsafeBufferPointer<UInt8>)
        -> Int?
    {
        let matches: (String) -> Bool
        let atKey: Bool
        switch error.reason {
        case .unknownCriterion(let key, _)?:
            (matches, atKey) = ({ $0 == key }, true)
        case .wrongKind(let key, _, _)?, .numberTooLarge(let key, _)?:
            (matches, atKey) = ({ $0 == key }, false)
        case .value(let failure)?:
            guard let id = failure.criterionID else { return nil }
            (matches, atKey) = ({ ruleBase.criterion($0)?.id == id }, false)
        case .notAnObject?, nil:
            return nil
        }
        for member in TopLevelMembers.scan(bytes) {
            let keyBytes = UnsafeBufferPointer(rebasing: bytes[member.key])
            guard case .string(let key)? = try? JSONParser.parse(keyBytes) else { continue }
            if matches(key) { return atKey ? member.key.lowerBound : member.value }
        }
        return nil
    }
}

extension ProfileError {
    /// The criterion the error is about, if it is about one.
    fileprivate var criterionID: String? {
        switch self {
        case .invalidValue(let criterion, _, _, _), .notANumber(let criterion, _),
            .notAWholeNumber(let criterion, _), .outOfRange(let criterion, _, _),
            .invalidWeight(let criterion, _):
            return criterion
        case .unknownCriterion, .weightsTooLarge:
            return nil
        }
    }
}

/// The members of a JSON object's top level, found by a small scanner over bytes that
/// the strict parser has already accepted: each key's bytes (with its quotes) and where
/// its value starts.
private enum TopLevelMembers {
    struct Member {
        var key: Range<Int>
        var value: Int
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Member] {
        var members: [Member] = []
        var index = skipSpace(bytes, from: 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return [] }
        index += 1
        while true {
            index = skipSpace(bytes, from: index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { break }
            let keyStart = index
            index = endOfString(bytes, from: index)
            let key = keyStart..<index
            index = skipSpace(bytes, from: index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { break }
            index = skipSpace(bytes, from: index + 1)
            members.append(Member(key: key, value: index))
            index = endOfValue(bytes, from: index)
            index = skipSpace(bytes, from: index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { break }
            index += 1
        }
        return members
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D
                || bytes[index] == 0x09
        {
            index += 1
        }
        return index
    }

    /// The index after the string starting at `start` (its opening quote).
    private static func endOfString(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            index += 1
            if bytes[index - 1] == UInt8(ascii: "\"") { break }
        }
        return min(index, bytes.count)
    }

    /// The index after the value starting at `start`: a string, a nested object or array
    /// (strings inside skipped whole), or a scalar up to the next `,`, `}` or `]`.
    private static func endOfValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index = endOfString(bytes, from: index)
                if depth == 0 { return index }
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                if depth == 0 { return index }
                depth -= 1
                if depth == 0 { return index + 1 }
            } else if byte == UInt8(ascii: ","), depth == 0 {
                return index
            }
            index += 1
        }
        return index
    }
}
