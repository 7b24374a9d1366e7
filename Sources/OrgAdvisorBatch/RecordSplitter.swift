import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Splits a stream of profiles into records without parsing them: JSON Lines (one
/// object per line), a JSON array of objects, or `{"profiles": [...]}`, detected from
/// the content. It works on successive chunks of input with constant memory: each call
/// returns the complete records of the buffer and how many bytes were consumed; the
/// caller keeps the rest and appends more input. A value cut by the end of a buffer is
/// not scanned again from its start in the next one, so splitting is linear in the
/// input whatever the length of its records; a record longer than ``maxRecordSize`` is
/// an error record, and its bytes are consumed without being held.
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

    /// Where an array or the `{"profiles": [...]}` object was cut by the end of the
    /// input, and what was expected there.
    public struct Truncation: Sendable, Hashable {
        /// What is wrong, e.g. `input ended inside the array; expected ',' or ']'`.
        public var message: String
        /// The 1-based line where the input ended.
        public var line: Int
        /// The 1-based byte column where the input ended.
        public var column: Int
    }

    enum Phase: Sendable {
        case detect, openArray
        case beforeElement(afterComma: Bool)
        case afterElement, afterArray, done
    }

    /// The detected shape, once known.
    public internal(set) var shape: Shape?
    /// The longest record read, in bytes; a longer one gives an error record.
    public let maxRecordSize: Int
    /// Added to the message of a record longer than ``maxRecordSize`` (e.g. how to
    /// raise the limit).
    public let limitAdvice: String
    /// Set when the input ended inside an array or the `{"profiles": [...]}` object:
    /// the input is incomplete, whatever records came before.
    public internal(set) var truncation: Truncation?
    var phase = Phase.detect
    /// Absolute offset of the next buffer's first byte.
    var baseOffset = 0
    /// Line number at the next buffer's first byte, and the offset where that line starts.
    var baseLine = 1
    var baseLineStart = 0
    var count = 0
    var wrapperClosed = false
    /// The value (or line) cut by the end of the last buffer.
    var scan = ValueScan()
    /// True while the bytes of a record longer than ``maxRecordSize`` are skipped.
    var skipping = false
    /// For CSV or TSV input, the rows' splitter (the shape is then nil).
    var spreadsheet: SpreadsheetRows?

    /// Creates a splitter; the shape is detected from the first bytes. Records longer
    /// than `maxRecordSize` bytes are errors whose message ends with `limitAdvice`.
    public init(maxRecordSize: Int = .max, limitAdvice: String = "") {
        self.maxRecordSize = max(1, maxRecordSize)
        self.limitAdvice = limitAdvice
    }

    /// Creates a splitter for a known shape.
    public init(shape: Shape, maxRecordSize: Int = .max, limitAdvice: String = "") {
        self.init(maxRecordSize: maxRecordSize, limitAdvice: limitAdvice)
        self.shape = shape
        self.phase = shape == .jsonLines ? .beforeElement(afterComma: false) : .openArray
    }

    /// Creates a splitter of CSV (`separator` `,`) or TSV (a tab) rows, whose first row
    /// is the header (skipped; read it with ``SpreadsheetHeader``).
    public init(separator: UInt8, maxRecordSize: Int = .max, limitAdvice: String = "") {
        self.init(maxRecordSize: maxRecordSize, limitAdvice: limitAdvice)
        spreadsheet = SpreadsheetRows(separator: separator)
    }

    /// The number of records found so far.
    public var recordCount: Int { spreadsheet?.count ?? count }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The message of a record longer than the limit.
    var tooLongMessage: String {
        "record longer than \(ByteSize.describe(maxRecordSize))" + limitAdvice
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
        if spreadsheet != nil {
            return spreadsheet!.split(
                buffer, isEnd: isEnd, maxRecordSize: maxRecordSize, tooLong: tooLongMessage,
                into: &records)
        }
        var cursor = Cursor(
            buffer: buffer, isEnd: isEnd, line: baseLine, lineStart: baseLineStart - baseOffset)
        run(&cursor, into: &records)
        let consumed = isEnd ? buffer.count : cursor.position
        if consumed > cursor.position { cursor.advanceLines(to: consumed) }
        baseOffset += consumed
        baseLine = cursor.line
        baseLineStart = baseOffset - (consumed - cursor.lineStart)
        return consumed
    }
}
