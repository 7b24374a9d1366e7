/// Splits a stream of profiles into records without parsing them: JSON Lines (one
/// object per line), a JSON array of objects, or `{"profiles": [...]}`, detected from
/// the content. It works on successive chunks of input with constant memory: each call
/// returns the complete records of the buffer and how many bytes were consumed; the
/// caller keeps the rest and appends more input.
public struct RecordSplitter: Sendable {
    /// The shapes of input.
    public enum Shape: String, Sendable {
        /// One JSON object per line.
        case jsonLines = "json-lines"
        /// A JSON array of objects.
        case array
        /// `{"profiles": [...]}`.
        case wrappedArray = "profiles-object"
    }

    /// One record: where its bytes are and where it starts in the whole input.
    public struct Record: Sendable {
        /// Its bytes in the buffer given to ``split(_:isEnd:)``.
        public var range: Range<Int>
        /// Its 1-based number in the input.
        public var number: Int
        /// The 1-based line where it starts.
        public var line: Int
        /// The 1-based byte column where it starts.
        public var column: Int
        /// The byte offset in the whole input where it starts.
        public var offset: Int
        /// A problem in the structure around the record (e.g. a missing comma), if any.
        public var structuralError: String?
    }

    private enum Phase: Sendable {
        case detect, openArray
        case beforeElement(afterComma: Bool)
        case afterElement, afterArray, done
    }

    /// The detected shape, once known.
    public private(set) var shape: Shape?
    private var phase = Phase.detect
    /// Absolute offset of the next buffer's first byte.
    private var baseOffset = 0
    /// Line number at the next buffer's first byte, and the offset where that line starts.
    private var baseLine = 1
    private var baseLineStart = 0
    private var count = 0
    private var wrapperClosed = false

    /// Creates a splitter; the shape is detected from the first bytes.
    public init() {}

    /// Creates a splitter for a known shape.
    public init(shape: Shape) {
        self.shape = shape
        self.phase = shape == .jsonLines ? .beforeElement(afterComma: false) : .openArray
    }

    /// The number of records found so far.
    public var recordCount: Int { count }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Scans `buffer` (the unconsumed rest of the previous call followed by new input)
    /// and returns its complete records and the number of bytes consumed. With
    /// `isEnd`, the buffer holds the end of the input and everything is consumed.
    public mutating func split(_ buffer: UnsafeBufferPointer<UInt8>, isEnd: Bool) -> (
        records: [Record], consumed: Int
    ) {
        var records: [Record] = []
        let consumed = split(buffer, isEnd: isEnd, into: &records)
        return (records, consumed)
    }

