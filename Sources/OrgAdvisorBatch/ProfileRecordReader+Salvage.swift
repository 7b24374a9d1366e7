import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The `id` and `name` of a record that is not valid JSON, for its error result.
extension ProfileRecordReader {
    /// The `id` and `name` members of the record's object that the strict parser read
    /// whole before the place of its error (`end`, an offset in the record): the first
    /// of each, each value as the strict parser reads it. The same whichever path read
    /// the record, so that error results do not depend on how far the one-pass reader
    /// went.
    static func salvaged(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, at offset: Int)
        -> PassThrough
    {
        var passThrough = PassThrough()
        guard let base = bytes.baseAddress else { return passThrough }
        let end = min(end, bytes.count)
        var index =
            offset == 0 && bytes.starts(with: UTF8Validation.byteOrderMark)
            ? UTF8Validation.byteOrderMark.count : 0
        skipSpace(base, &index, end)
        guard index < end, base[index] == UInt8(ascii: "{") else { return passThrough }
        index += 1
        while true {
            skipSpace(base, &index, end)
            guard index < end, base[index] == UInt8(ascii: "\""),
                let key = checkedStringEnd(base, index + 1, end)
            else { return passThrough }
            let name = decodedString(base, index + 1, key.end)
            index = key.end + 1
            skipSpace(base, &index, end)
            guard index < end, base[index] == UInt8(ascii: ":") else { return passThrough }
            index += 1
            skipSpace(base, &index, end)
            let start = index
            guard let valueEnd = valueEnd(base, start, end) else { return passThrough }
            index = valueEnd
            if (name == "id" && passThrough.id == nil)
                || (name == "name" && passThrough.name == nil)
            {
                let value = try? JSONParser.parse(
                    UnsafeBufferPointer(rebasing: bytes[start..<valueEnd]), baseOffset: 1)
                if name == "id" { passThrough.id = value } else { passThrough.name = value }
            }
            skipSpace(base, &index, end)
            guard index < end, base[index] == UInt8(ascii: ",") else { return passThrough }
            index += 1
        }
    }

    /// Where the JSON value at `start` ends, if it ends before `end` (or at `end`, for
    /// a number or literal): a string, an array or object (brackets counted, strings
    /// skipped), or a number or literal (up to the next delimiter). The value is not
    /// checked: the strict parser reads it again.
    static func valueEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var index = start
        var depth = 0
        while index < end {
            switch base[index] {
            case UInt8(ascii: "\""):
                guard let string = checkedStringEnd(base, index + 1, end) else { return nil }
                index = string.end + 1
                if depth == 0 { return index }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return index }
                depth -= 1
                index += 1
                if depth == 0 { return index }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return index }
                index += 1
            default:
                index += 1
            }
        }
        return depth == 0 && index > start ? index : nil
    }
}
