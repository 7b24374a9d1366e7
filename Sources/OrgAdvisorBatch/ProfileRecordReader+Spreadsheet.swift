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
        // Room for any cell of the row after a quote, and for reading past its end.
        if scratch.count < bytes.count + 32 {
            scratch = [UInt8](repeating: 0, count: bytes.count + 64)
        }
        try scratch.withUnsafeMutableBufferPointer { (cell) throws(Failure) in
            try profile.values.withUnsafeMutableBufferPointer { (values) throws(Failure) in
                try readRow(
                    bytes, header: header, line: record.line, cell: cell, values: values,
                    passThrough: &passThrough)
            }
        }
    }

    /// ``readRow(_:header:record:into:passThrough:scratch:)`` with the profile's values
    /// and room for a cell (its text goes after a quote at `cell[0]`).
    private func readRow(
        _ bytes: UnsafeBufferPointer<UInt8>, header: SpreadsheetHeader, line start: Int,
        cell: UnsafeMutableBufferPointer<UInt8>, values: UnsafeMutableBufferPointer<Double>,
        passThrough: inout PassThrough
    ) throws(Failure) {
        let quote = UInt8(ascii: "\"")
        let separator = header.separator
        var index = 0
        var field = 0
        var line = start
        cell[0] = quote
        while true {
            field += 1
            // The field's text after the quote: its bytes, or (quoted) its contents
            // with `""` made `"`.
            var length = 1
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
                            cell[length] = quote
                            length += 1
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    cell[length] = byte
                    length += 1
                    index += 1
                }
                if index < bytes.count && bytes[index] != separator {
                    throw Failure(
                        message: "unexpected text after the closing quote of field \(field); a"
                            + " quote inside a quoted field is written twice (\"\")",
                        line: line, column: field)
                }
            } else {
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == separator { break }
                    cell[length] = byte
                    length += 1
                    index += 1
                }
            }
            guard field <= header.columns.count else {
                if index >= bytes.count && cell[1..<length].allSatisfy({ $0 == UInt8(ascii: " ") })
                {
                    break  // a trailing empty field, as some spreadsheets write
                }
                throw Failure(
                    message: "row has more fields than the header's \(header.columns.count)"
                        + " columns",
                    line: fieldLine, column: field)
            }
            try readCell(
                cell, length, column: header.columns[field - 1], field: field, line: fieldLine,
                header: header, values: values, passThrough: &passThrough)
            guard index < bytes.count else { break }
            index += 1  // the separator
        }
    }

    /// Reads one cell's text (`cell[1..<length]`) into the profile's values or the
    /// pass-through values.
    private func readCell(
        _ cell: UnsafeMutableBufferPointer<UInt8>, _ length: Int,
        column: SpreadsheetHeader.Column, field: Int, line: Int, header: SpreadsheetHeader,
        values: UnsafeMutableBufferPointer<Double>, passThrough: inout PassThrough
    ) throws(Failure) {
        switch column {
        case .ignored:
            return
        case .id, .name:
            guard length > 1 else { return }
            let text = JSONValue.string(
                String(decoding: UnsafeBufferPointer(rebasing: cell[1..<length]), as: UTF8.self))
            if column == .id { passThrough.id = text } else { passThrough.name = text }
        case .criterion(let index):
            var first = 1
            var last = length
            while first < last && cell[first] == UInt8(ascii: " ") { first += 1 }
            while last > first && cell[last - 1] == UInt8(ascii: " ") { last -= 1 }
            guard first < last else { return }  // empty: unknown
            let limits = header.limits[index]
            if let value = quickValue(cell, first..<last, criterion: index, limits) {
                values[index] = value
                return
            }
            do {
                values[index] = try ruleBase.parse(
                    String(
                        decoding: UnsafeBufferPointer(rebasing: cell[first..<last]), as: UTF8.self),
                    for: ruleBase.criteria[index])
            } catch {
                throw Failure(message: error.description, line: line, column: field)
            }
        }
    }

    /// A cell's value without making a string: a listed value by the one-pass reader's
    /// spelling tables, a whole number within the range; nil when the strict path must
    /// decide (it then gives the value or the error). The bytes of `cell` just before
    /// and after `range` are changed.
    private func quickValue(
        _ cell: UnsafeMutableBufferPointer<UInt8>, _ range: Range<Int>, criterion: Int,
        _ limits: SpreadsheetHeader.Limits
    ) -> Double? {
        if limits.isEnumerated {
            // The tables read JSON strings: the cell between quotes, when it needs no
            // escape (the room after it is read eight bytes at a time, and masked).
            guard onePass else { return nil }
            for position in range {
                let byte = cell[position]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return nil }
            }
            cell[range.lowerBound - 1] = 0x22
            cell[range.upperBound] = 0x22
            var index = 0
            let value = spelledValue(
                UnsafePointer(cell.baseAddress! + (range.lowerBound - 1)), &index,
                range.count + 2, limit: cell.count - (range.lowerBound - 1), criterion: criterion)
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
        guard value >= limits.minimum && value <= limits.maximum else { return nil }
        return value
    }
}
