/// A small DEFLATE (RFC 1951) and zlib (RFC 1950) decoder, enough to read the PNG
/// files a browser writes without a dependency. Canonical Huffman codes are decoded
/// with a lookup table of their first 9 bits and bit by bit beyond.
public enum Inflate {
    /// Why data could not be inflated.
    public enum Failure: Error, Equatable {
        case truncated
        case badHeader
        case badBlockType
        case badStoredLength
        case badCode
        case badDistance
        case badChecksum
    }

    /// The data of a zlib stream (header, DEFLATE data, Adler-32), checked.
    public static func zlib(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        guard bytes.count >= 6 else { throw .truncated }
        let method = bytes[0] & 0x0F
        let window = bytes[0] >> 4
        let dictionary = bytes[1] & 0x20 != 0
        guard method == 8, window <= 7, (Int(bytes[0]) << 8 | Int(bytes[1])) % 31 == 0,
            !dictionary
        else { throw .badHeader }
        var reader = BitReader(bytes: bytes, position: 2)
        let out = try inflate(&reader)
        reader.alignToByte()
        let end = reader.position
        guard end + 4 <= bytes.count else { throw .truncated }
        let expected = bytes[end..<end + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard adler32(out) == expected else { throw .badChecksum }
        return out
    }

    /// The data of a raw DEFLATE stream.
    public static func raw(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        var reader = BitReader(bytes: bytes, position: 0)
        return try inflate(&reader)
    }

    /// The Adler-32 checksum of zlib.
    public static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return b << 16 | a
    }

    struct BitReader {
        let bytes: [UInt8]
        var position: Int
        var buffer: UInt64 = 0
        var count = 0

        init(bytes: [UInt8], position: Int) {
            self.bytes = bytes
            self.position = position
        }

        /// Makes at least `needed` bits available, if the input has them.
        mutating func fill(_ needed: Int) {
            while count < needed && position < bytes.count {
                buffer |= UInt64(bytes[position]) << UInt64(count)
                position += 1
                count += 8
            }
        }

        mutating func bits(_ n: Int) throws(Failure) -> Int {
            guard n > 0 else { return 0 }
            fill(n)
            guard count >= n else { throw .truncated }
            let value = Int(buffer & ((1 << UInt64(n)) - 1))
            buffer >>= UInt64(n)
            count -= n
            return value
        }

        /// Drops the bits left in the current byte and gives back whole unread bytes.
        mutating func alignToByte() {
            let whole = count / 8
            position -= whole
            buffer = 0
            count = 0
        }
    }

    /// A canonical Huffman code.
    struct Huffman {
        static let fastBits = 9
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []
        /// For each 9-bit input (least significant bit first): symbol << 4 | length, or -1.
        var fast = [Int](repeating: -1, count: 1 << fastBits)

        init(lengths: [Int]) throws(Failure) {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<16 { offsets[length] = offsets[length - 1] + counts[length - 1] }
            symbols = [Int](repeating: 0, count: lengths.count)
            for (symbol, length) in lengths.enumerated() where length > 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
            // Over-subscribed codes are invalid; incomplete ones are allowed (one distance code).
            var left = 1
            for length in 1..<16 {
                left = left << 1 - counts[length]
                if left < 0 { throw .badCode }
            }
            // The fast table: every code of up to 9 bits, reversed, with every suffix.
            var code = 0
            var index = 0
            for length in 1..<16 {
                for _ in 0..<counts[length] {
                    if length <= Self.fastBits {
                        var reversed = 0
                        for bit in 0..<length where code & (1 << bit) != 0 {
                            reversed |= 1 << (length - 1 - bit)
                        }
                        var fill = reversed
                        while fill < (1 << Self.fastBits) {
                            fast[fill] = symbols[index] << 4 | length
                            fill += 1 << length
                        }
                    }
                    code += 1
                    index += 1
                }
                code <<= 1
            }
        }

        func decode(_ reader: inout BitReader) throws(Failure) -> Int {
            reader.fill(Self.fastBits)
            if reader.count >= Self.fastBits {
                let entry = fast[Int(reader.buffer & UInt64((1 << Self.fastBits) - 1))]
                if entry >= 0 {
                    _ = try reader.bits(entry & 15)
                    return entry >> 4
                }
            }
            // Bit by bit (puff.c): codes longer than 9 bits, or near the end of the input.
            var code = 0
            var first = 0
            var index = 0
            for length in 1..<16 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - count < first { return symbols[index + code - first] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw .badCode
        }
    }

    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
        131, 163, 195, 227, 258,
    ]
    private static let lengthExtra = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
        2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
        13, 13,
    ]
    private static let codeLengthOrder = [
        16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
    ]

    private static func inflate(_ reader: inout BitReader) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                reader.alignToByte()
                let start = reader.position
                guard start + 4 <= reader.bytes.count else { throw .truncated }
                let length = Int(reader.bytes[start]) | Int(reader.bytes[start + 1]) << 8
                let check = Int(reader.bytes[start + 2]) | Int(reader.bytes[start + 3]) << 8
                guard length == ~check & 0xFFFF else { throw .badStoredLength }
                guard start + 4 + length <= reader.bytes.count else { throw .truncated }
                out.append(contentsOf: reader.bytes[(start + 4)..<(start + 4 + length)])
                reader.position = start + 4 + length
            case 1:
                let literals = try Huffman(
                    lengths: [Int](repeating: 8, count: 144) + [Int](repeating: 9, count: 112)
                        + [Int](repeating: 7, count: 24) + [Int](repeating: 8, count: 8))
                let distances = try Huffman(lengths: [Int](repeating: 5, count: 30))
                try codes(&reader, literals, distances, into: &out)
            case 2:
                let (literals, distances) = try dynamicCodes(&reader)
                try codes(&reader, literals, distances, into: &out)
            default:
                throw .badBlockType
            }
        }
        return out
    }

    private static func dynamicCodes(_ reader: inout BitReader) throws(Failure) -> (
        Huffman, Huffman
    ) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .badCode }
        var codeLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengths[codeLengthOrder[index]] = try reader.bits(3)
        }
        let lengthCode = try Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw .badCode }
                lengths += [Int](repeating: previous, count: 3 + (try reader.bits(2)))
            case 17:
                lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
            default:
                lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] > 0 else {
            throw .badCode
        }
        return (
            try Huffman(lengths: Array(lengths[0..<literalCount])),
            try Huffman(lengths: Array(lengths[literalCount...]))
        )
    }

    private static func codes(
        _ reader: inout BitReader, _ literals: Huffman, _ distances: Huffman,
        into out: inout [UInt8]
    ) throws(Failure) {
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < lengthBase.count else { throw .badCode }
            let length = lengthBase[lengthIndex] + (try reader.bits(lengthExtra[lengthIndex]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < distanceBase.count else { throw .badDistance }
            let distance =
                distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
            guard distance <= out.count else { throw .badDistance }
            let start = out.count - distance
            for offset in 0..<length { out.append(out[start + offset]) }
        }
    }
}
