import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// CSV and TSV rows read into profiles: one cell per column of the header, values
/// spelt as in JSON records (looked up by the one-pass reader's tables first, else read
/// by `RuleBase.parse(_:for:)`, which gives the same errors), empty cells unknown.
extension ProfileRecordReader {
    /// Reads a row (its bytes, without the line break) into `profile`, `id` and `name`
    /// into `passThrough`. `scratch` is reused for unquoted cells and lookups.
    ///
    /// - Throws: ``Failure`` naming the line and the column (the field's number) of a
    ///   bad cell, a row with more fields than the header, or a broken quoted field.
    func readRow(
        _ bytes: UnsafeBufferPointer<UInt8>, header: SpreadsheetHeader,
        record: RecordSplitter.Record, into profile: inout Profile,
        passThrough: inout PassThrough, scratch: inout [UInt8]
    ) throws(Failure) {
        profile.removeAll()
        passThrough = PassThrough()
        let quote = UInt8(ascii: "\"")
        var index = 0
        var field = 0
        var line = record.line
        while true {
            field += 1
            // The field's text after a quote (room to look it up as a JSON string): its
            // bytes, or (quoted) its contents with `""` made `"`.
            scratch.removeAll(keepingCapacity: true)
            scratch.append(quote)
            let fieldLine = line
            if index < bytes.count && bytes[index] == quote {
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw Failure(
                            message: "quoted field \(field) is not closed; expected a closing '\"'",
                            line: fieldLine, column: field)
                    }
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count && bytes[index + 1] == quote {
                            scratch.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    scratch.append(byte)
                    index += 1
                }
                if index < bytes.count && bytes[index] != header.separator {
                    throw Failure(
                        message: "unexpected text after the closing quote of field \(field); a"
                            + " quote inside a quoted field is written twice (\"\")",
                        line: line, column: field)
                }
            } else {
                while index < bytes.count && bytes[index] != header.separator {
                    scratch.append(bytes[index])
                    index += 1
                }
            }
            guard field <= header.columns.count else {
                if scratch.dropFirst().allSatisfy({ $0 == UInt8(ascii: " ") })
                    && index >= bytes.count
                {
                    break  // a trailing empty field, as some spreadsheets write
                }
                throw Failure(
                    message: "row has more fields than the header's \(header.columns.count)"
                        + " columns",
                    line: fieldLine, column: field)
            }
            try readCell(
                &scratch, column: header.columns[field - 1], field: field, line: fieldLine,
                into: &profile, passThrough: &passThrough)
            guard index < bytes.count else { break }
            index += 1  // the separator
        }
    }

    /// Reads one cell's text (in `cell` after its first byte) into the profile or the
    /// pass-through values.
    private func readCell(
        _ cell: inout [UInt8], column: SpreadsheetHeader.Column, field: Int, line: Int,
        into profile: inout Profile, passThrough: inout PassThrough
    ) throws(Failure) {
        switch column {
        case .ignored:
            return
        case .id, .name:
            guard cell.count > 1 else { return }
            let text = JSONValue.string(String(decoding: cell[1...], as: UTF8.self))
            if column == .id { passThrough.id = text } else { passThrough.name = text }
        case .criterion(let index):
            var first = 1
            var last = cell.count
            while first < last && cell[first] == UInt8(ascii: " ") { first += 1 }
            while last > first && cell[last - 1] == UInt8(ascii: " ") { last -= 1 }
            guard first < last else { return }  // empty: unknown
            let criterion = ruleBase.criteria[index]
            if let value = quickValue(&cell, first..<last, criterion: criterion) {
                profile.values[index] = value
                return
            }
            do {
                profile.values[index] = try ruleBase.parse(
                    String(decoding: cell[first..<last], as: UTF8.self), for: criterion)
            } catch {
                throw Failure(message: error.description, line: line, column: field)
            }
        }
    }

    /// A cell's value without making a string: a listed value by the one-pass reader's
    /// spelling tables, a whole number within the range; nil when the strict path must
    /// decide (it then gives the value or the error). The bytes of `cell` outside
    /// `range` may be changed (`range` starts after its first byte).
    private func quickValue(
        _ cell: inout [UInt8], _ range: Range<Int>, criterion: Criterion
    ) -> Double? {
        if criterion.kind.isEnumerated {
            // The tables read JSON strings: the cell between quotes, when it needs no
            // escape, with room after it for reading eight bytes at a time.
            guard onePass,
                !cell[range].contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C })
            else { return nil }
            cell[range.lowerBound - 1] = 0x22
            cell.removeSubrange(range.upperBound...)
            cell.append(0x22)
            cell.append(contentsOf: repeatElement(0, count: 16))
            let value = cell.withUnsafeBufferPointer { buffer in
                var index = 0
                return spelledValue(
                    buffer.baseAddress! + (range.lowerBound - 1), &index, range.count + 2,
                    limit: buffer.count - (range.lowerBound - 1), criterion: criterion.index)
            }
            return value >= 0 ? Double(value) : nil
        }
        var position = range.lowerBound
        let negative = cell[position] == UInt8(ascii: "-")
        if negative || cell[position] == UInt8(ascii: "+") { position += 1 }
        guard position < range.upperBound, range.upperBound - position <= 15 else { return nil }
        var whole: Int64 = 0
        while position < range.upperBound {
            let digit = cell[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            whole = whole * 10 + Int64(digit)
            position += 1
        }
        let value = negative ? -Double(whole) : Double(whole)
        if let minimum = criterion.minimum, value < minimum { return nil }
        if let maximum = criterion.maximum, value > maximum { return nil }
        return value
    }
}
