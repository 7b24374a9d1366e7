/// How an editor counts characters in a position (LSP `PositionEncodingKind`): UTF-16
/// code units unless the client and the server agree on another.
public enum PositionEncoding: String, Sendable, CaseIterable {
    /// UTF-8 code units (bytes).
    case utf8 = "utf-8"
    /// UTF-16 code units, the protocol's default: a character outside the Basic
    /// Multilingual Plane (an emoji) counts two.
    case utf16 = "utf-16"
    /// Unicode scalars.
    case utf32 = "utf-32"

    /// The units of one scalar.
    func units(of scalar: Unicode.Scalar) -> Int {
        switch self {
        case .utf8: return UTF8.width(scalar)
        case .utf16: return UTF16.width(scalar)
        case .utf32: return 1
        }
    }
}

/// A place in a document as the protocol gives it: a 0-based line and a 0-based
/// character offset on it, in the units of the agreed ``PositionEncoding``.
public struct Position: Sendable, Hashable {
    /// The 0-based line.
    public var line: Int
    /// The 0-based offset on the line, in units of the position encoding.
    public var character: Int

    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }
}

/// The start of each line of a document's UTF-8 bytes, to turn byte offsets into
/// protocol positions and back.
///
/// Lines end at `\n` (a `\r` before it belongs to the line break), as the rule
/// language's own line numbers count them.
public struct LineIndex: Sendable {
    /// The bytes of the document.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts.
    public let lineStarts: [Int]

    /// Indexes the lines of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The end of a 0-based line's text (before its `\r\n` or `\n`).
    public func lineEnd(_ line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line] && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The byte offset of a position; a line past the end gives the end of the
    /// document, a character past the end of its line the line's end, and a position
    /// inside a character the start of that character.
    public func offset(of position: Position, encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = lineEnd(position.line)
        var offset = lineStarts[position.line]
        var units = 0
        while offset < end {
            let (scalar, length) = scalarAt(offset, end: end)
            let width = encoding.units(of: scalar)
            if units + width > position.character { break }
            units += width
            offset += length
        }
        return offset
    }

    /// The position of a byte offset (clamped to the document).
    public func position(of offset: Int, encoding: PositionEncoding) -> Position {
        let offset = max(0, min(offset, bytes.count))
        let line = self.line(of: offset)
        var index = lineStarts[line]
        var units = 0
        while index < offset {
            let (scalar, length) = scalarAt(index, end: offset)
            units += encoding.units(of: scalar)
            index += length
        }
        return Position(line: line, character: units)
    }

    /// The 0-based line holding a byte offset.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The byte offset of a compiler location: a 1-based line and a 1-based column in
    /// Unicode scalars, where line 1 starts after a byte-order mark as the rule
    /// language counts it.
    public func offset(line: Int, column: Int) -> Int {
        guard line >= 1 else { return 0 }
        guard line <= lineStarts.count else { return bytes.count }
        var offset = lineStarts[line - 1]
        if line == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        return advance(offset, scalars: column - 1, end: lineEnd(line - 1))
    }

    /// The offset `count` scalars after `offset`, stopping at `end`.
    public func advance(_ offset: Int, scalars count: Int, end: Int) -> Int {
        var offset = offset
        var left = count
        while left > 0 && offset < end {
            offset += scalarAt(offset, end: end).length
            left -= 1
        }
        return offset
    }

    /// The scalar starting at `offset` and its length in bytes; a byte that does not
    /// start valid UTF-8 counts as one U+FFFD of one byte.
    func scalarAt(_ offset: Int, end: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[offset]
        let length: Int
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return ("\u{FFFD}", 1)
        }
        guard offset + length <= end else { return ("\u{FFFD}", 1) }
        var decoder = UTF8()
        var iterator = bytes[offset..<offset + length].makeIterator()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return (scalar, length) }
        return ("\u{FFFD}", 1)
    }
}
