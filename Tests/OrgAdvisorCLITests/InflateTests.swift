import Foundation
import TestSupport
import Testing

/// The DEFLATE, zlib and PNG decoders the browser test reads screenshots with, on
/// vectors written by Python's zlib (stored, fixed and dynamic Huffman blocks).
@Suite("Inflate and PNG")
struct InflateTests {
    static let text = Array(
        "orgadvisor: Hotline, Help-Desk, Call-center, Customer-Care-Center, Power-User-Organisation. "
            .utf8)

    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let base64: String
        let expected: [UInt8]
        var testDescription: String { name }
    }

    static let vectors: [Vector] = [
        Vector(
            name: "stored block",
            base64:
                "eAEBXACj/29yZ2Fkdmlzb3I6IEhvdGxpbmUsIEhlbHAtRGVzaywgQ2FsbC1jZW50ZXIsIEN1c3RvbWVyLUNhcmUtQ2VudGVyLCBQb3dlci1Vc2VyLU9yZ2FuaXNhdGlvbi4g+i8gzw==",
            expected: text),
        Vector(name: "fixed Huffman", base64: "eAFLTEoGAAJNASc=", expected: Array("abc".utf8)),
        Vector(
            name: "fixed Huffman with long matches",
            base64:
                "eNrLL0pPTCnLLM4vslLwyC/JycxL1VHwSM0p0HVJLc7WUXBOzMnRTU7NK0ktAnJKi0vyc1OLdJ0Ti1J1naGiAfnlQKHQYiDhDzQtL7M4sSQzP09PIX/U7FGzR80eNXvU7FGzh4nZDIxMzCysbOwcnFzcPLx8/AKCQsIiomLiEpJS0jKycvIKikrKKqpq6hqaWto6unr6BoZGxiamZuYWllbWNrZ29g6OTs4urm7uHp5e3j6+fv4BgUHBIaFh4RGRUdExsXHxCYlJySmpaekZmVnZObl5+QWFRcUlpWXlFZVV1TW1dfUNjU3NLa1t7R2dXd09vX39EyZOmjxl6rTpM2bOmj1n7rz5CxYuWrxk6bLlK1auWr1m7br1GzZu2rxl67btO3bu2r1n7779Bw4eOnzk6LHjJ06eOn3m7LnzFy5eunzl6rXrN27eun3n7r37Dx4+evzk6bPnL16+ev3m7bv3Hz5++vzl67fvP37++v3n77//o/4f2f4HAF3JDtU=",
            expected: Array(repeatElement(text, count: 20).joined())
                + Array(repeatElement(Array(0...255) as [UInt8], count: 3).joined())),
        Vector(
            name: "dynamic Huffman", base64: "eNrtxTENAAAIAzCtY8G/BWxwtE8z2+5EkiRJ0t8OnPCIZA==",
            expected: (0..<3000).map { UInt8($0 * $0 % 7) + 97 }),
    ]

    @Test("zlib streams decode to their data", arguments: vectors)
    func decode(_ vector: Vector) throws {
        let bytes = try #require(Data(base64Encoded: vector.base64))
        #expect(try Inflate.zlib(Array(bytes)) == vector.expected)
        // The raw DEFLATE data, without the zlib header and checksum.
        #expect(try Inflate.raw(Array(bytes.dropFirst(2).dropLast(4))) == vector.expected)
    }

    @Test("damaged streams are rejected, not misread", arguments: vectors)
    func damaged(_ vector: Vector) throws {
        let bytes = Array(try #require(Data(base64Encoded: vector.base64)))
        #expect(throws: Inflate.Failure.self) { try Inflate.zlib(Array(bytes.dropLast(5))) }
        var header = bytes
        header[0] = 0x79
        #expect(throws: Inflate.Failure.badHeader) { try Inflate.zlib(header) }
        var checksum = bytes
        checksum[checksum.count - 1] ^= 1
        #expect(throws: Inflate.Failure.badChecksum) { try Inflate.zlib(checksum) }
    }

    @Test("Adler-32 of a known text")
    func adler() {
        // zlib.adler32(b"Wikipedia") == 0x11E60398
        #expect(Inflate.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
    }

    @Test("a 4 × 5 RGB PNG with every row filter, in two IDAT chunks")
    func png() throws {
        let base64 =
            "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAFCAIAAADtz9qMAAAACklEQVR42mNgYDhhw36ikRbo2gAAADdJREFUgu/EFtETjFxGQA4vBDFxGTFwGfFyGUlxGakzi6SkKMtKKcsqKsuqs4Bk2Hm52KW42NUBvuIKqsN30S4AAAAASUVORK5CYII="
        let image = try PNGImage(Array(try #require(Data(base64Encoded: base64))))
        #expect(image.width == 4 && image.height == 5)
        for y in 0..<5 {
            for x in 0..<4 {
                let expected =
                    UInt32((x * 60 + y * 10) % 256) << 16 | UInt32((y * 50 + x * 7) % 256) << 8
                    | UInt32((x * y * 13 + 200) % 256)
                #expect(image.rgb(x: x, y: y) == expected, "pixel \(x), \(y)")
                #expect(image.rgba[(y * 4 + x) * 4 + 3] == 255)
            }
        }
        #expect(image.histogram().values.reduce(0, +) == 20)
        #expect(throws: PNGImage.Failure.notPNG) { try PNGImage(Array("GIF89a".utf8)) }
    }
}