    /// Like ``split(_:isEnd:)``, appending the records to `records` (reuse its storage
    /// from one buffer to the next) and returning the number of bytes consumed.
    public mutating func split(
        _ buffer: UnsafeBufferPointer<UInt8>, isEnd: Bool, into records: inout [Record]
    ) -> Int {
        var position = 0
        var line = baseLine
        var lineStart = baseLineStart - baseOffset  // may be negative: the line began earlier
        func advanceLines(to end: Int) {
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
        func skipSpace() {
            var end = position
            while end < buffer.count && RecordSplitter.isSpace(buffer[end]) { end += 1 }
            advanceLines(to: end)
        }
        func record(_ range: Range<Int>, error: String? = nil) -> Record {
            count += 1
            return Record(
                range: range, number: count, line: line, column: range.lowerBound - lineStart + 1,
                offset: baseOffset + range.lowerBound, structuralError: error)
        }
        func shown(_ index: Int) -> String {
            guard index < buffer.count else { return "the end of the input" }
            let byte = buffer[index]
            return byte >= 0x20 && byte < 0x7F
                ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
        }
        loop: while true {
            switch phase {
            case .detect:
                skipSpace()
                guard position < buffer.count else { break loop }
                if buffer[position] == UInt8(ascii: "[") {
                    shape = .array
                    phase = .openArray
                } else if buffer[position] == UInt8(ascii: "{") {
                    // `{"profiles"` starts the wrapper object; anything else is JSON Lines.
                    var index = position + 1
                    while index < buffer.count && RecordSplitter.isSpace(buffer[index]) {
                        index += 1
                    }
                    let key = Array("\"profiles\"".utf8)
                    if buffer.count - index < key.count && !isEnd { break loop }
                    let isWrapper =
                        buffer.count - index >= key.count
                        && zip(buffer[index..<index + key.count], key).allSatisfy { $0 == $1 }
                    shape = isWrapper ? .wrappedArray : .jsonLines
                    phase = isWrapper ? .openArray : .beforeElement(afterComma: false)
                } else {
                    shape = .jsonLines
                    phase = .beforeElement(afterComma: false)
                }
            case .openArray:
                skipSpace()
                if shape == .wrappedArray {
                    // { "profiles" : [
                    var index = position
                    func skip() {
                        while index < buffer.count && RecordSplitter.isSpace(buffer[index]) {
                            index += 1
                        }
                    }
                    var ok = index < buffer.count && buffer[index] == UInt8(ascii: "{")
                    index += 1
                    skip()
                    index += 10  // "profiles"
                    skip()
                    ok = ok && index < buffer.count && buffer[index] == UInt8(ascii: ":")
                    index += 1
                    skip()
                    if index >= buffer.count && !isEnd { break loop }
                    ok = ok && index < buffer.count && buffer[index] == UInt8(ascii: "[")
                    if !ok {
                        records.append(
                            record(
                                position..<buffer.count,
                                error:
                                    "expected '{\"profiles\": [' at the start, found \(shown(index))"
                            ))
                        advanceLines(to: buffer.count)
                        phase = .done
                        break loop
                    }
                    advanceLines(to: index + 1)
                } else {
                    guard position < buffer.count else { break loop }
                    advanceLines(to: position + 1)  // the '['
                }
                phase = .beforeElement(afterComma: false)
            case .beforeElement(let afterComma):
                if shape == .jsonLines {
                    // One record per non-blank line.
                    while position < buffer.count {
                        let end = RecordSplitter.newline(in: buffer, from: position)
                        if end == buffer.count && !isEnd { break loop }
                        var last = end
                        if last > position && buffer[last - 1] == 0x0D { last -= 1 }
                        var first = position
                        while first < last && RecordSplitter.isSpace(buffer[first]) { first += 1 }
                        if first < last { records.append(record(position..<last)) }
                        if end < buffer.count {
                            line += 1
                            lineStart = end + 1
                            position = end + 1
                        } else {
                            position = end
                        }
                    }
                    if isEnd { phase = .done }
                    break loop
                }
                skipSpace()
                guard position < buffer.count else {
                    if isEnd {
                        records.append(
                            record(
                                position..<position, error: "unexpected end of input; expected ']'")
                        )
                        phase = .done
                    }
                    break loop
                }
                if buffer[position] == UInt8(ascii: "]") {
                    if afterComma {
                        records.append(
                            record(
                                position..<position,
                                error: "expected a profile after ',', found ']'"))
                    }
                    advanceLines(to: position + 1)
                    phase = .afterArray
                    continue loop
                }
                guard let end = RecordSplitter.valueEnd(buffer, from: position, isEnd: isEnd) else {
                    break loop
                }
                records.append(record(position..<end))
                advanceLines(to: end)
                // A value cut off by the end of the input is reported by its own parse.
                phase = end == buffer.count && isEnd ? .done : .afterElement
            case .afterElement:
                skipSpace()
                guard position < buffer.count else {
                    if isEnd {
                        records.append(
                            record(
                                position..<position,
                                error: "unexpected end of input; expected ',' or ']'"))
                        phase = .done
                    }
                    break loop
                }
                switch buffer[position] {
                case UInt8(ascii: ","):
                    advanceLines(to: position + 1)
                    phase = .beforeElement(afterComma: true)
                case UInt8(ascii: "]"):
                    advanceLines(to: position + 1)
                    phase = .afterArray
                default:
                    // A missing comma: report it with the next profile and go on.
                    guard let end = RecordSplitter.valueEnd(buffer, from: position, isEnd: isEnd)
                    else { break loop }
                    records.append(
                        record(
                            position..<end,
                            error:
                                "expected ',' or ']' after profile \(count), found \(shown(position))"
                        ))
                    advanceLines(to: end)
                }
            case .afterArray:
                skipSpace()
                if shape == .wrappedArray && !wrapperClosed && position < buffer.count
                    && buffer[position] == UInt8(ascii: "}")
                {
                    advanceLines(to: position + 1)
                    wrapperClosed = true  // only space may follow
                    continue loop
                }
                guard position < buffer.count else {
                    if isEnd {
                        if shape == .wrappedArray && !wrapperClosed {
                            records.append(
                                record(
                                    position..<position,
                                    error: "unexpected end of input; expected '}'"))
                        }
                        phase = .done
                    }
                    break loop
                }
                records.append(
                    record(
                        position..<buffer.count,
                        error: "unexpected \(shown(position)) after the profiles"))
                advanceLines(to: buffer.count)
                phase = .done
            case .done:
                advanceLines(to: buffer.count)
                break loop
            }
        }
        let consumed = isEnd ? buffer.count : position
        if consumed > position { advanceLines(to: consumed) }
        baseOffset += consumed
        baseLine = line
        baseLineStart = baseOffset - (consumed - lineStart)
        return consumed
    }

    /// The index of the first line feed at or after `start`, or the buffer's count:
    /// thirty-two bytes at a time, then eight.
    static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return start }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = start
        // Thirty-two bytes at a time while none is a line feed.
        let feeds = SIMD32<UInt8>(repeating: 0x0A)
        while index &+ 32 <= buffer.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD32<UInt8>.self)
            // The mask's lanes as four words (a generic `any` would not be inlined).
            let lanes = unsafeBitCast(block .== feeds, to: (UInt64, UInt64, UInt64, UInt64).self)
            if lanes.0 | lanes.1 | lanes.2 | lanes.3 != 0 { break }
            index &+= 32
        }
        while index + 8 <= buffer.count {
            let word = UInt64(
                littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let masked = word ^ (ones &* 0x0A)
            // The lowest set high bit marks the first zero byte, that is the first line feed.
            let found = (masked &- ones) & ~masked & (ones &* 0x80)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < buffer.count && base[index] != 0x0A { index += 1 }
        return index
    }

    /// The end of the JSON value starting at `start`: a balanced object or array, a
    /// string, or a scalar up to the next `,`, `]` or space. Nil when the value does not
    /// end in the buffer and more input may follow; at the end of the input, the rest.
    static func valueEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, isEnd: Bool) -> Int?
    {
        // A stray closing bracket or comma is a (bad) value of its own, so scanning moves on.
        switch buffer[start] {
        case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","): return start + 1
        default: break
        }
        var index = start
        var depth = 0
        var inString = false
        while index < buffer.count {
            let byte = buffer[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") {
                    inString = false
                    if depth == 0 { return index + 1 }
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return index }
                depth -= 1
                if depth == 0 { return index + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return isEnd ? buffer.count : nil
    }
}
