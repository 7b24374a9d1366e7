/// Splits CSV or TSV input into rows, as ``RecordSplitter`` splits JSON: chunk by chunk,
/// in constant memory, a row cut by the end of a chunk resumed where its scan stopped.
///
/// Rows end with a line feed (a carriage return before it is dropped); a field that
/// starts with `"` is quoted (RFC 4180): it may hold separators, line breaks and `""`
/// for a quote. The first row is the header (read apart, see ``SpreadsheetHeader``)
/// and is skipped, as are empty rows and a UTF-8 byte-order mark at the start.
struct SpreadsheetRows: Sendable {
    /// The field separator.
    let separator: UInt8
    /// Whether the header row was passed.
    var headerSkipped = false
    /// Whether a byte-order mark was looked for.
    var markChecked = false
    /// The number of rows found so far.
    var count = 0
    /// Absolute offset of the next buffer's first byte.
    var baseOffset = 0
    /// The line of the next buffer's first byte.
    var baseLine = 1
    /// The scan of the row cut by the end of the last buffer: bytes scanned, whether
    /// inside a quoted field, whether at a field's start, line breaks inside quotes.
    var scanned = 0
    var inQuotes = false
    var atFieldStart = true
    var quotedBreaks = 0
    /// True while the bytes of a row longer than the limit are skipped.
    var skipping = false

    /// Scans `buffer` and appends its complete rows to `records`; returns the bytes
    /// consumed (all of them at the end of the input).
    mutating func split(
        _ buffer: UnsafeBufferPointer<UInt8>, isEnd: Bool, maxRecordSize: Int,
        tooLong: String, into records: inout [RecordSplitter.Record]
    ) -> Int {
        var position = 0
        if !markChecked {
            guard buffer.count >= 3 || isEnd else { return 0 }
            markChecked = true
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
                position = 3
            }
        }
        var index = position + scanned
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let separator = self.separator
        // The scan's state in locals, stored back around each row's end.
        var inQuotes = self.inQuotes
        var atFieldStart = self.atFieldStart
        var quotedBreaks = self.quotedBreaks
        while index < buffer.count {
            if !inQuotes && index == position {
                // A row's first byte: its line feed, found eight bytes at a time, ends it
                // at once when no quote comes before it (else it is read byte by byte).
                let found = SpreadsheetRows.breakOrQuote(buffer, from: index)
                if found == buffer.count {
                    atFieldStart = found == position || buffer[found - 1] == separator
                    index = found
                    break
                }
                if buffer[found] == newline {
                    self.quotedBreaks = 0
                    endRow(buffer, position..<found, maxRecordSize, tooLong, &records)
                    position = found + 1
                    index = found + 1
                    continue
                }
            }
            let byte = buffer[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 == buffer.count && !isEnd { break }  // `""` or the end?
                    if index + 1 < buffer.count && buffer[index + 1] == quote {
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else if byte == newline {
                    quotedBreaks += 1
                }
            } else if byte == newline {
                self.quotedBreaks = quotedBreaks
                endRow(buffer, position..<index, maxRecordSize, tooLong, &records)
                quotedBreaks = 0
                atFieldStart = true
                position = index + 1
                index += 1
                continue
            } else if byte == separator {
                atFieldStart = true
                index += 1
                continue
            } else if byte == quote && atFieldStart {
                inQuotes = true
            }
            atFieldStart = false
            index += 1
        }
        self.inQuotes = inQuotes
        self.atFieldStart = atFieldStart
        self.quotedBreaks = quotedBreaks
        if isEnd {
            if position < buffer.count || skipping {
                let unterminated = inQuotes
                endRow(buffer, position..<buffer.count, maxRecordSize, tooLong, &records)
                if unterminated, let last = records.indices.last,
                    records[last].structuralError == nil
                {
                    records[last].structuralError =
                        "the input ended inside a quoted field; expected a closing '\"'"
                }
            }
            advance(buffer.count)
            return buffer.count
        }
        if index - position > maxRecordSize {
            // Too long: its bytes are dropped as they come; its error ends it.
            skipping = true
            position = index
        }
        scanned = index - position
        advance(position)
        return position
    }

    /// The index of the first line feed or quote from `start`, or the buffer's count.
    @inline(__always)
    static func breakOrQuote(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high = ones &* 0x80
        var index = start
        let base = UnsafeRawPointer(buffer.baseAddress!)
        while index + 8 <= buffer.count {
            let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            let breaks = word ^ (ones &* 0x0A)
            let quotes = word ^ (ones &* 0x22)
            // A zero byte in either: the first one found is exact.
            let hits = (((breaks &- ones) & ~breaks) | ((quotes &- ones) & ~quotes)) & high
            if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < buffer.count {
            if buffer[index] == 0x0A || buffer[index] == 0x22 { return index }
            index += 1
        }
        return buffer.count
    }

    /// Moves the base past `consumed` bytes.
    private mutating func advance(_ consumed: Int) {
        baseOffset += consumed
    }

    /// Ends the row of `range` (its line break excluded): a record, unless it is the
    /// header or empty.
    private mutating func endRow(
        _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ maxRecordSize: Int,
        _ tooLong: String, _ records: inout [RecordSplitter.Record]
    ) {
        var end = range.upperBound
        if end > range.lowerBound && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = baseLine
        baseLine += quotedBreaks + 1
        quotedBreaks = 0
        scanned = 0
        inQuotes = false
        atFieldStart = true
        let wasSkipping = skipping
        skipping = false
        if !headerSkipped {
            headerSkipped = true
            return
        }
        guard end > range.lowerBound || wasSkipping else { return }
        count += 1
        let offset = baseOffset + range.lowerBound
        if wasSkipping || end - range.lowerBound > maxRecordSize {
            records.append(
                RecordSplitter.Record(
                    range: range.lowerBound..<range.lowerBound, number: count, line: line,
                    column: 1, offset: offset, structuralError: tooLong))
            return
        }
        records.append(
            RecordSplitter.Record(
                range: range.lowerBound..<end, number: count, line: line, column: 1,
                offset: offset, structuralError: nil))
    }
}
