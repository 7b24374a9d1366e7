/// The text of one rule file, with the line table needed to turn byte offsets into
/// line and column numbers.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics and traces, as the user gave it.
    public let path: String
    /// The raw bytes of the file.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; line 1 starts at offset 0, or after
    /// a UTF-8 byte-order mark (which editors on Windows write, and which is skipped).
    let lineStarts: [Int]
    /// The number of Unicode scalars that start before each block of
    /// ``scalarBlockSize`` bytes, so that a column is found in constant time however
    /// long its line is.
    private let scalarsBeforeBlock: [Int]
    /// The number of line breaks before each block of ``scalarBlockSize`` bytes, so
    /// that a line is found in constant time too.
    private let lineBreaksBeforeBlock: [Int]
    /// The bytes per entry of ``scalarsBeforeBlock``.
    private static let scalarBlockSize = 64
    /// True when the bytes are known to be valid UTF-8 (they came from a `String`).
    private let isKnownValid: Bool

    /// Creates a source file from its path and bytes.
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytes: bytes, isKnownValid: false)
    }

    /// Creates a source file from its path and text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8), isKnownValid: true)
    }

    private init(path: String, bytes: [UInt8], isKnownValid: Bool) {
        self.path = path
        self.bytes = bytes
        self.isKnownValid = isKnownValid
        var starts = [bytes.starts(with: UTF8Validation.byteOrderMark) ? 3 : 0]
        var blocks: [Int] = []
        blocks.reserveCapacity(bytes.count / SourceFile.scalarBlockSize + 2)
        var breaks: [Int] = []
        breaks.reserveCapacity(blocks.capacity)
        bytes.withUnsafeBufferPointer { buffer in
            SourceFile.scan(
                buffer, lineStarts: &starts, scalarsBeforeBlock: &blocks,
                lineBreaksBeforeBlock: &breaks)
        }
        self.lineStarts = starts
        self.scalarsBeforeBlock = blocks
        self.lineBreaksBeforeBlock = breaks
    }

    /// Adds the start of each line after the first to `lineStarts`, and the scalars and
    /// line breaks before each block to the block tables: eight bytes at a time, the
    /// bits of a word telling its continuation bytes and its line breaks.
    private static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, lineStarts: inout [Int],
        scalarsBeforeBlock blocks: inout [Int], lineBreaksBeforeBlock breaksBefore: inout [Int]
    ) {
        let firstLines = lineStarts.count
        let high: UInt64 = 0x8080_8080_8080_8080
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var scalars = 0
        var blockStart = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            while buffer.count - blockStart >= scalarBlockSize {
                blocks.append(scalars)
                breaksBefore.append(lineStarts.count - firstLines)
                var continuations = 0
                for start in stride(from: blockStart, to: blockStart + scalarBlockSize, by: 8) {
                    let word = UInt64(
                        littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt64.self))
                    // A continuation byte is 10xxxxxx: its high bit set, the next one clear.
                    continuations += (word & high & ~(word << 1)).nonzeroBitCount
                    // A line break is the byte that is zero once xored with "\n"; no carry
                    // crosses bytes, so every bit found is one.
                    let xored = word ^ 0x0A0A_0A0A_0A0A_0A0A
                    var breaks = ~(((xored & low) &+ low) | xored) & high
                    while breaks != 0 {
                        lineStarts.append(start + breaks.trailingZeroBitCount / 8 + 1)
                        breaks &= breaks &- 1
                    }
                }
                scalars += scalarBlockSize - continuations
                blockStart += scalarBlockSize
            }
        }
        if blockStart < buffer.count {
            blocks.append(scalars)
            breaksBefore.append(lineStarts.count - firstLines)
            for offset in blockStart..<buffer.count {
                if buffer[offset] & 0xC0 != 0x80 { scalars += 1 }
                if buffer[offset] == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
            }
        }
        blocks.append(scalars)
        breaksBefore.append(lineStarts.count - firstLines)
    }

    /// The 1-based line that holds the byte at `offset`: the lines before its block, then
    /// the few that start in the block before it.
    func line(of offset: Int) -> Int {
        let block = max(0, min(offset, bytes.count)) / SourceFile.scalarBlockSize
        var line = lineBreaksBeforeBlock[block]
        while line + 1 < lineStarts.count && lineStarts[line + 1] <= offset { line += 1 }
        return line + 1
    }

    /// The byte range of a 1-based line, without its line break.
    func lineRange(_ line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of a 1-based line, with invalid UTF-8 replaced and tabs kept.
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The 1-based column of the byte at `offset`, counted in Unicode scalars.
    func column(of offset: Int) -> Int {
        column(of: offset, line: line(of: offset))
    }

    /// The 1-based column of the byte at `offset` on its 1-based `line`.
    private func column(of offset: Int, line: Int) -> Int {
        let start = lineStarts[line - 1]
        let end = min(offset, bytes.count)
        // Near the start of its line (the usual case), counted directly.
        if end >= start && end - start <= SourceFile.scalarBlockSize {
            return SourceFile.scalarCount(bytes[start..<end]) + 1
        }
        return scalars(before: end) - scalars(before: start) + 1
    }

    /// The number of Unicode scalars that start before `offset`, in constant time.
    private func scalars(before offset: Int) -> Int {
        let block = offset / SourceFile.scalarBlockSize
        let blockStart = block * SourceFile.scalarBlockSize
        return scalarsBeforeBlock[block] + SourceFile.scalarCount(bytes[blockStart..<offset])
    }

    /// The location of the byte at `offset`.
    package func location(of offset: Int) -> SourceLocation {
        let line = line(of: offset)
        return SourceLocation(path: path, line: line, column: column(of: offset, line: line))
    }

    /// The text between two byte offsets.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// Counts Unicode scalars in UTF-8 bytes (continuation bytes do not count).
    static func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for byte in buffer where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    /// The offset of the first byte that is not valid UTF-8, or nil when all are valid.
    package func firstInvalidUTF8Offset() -> Int? {
        isKnownValid ? nil : UTF8Validation.firstInvalidOffset(bytes[...])
    }
}
