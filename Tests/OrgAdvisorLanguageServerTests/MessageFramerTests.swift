import OrgAdvisorLanguageServer
import Testing

@Suite struct MessageFramerTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        /// The stream, split into the pieces in which it arrives.
        var pieces: [String]
        /// What `next()` gives, in order: a message's content, or `!` and the reason of a
        /// broken header.
        var frames: [String]
    }

    static let cases: [Case] = [
        Case(
            description: "one message", pieces: ["Content-Length: 2\r\n\r\n{}"], frames: ["{}"]),
        Case(
            description: "two messages in one piece",
            pieces: ["Content-Length: 2\r\n\r\n{}Content-Length: 4\r\n\r\nnull"],
            frames: ["{}", "null"]),
        Case(
            description: "split inside the header and the content",
            pieces: ["Content-Len", "gth: 6\r", "\n\r\n[1,", "2]", "x"], frames: ["[1,2]x"]),
        Case(
            description: "other headers and any case",
            pieces: [
                "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}"
            ],
            frames: ["{}"]),
        Case(
            description: "bare line feeds", pieces: ["Content-Length: 2\n\n{}"], frames: ["{}"]),
        Case(
            description: "no length, then a good message",
            pieces: ["Content-Type: x\r\n\r\n{}Content-Length: 2\r\n\r\n[]"],
            frames: ["!no 'Content-Length' header", "[]"]),
        Case(
            description: "a length that is not a number",
            pieces: ["Content-Length: 12a\r\n\r\n{}\r\nContent-Length: 2\r\n\r\n[]"],
            frames: ["!'Content-Length' is not a whole number", "[]"]),
        Case(
            description: "a negative length",
            pieces: ["Content-Length: -5\r\n\r\n"],
            frames: ["!'Content-Length' is not a whole number"]),
        Case(
            description: "a huge length is refused, not awaited",
            pieces: ["Content-Length: 99999999999999999\r\n\r\n{}\nContent-Length: 1\r\n\r\n1"],
            frames: ["!'Content-Length' 99999999999999999 passes the limit of 1024 bytes", "1"]),
        Case(
            description: "a length past Int is not a number",
            pieces: ["Content-Length: 999999999999999999999999\r\n\r\n"],
            frames: ["!'Content-Length' is not a whole number"]),
        Case(
            description: "a header line without a colon",
            pieces: ["garbage\r\n\r\nContent-Length: 1\r\n\r\n5"],
            frames: ["!header line without ':'", "5"]),
        Case(
            description: "an endless header", pieces: [String(repeating: "x", count: 300)],
            frames: ["!header longer than 256 bytes without an empty line"]),
        Case(
            description: "a message cut short", pieces: ["Content-Length: 10\r\n\r\n{}"], frames: []
        ),
    ]

    @Test(arguments: cases)
    func frames(_ test: Case) {
        var framer = MessageFramer(maximumContentLength: 1024, maximumHeaderLength: 256)
        var frames: [String] = []
        for piece in test.pieces {
            framer.append(Array(piece.utf8))
            while let frame = framer.next() {
                switch frame {
                case .message(let content): frames.append(String(decoding: content, as: UTF8.self))
                case .broken(let reason): frames.append("!" + reason)
                }
            }
        }
        #expect(frames == test.frames)
    }

    @Test func bytesThatAreNotUTF8() {
        var framer = MessageFramer()
        framer.append(Array("Content-Length: 3\r\n\r\n".utf8) + [0xFF, 0xC3, 0x28])
        #expect(framer.next() == .message([0xFF, 0xC3, 0x28]))
        #expect(!framer.hasPartialMessage)
    }

    @Test func endlessGarbageStaysBounded() {
        var framer = MessageFramer(maximumContentLength: 1024, maximumHeaderLength: 64)
        var broken = 0
        for _ in 0..<1000 {
            framer.append(Array(repeating: UInt8(ascii: "z"), count: 100))
            while let frame = framer.next() {
                if case .broken = frame { broken += 1 }
            }
        }
        // One broken header, then garbage skipped until a header comes.
        #expect(broken == 1)
        framer.append(Array("\nContent-Length: 2\r\n\r\n{}".utf8))
        #expect(framer.next() == .message(Array("{}".utf8)))
    }

    @Test func frameWritesTheLength() {
        let framed = MessageFramer.frame(Array("{\"é\":1}".utf8))
        #expect(String(decoding: framed, as: UTF8.self) == "Content-Length: 8\r\n\r\n{\"é\":1}")
    }
}
