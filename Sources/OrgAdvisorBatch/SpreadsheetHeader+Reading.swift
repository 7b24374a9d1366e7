/// The header row found and split at the start of CSV or TSV input.
extension SpreadsheetHeader {
    /// The length of the first row at the start of `bytes` (a byte-order mark, the row
    /// and its line break), or nil when `bytes` ends inside it.
    public static func headerLength(_ bytes: [UInt8], separator: UInt8) -> Int? {
        var inQuotes = false
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var atFieldStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                        index += 1
                    } else {
                        inQuotes = false
                    }
                }
            } else if byte == UInt8(ascii: "\n") {
                return index + 1
            } else if byte == UInt8(ascii: "\"") && atFieldStart {
                inQuotes = true
            }
            atFieldStart = !inQuotes && byte == separator
            index += 1
        }
        return nil
    }

    /// The cells of a header row (a byte-order mark and the line break may be included),
    /// quoted fields unquoted.
    ///
    /// - Throws: ``Failure`` for text after a closing quote or a quote never closed.
    public static func cells(ofRow row: [UInt8], separator: UInt8) throws(Failure) -> [String] {
        var bytes = row[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.last == UInt8(ascii: "\n") { bytes = bytes.dropLast() }
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        var cells: [String] = []
        var index = bytes.startIndex
        while true {
            var cell: [UInt8] = []
            if index < bytes.endIndex && bytes[index] == UInt8(ascii: "\"") {
                index += 1
                while true {
                    guard index < bytes.endIndex else {
                        throw Failure(
                            message: "the header's quoted field \(cells.count + 1) is not closed",
                            column: cells.count + 1)
                    }
                    if bytes[index] == UInt8(ascii: "\"") {
                        if index + 1 < bytes.endIndex && bytes[index + 1] == UInt8(ascii: "\"") {
                            cell.append(UInt8(ascii: "\""))
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    cell.append(bytes[index])
                    index += 1
                }
                if index < bytes.endIndex && bytes[index] != separator {
                    throw Failure(
                        message: "unexpected text after the closing quote of the header's field"
                            + " \(cells.count + 1)",
                        column: cells.count + 1)
                }
            } else {
                while index < bytes.endIndex && bytes[index] != separator {
                    cell.append(bytes[index])
                    index += 1
                }
            }
            cells.append(String(decoding: cell, as: UTF8.self))
            guard index < bytes.endIndex else { return cells }
            index += 1
        }
    }
}
