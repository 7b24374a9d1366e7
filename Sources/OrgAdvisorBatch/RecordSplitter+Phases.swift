import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension RecordSplitter {
    /// A position in the buffer being split, with its line.
    struct Cursor {
        let buffer: UnsafeBufferPointer<UInt8>
        let isEnd: Bool
        var position = 0
        var line: Int
        /// Where the current line starts (negative: before the buffer).
        var lineStart: Int

        init(buffer: UnsafeBufferPointer<UInt8>, isEnd: Bool, line: Int, lineStart: Int) {
            self.buffer = buffer
            self.isEnd = isEnd
            self.line = line
            self.lineStart = lineStart
        }

        var atEnd: Bool { position >= buffer.count }

        mutating func advanceLines(to end: Int) {
            var index = position
            while index < end {
                if buffer[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            position = end
        }

        mutating func skipSpace() {
            var end = position
            while end < buffer.count && RecordSplitter.isSpace(buffer[end]) { end += 1 }
            advanceLines(to: end)
        }

        /// The byte at `index` for messages.
        func shown(_ index: Int) -> String {
            guard index < buffer.count else { return "the end of the input" }
            let byte = buffer[index]
            return byte >= 0x20 && byte < 0x7F
                ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
        }
    }

    /// A new record starting at `range.lowerBound` (at the cursor's line).
    mutating func record(_ range: Range<Int>, _ cursor: Cursor, error: String? = nil) -> Record {
        count += 1
        return Record(
            range: range, number: count, line: cursor.line,
            column: range.lowerBound - cursor.lineStart + 1,
            offset: baseOffset + range.lowerBound, structuralError: error)
    }

    /// Records that the input ended at the cursor inside an array or the wrapper object,
    /// and reports it as an error record.
    mutating func truncated(_ message: String, _ cursor: Cursor, into records: inout [Record]) {
        truncation = Truncation(
            message: message, line: cursor.line,
            column: cursor.position - cursor.lineStart + 1)
        records.append(record(cursor.position..<cursor.position, cursor, error: message))
        phase = .done
    }

    /// Splits the buffer of `cursor` from its position, phase by phase.
    mutating func run(_ cursor: inout Cursor, into records: inout [Record]) {
        while true {
            if scan.active && shape != .jsonLines {
                guard takeValue(&cursor, into: &records) else { return }
                continue
            }
            let more: Bool
            switch phase {
            case .detect: more = detect(&cursor)
            case .openArray: more = openArray(&cursor, into: &records)
            case .beforeElement(let afterComma):
                if shape == .jsonLines {
                    splitLines(&cursor, into: &records)
                    return
                }
                more = beforeElement(&cursor, afterComma: afterComma, into: &records)
            case .afterElement: more = afterElement(&cursor, into: &records)
            case .afterArray: more = afterArray(&cursor, into: &records)
            case .done:
                cursor.advanceLines(to: cursor.buffer.count)
                return
            }
            if !more { return }
        }
    }

    /// Finds the shape from the first bytes (after a UTF-8 byte-order mark at the very
    /// start of the input, which is skipped); false when more input is needed.
    mutating func detect(_ cursor: inout Cursor) -> Bool {
        let buffer = cursor.buffer
        if baseOffset + cursor.position == 0 {
            let mark = UTF8Validation.byteOrderMark
            let available = min(3, buffer.count)
            if zip(buffer[0..<available], mark).allSatisfy({ $0 == $1 }) {
                if available < 3 && !cursor.isEnd { return false }
                if available == 3 { cursor.advanceLines(to: 3) }
            }
        }
        cursor.skipSpace()
        guard !cursor.atEnd else { return false }
        let position = cursor.position
        if buffer[position] == UInt8(ascii: "[") {
            shape = .array
            phase = .openArray
        } else if buffer[position] == UInt8(ascii: "{") {
            // `{"profiles"` starts the wrapper object; anything else is JSON Lines.
            var index = position + 1
            while index < buffer.count && RecordSplitter.isSpace(buffer[index]) { index += 1 }
            let key = Array("\"profiles\"".utf8)
            // Waits for the key, but not past the longest record.
            if buffer.count - index < key.count && !cursor.isEnd
                && buffer.count - position <= maxRecordSize
            {
                return false
            }
            let isWrapper =
                buffer.count - index >= key.count
                && zip(buffer[index..<index + key.count], key).allSatisfy { $0 == $1 }
            shape = isWrapper ? .wrappedArray : .jsonLines
            phase = isWrapper ? .openArray : .beforeElement(afterComma: false)
        } else {
            shape = .jsonLines
            phase = .beforeElement(afterComma: false)
        }
        return true
    }

    /// Reads `[` or `{"profiles": [`; false when more input is needed or it failed.
    mutating func openArray(_ cursor: inout Cursor, into records: inout [Record]) -> Bool {
        cursor.skipSpace()
        let buffer = cursor.buffer
        if shape == .wrappedArray {
            // { "profiles" : [
            var index = cursor.position
            func skip() {
                while index < buffer.count && RecordSplitter.isSpace(buffer[index]) { index += 1 }
            }
            var ok = index < buffer.count && buffer[index] == UInt8(ascii: "{")
            index += 1
            skip()
            index += 10  // "profiles"
            skip()
            ok = ok && index < buffer.count && buffer[index] == UInt8(ascii: ":")
            index += 1
            skip()
            if index >= buffer.count && !cursor.isEnd
                && buffer.count - cursor.position <= maxRecordSize
            {
                return false
            }
            ok = ok && index < buffer.count && buffer[index] == UInt8(ascii: "[")
            if !ok {
                let message =
                    "expected '{\"profiles\": [' at the start, found \(cursor.shown(index))"
                if index >= buffer.count && cursor.isEnd {
                    cursor.advanceLines(to: buffer.count)
                    truncated(
                        "input ended before the profiles array; expected '{\"profiles\": ['",
                        cursor, into: &records)
                    return false
                }
                records.append(record(cursor.position..<buffer.count, cursor, error: message))
                cursor.advanceLines(to: buffer.count)
                phase = .done
                return false
            }
            cursor.advanceLines(to: index + 1)
        } else {
            guard !cursor.atEnd else { return false }
            cursor.advanceLines(to: cursor.position + 1)  // the '['
        }
        phase = .beforeElement(afterComma: false)
        return true
    }

    /// One record per non-blank line, resuming the scan of a line cut by the last buffer.
    mutating func splitLines(_ cursor: inout Cursor, into records: inout [Record]) {
        let buffer = cursor.buffer
        while !cursor.atEnd {
            let position = cursor.position
            if !scan.active { scan = ValueScan(start: baseOffset + position) }
            let end = RecordSplitter.newline(
                in: buffer, from: max(position, scan.next - baseOffset))
            if end == buffer.count && !cursor.isEnd {
                scan.next = baseOffset + end
                if !skipping && baseOffset + end - scan.start > maxRecordSize {
                    records.append(record(position..<position, cursor, error: tooLongMessage))
                    skipping = true
                }
                // The rest of a line too long is consumed, not held.
                if skipping { cursor.advanceLines(to: buffer.count) }
                return
            }
            scan.active = false
            if skipping {
                skipping = false
            } else {
                var last = end
                if last > position && buffer[last - 1] == 0x0D { last -= 1 }
                var first = position
                while first < last && RecordSplitter.isSpace(buffer[first]) { first += 1 }
                if first < last {
                    records.append(
                        last - position > maxRecordSize
                            ? record(position..<position, cursor, error: tooLongMessage)
                            : record(position..<last, cursor))
                }
            }
            if end < buffer.count {
                cursor.line += 1
                cursor.lineStart = end + 1
                cursor.position = end + 1
            } else {
                cursor.position = end
            }
        }
        if cursor.isEnd { phase = .done }
    }

    /// Before an array element: `]` or a value; false when more input is needed.
    mutating func beforeElement(
        _ cursor: inout Cursor, afterComma: Bool, into records: inout [Record]
    ) -> Bool {
        cursor.skipSpace()
        guard !cursor.atEnd else {
            if cursor.isEnd {
                truncated(
                    "input ended inside the array; expected "
                        + (afterComma ? "a profile" : "a profile or ']'"), cursor, into: &records)
            }
            return false
        }
        if cursor.buffer[cursor.position] == UInt8(ascii: "]") {
            if afterComma {
                records.append(
                    record(
                        cursor.position..<cursor.position, cursor,
                        error: "expected a profile after ',', found ']'"))
            }
            cursor.advanceLines(to: cursor.position + 1)
            phase = .afterArray
            return true
        }
        scan = ValueScan(start: baseOffset + cursor.position)
        return takeValue(&cursor, into: &records)
    }

    /// After an array element: `,`, `]` or (a missing comma) the next value.
    mutating func afterElement(_ cursor: inout Cursor, into records: inout [Record]) -> Bool {
        cursor.skipSpace()
        guard !cursor.atEnd else {
            if cursor.isEnd {
                truncated(
                    "input ended inside the array; expected ',' or ']'", cursor, into: &records)
            }
            return false
        }
        switch cursor.buffer[cursor.position] {
        case UInt8(ascii: ","):
            cursor.advanceLines(to: cursor.position + 1)
            phase = .beforeElement(afterComma: true)
        case UInt8(ascii: "]"):
            cursor.advanceLines(to: cursor.position + 1)
            phase = .afterArray
        default:
            // A missing comma: report it with the next profile and go on.
            scan = ValueScan(
                start: baseOffset + cursor.position,
                structural:
                    "expected ',' or ']' after profile \(count), found \(cursor.shown(cursor.position))"
            )
            return takeValue(&cursor, into: &records)
        }
        return true
    }

    /// After the array: the wrapper's `}`, then only space.
    mutating func afterArray(_ cursor: inout Cursor, into records: inout [Record]) -> Bool {
        cursor.skipSpace()
        let buffer = cursor.buffer
        if shape == .wrappedArray && !wrapperClosed && !cursor.atEnd
            && buffer[cursor.position] == UInt8(ascii: "}")
        {
            cursor.advanceLines(to: cursor.position + 1)
            wrapperClosed = true  // only space may follow
            return true
        }
        guard !cursor.atEnd else {
            if cursor.isEnd {
                if shape == .wrappedArray && !wrapperClosed {
                    truncated(
                        "input ended inside the profiles object; expected '}'", cursor,
                        into: &records)
                }
                phase = .done
            }
            return false
        }
        records.append(
            record(
                cursor.position..<buffer.count, cursor,
                error: "unexpected \(cursor.shown(cursor.position)) after the profiles"))
        cursor.advanceLines(to: buffer.count)
        phase = .done
        return false
    }

    /// Scans the array element of ``scan`` (which starts at the cursor, or, when it is
    /// skipped, before the buffer) to its end and adds its record; false when more input
    /// is needed.
    mutating func takeValue(_ cursor: inout Cursor, into records: inout [Record]) -> Bool {
        let buffer = cursor.buffer
        let position = cursor.position
        let structural = scan.structural
        if let end = scan.end(in: buffer, base: baseOffset) {
            if skipping {
                skipping = false
            } else if structural == nil && baseOffset + end - scan.start > maxRecordSize {
                records.append(record(position..<position, cursor, error: tooLongMessage))
            } else {
                records.append(record(position..<end, cursor, error: structural))
            }
            cursor.advanceLines(to: end)
            phase = .afterElement
            return true
        }
        if cursor.isEnd {
            scan.active = false
            if !skipping && scan.isWholeAtEnd {
                // A scalar up to the end: a (bad) record; the array is still open.
                records.append(record(position..<buffer.count, cursor, error: structural))
                cursor.advanceLines(to: buffer.count)
                phase = .afterElement
                return true
            }
            // A value cut off by the end of the input is reported by its own parse.
            if !skipping {
                records.append(record(position..<buffer.count, cursor, error: structural))
            }
            skipping = false
            let number = count
            cursor.advanceLines(to: buffer.count)
            truncation = Truncation(
                message: "input ended inside profile \(number) of the array", line: cursor.line,
                column: cursor.position - cursor.lineStart + 1)
            phase = .done
            return false
        }
        if !skipping && baseOffset + buffer.count - scan.start > maxRecordSize {
            records.append(record(position..<position, cursor, error: tooLongMessage))
            skipping = true
        }
        // The rest of a value too long is consumed, not held.
        if skipping { cursor.advanceLines(to: buffer.count) }
        return false
    }
}
