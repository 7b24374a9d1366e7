/// Splits the bytes of a Language Server Protocol stream into messages: header lines
/// (`Content-Length: N`, others ignored) ended by an empty line, then N bytes of JSON.
///
/// Bytes are added as they arrive, in pieces of any size; ``next()`` gives each whole
/// message once. A broken header (no length, a length that is not a number or passes
/// ``maximumContentLength``, a header block longer than ``maximumHeaderLength``) gives
/// ``Frame/broken(_:)`` and the framer skips to the next `Content-Length:`, so that one bad message does not lose the stream. Memory stays
/// bounded by the limits whatever the input.
public struct MessageFramer: Sendable {
    /// One result of ``next()``.
    public enum Frame: Sendable, Equatable {
        /// The content of a whole message.
        case message([UInt8])
        /// A header that cannot be read, and why (lower case).
        case broken(String)
    }

    /// The longest content accepted, in bytes.
    public let maximumContentLength: Int
    /// The longest header block accepted, in bytes.
    public let maximumHeaderLength: Int
    /// Bytes received and not yet given out.
    private var buffer: [UInt8] = []
    /// Where the unread bytes start in ``buffer`` (dropped when the buffer is compacted).
    private var start = 0
    /// The content length of the message whose content is awaited, once its header is read.
    private var awaitedLength: Int?
    /// True after a broken header, until the next `Content-Length:` line.
    private var resynchronizing = false

    /// Creates a framer with the given limits (64 MiB of content, 8 KiB of headers).
    public init(maximumContentLength: Int = 64 << 20, maximumHeaderLength: Int = 8 << 10) {
        self.maximumContentLength = maximumContentLength
        self.maximumHeaderLength = maximumHeaderLength
    }

    /// Adds bytes read from the stream.
    public mutating func append<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// True when bytes of an unfinished message are held (at the end of the stream, a
    /// message cut short).
    public var hasPartialMessage: Bool {
        awaitedLength != nil
            || buffer[start...].contains { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
    }

    /// The next whole message or broken header, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        while true {
            if let length = awaitedLength {
                guard buffer.count - start >= length else { return nil }
                let content = Array(buffer[start..<start + length])
                start += length
                awaitedLength = nil
                return .message(content)
            }
            if resynchronizing {
                guard skipToContentLength() else { return nil }
                resynchronizing = false
            }
            guard let header = headerBlock() else {
                if buffer.count - start > maximumHeaderLength {
                    start = buffer.count
                    resynchronizing = true
                    return .broken(
                        "header longer than \(maximumHeaderLength) bytes without an empty line")
                }
                return nil
            }
            start = header.end
            switch contentLength(in: buffer[header.lines]) {
            case .success(let length):
                awaitedLength = length
            case .failure(let error):
                resynchronizing = true
                return .broken(error.reason)
            }
        }
    }

    /// The header lines and the end of the empty line after them, when it has come.
    private func headerBlock() -> (lines: Range<Int>, end: Int)? {
        var index = start
        let limit = min(buffer.count, start + maximumHeaderLength + 4)
        while index < limit {
            if buffer[index] == UInt8(ascii: "\n") {
                // An empty line: "\n\n" or "\n\r\n" (servers accept both line ends).
                if index + 1 < buffer.count && buffer[index + 1] == UInt8(ascii: "\n") {
                    return (start..<index, index + 2)
                }
                if index + 2 < buffer.count && buffer[index + 1] == UInt8(ascii: "\r")
                    && buffer[index + 2] == UInt8(ascii: "\n")
                {
                    return (start..<index, index + 3)
                }
            }
            index += 1
        }
        return nil
    }

    /// Why a header block cannot be read.
    private struct HeaderError: Error {
        var reason: String
    }

    /// The `Content-Length` of a header block.
    private func contentLength(in lines: ArraySlice<UInt8>) -> Result<Int, HeaderError> {
        var length: Int?
        for line in lines.split(separator: UInt8(ascii: "\n")) {
            var text = line
            if text.last == UInt8(ascii: "\r") { text = text.dropLast() }
            if text.isEmpty { continue }
            guard let colon = text.firstIndex(of: UInt8(ascii: ":")) else {
                return .failure(HeaderError(reason: "header line without ':'"))
            }
            let name = String(decoding: text[..<colon], as: UTF8.self).lowercased()
            guard name == "content-length" else { continue }
            let value = text[(colon + 1)...].drop { $0 == UInt8(ascii: " ") }
            guard !value.isEmpty, value.count <= 19,
                value.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let number = Int(String(decoding: value, as: UTF8.self))
            else {
                return .failure(HeaderError(reason: "'Content-Length' is not a whole number"))
            }
            guard number <= maximumContentLength else {
                return .failure(
                    HeaderError(
                        reason:
                            "'Content-Length' \(number) passes the limit of \(maximumContentLength) bytes"
                    ))
            }
            length = number
        }
        guard let length else { return .failure(HeaderError(reason: "no 'Content-Length' header")) }
        return .success(length)
    }

    /// Drops bytes up to the next `Content-Length:` (in any case), where a message
    /// that follows a broken one starts; false when none has come yet (keeping only the
    /// bytes that could start one).
    private mutating func skipToContentLength() -> Bool {
        let key = Array("content-length:".utf8)
        var index = start
        while index < buffer.count {
            let available = min(key.count, buffer.count - index)
            var matches = true
            for offset in 0..<available
            where MessageFramer.lower(buffer[index + offset]) != key[offset] {
                matches = false
                break
            }
            if matches {
                start = index
                return available == key.count
            }
            index += 1
        }
        start = buffer.count
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    /// The framed form of a message's content: its header, then the content.
    public static func frame(_ content: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(content.count)\r\n\r\n".utf8) + content
    }
}
