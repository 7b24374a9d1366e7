import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Writes bytes through a pointer into space reserved beforehand: no capacity check and
/// no reference counting per byte. The caller reserves enough room.
struct ByteWriter {
    /// Where the next byte goes.
    private(set) var pointer: UnsafeMutablePointer<UInt8>

    init(_ pointer: UnsafeMutablePointer<UInt8>) {
        self.pointer = pointer
    }

    /// The most bytes ``write(_:)-(Int)`` and ``write(_:)-(Score)`` write.
    static let numberLimit = 32

    @inline(__always)
    mutating func write(_ byte: UInt8) {
        pointer.pointee = byte
        pointer += 1
    }

    @inline(__always)
    mutating func write(_ text: StaticString) {
        pointer.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        pointer += text.utf8CodeUnitCount
    }

    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        pointer.update(from: base, count: bytes.count)
        pointer += bytes.count
    }

    /// A record's `id` or `name` as the one-pass reader found it (its serialized form, or
    /// a string holding escapes: ``writeDecoded(_:)``).
    @inline(__always)
    mutating func writePassThrough(_ bytes: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        if escaped {
            writeDecoded(bytes)
        } else if bytes.count <= 16 {
            writeShort(bytes)
        } else {
            write(bytes)
        }
    }

    /// The most bytes ``writePassThrough(_:escaped:)`` writes for `bytes` (none for nil).
    static func passThroughRoom(_ bytes: UnsafeBufferPointer<UInt8>?, escaped: Bool) -> Int {
        (bytes?.count ?? 0) * (escaped ? 3 : 1)
    }

    /// A JSON string as the one-pass reader found it, quotes included, holding escapes:
    /// written as its value decoded (``ProfileRecordReader/decodedString(_:_:_:)``) and
    /// serialized again (``JSONValue``'s escapes) would be, without making the value. At
    /// most three times as many bytes as `bytes` (`\b` becomes `\u0008`).
    mutating func writeDecoded(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count >= 2 else { return }
        let end = bytes.count - 1
        write(UInt8(ascii: "\""))
        var position = 1
        while position < end {
            guard base[position] == UInt8(ascii: "\\"),
                let scalar = ProfileRecordReader.escapedScalar(base, &position, end).flatMap(
                    Unicode.Scalar.init)
            else {
                write(base[position])
                position += 1
                continue
            }
            if scalar.isASCII, JSONValue.isEscaped(UInt8(scalar.value)) {
                JSONValue.writeEscape(of: UInt8(scalar.value)) { write($0) }
            } else {
                UTF8.encode(scalar) { write($0) }
            }
        }
        write(UInt8(ascii: "\""))
    }

    /// Bytes copied without a call for up to 16 (as short pass-through values are):
    /// two loads that may overlap, never past the end of `bytes`.
    @inline(__always)
    mutating func writeShort(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        let source = UnsafeRawPointer(base)
        let destination = UnsafeMutableRawPointer(pointer)
        if count >= 8 && count <= 16 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            destination.storeBytes(of: head, as: UInt64.self)
            destination.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 && count < 8 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            destination.storeBytes(of: head, as: UInt32.self)
            destination.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count >= 2 && count < 4 {
            let head = source.loadUnaligned(as: UInt16.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 2, as: UInt16.self)
            destination.storeBytes(of: head, as: UInt16.self)
            destination.storeBytes(of: tail, toByteOffset: count - 2, as: UInt16.self)
        } else if count == 1 {
            pointer.pointee = base.pointee
        } else {
            pointer.update(from: base, count: count)
        }
        pointer += count
    }

    /// How many bytes ``writeChunks(_:count:)`` copies at a time.
    static let chunk = 16

    /// `count` bytes copied sixteen at a time: `source` must be readable, and the room
    /// writable, up to `count` rounded up to a multiple of ``chunk`` (the bytes past
    /// `count` are overwritten by what follows).
    @inline(__always)
    mutating func writeChunks(_ source: UnsafePointer<UInt8>, count: Int) {
        var offset = 0
        repeat {
            UnsafeMutableRawPointer(pointer + offset).storeBytes(
                of: UnsafeRawPointer(source + offset).loadUnaligned(as: SIMD16<UInt8>.self),
                as: SIMD16<UInt8>.self)
            offset &+= 16
        } while offset < count
        pointer += count
    }

    /// "00", "01", … "99": two decimal digits per entry.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324\
        25262728293031323334353637383940414243444546474849\
        50515253545556575859606162636465666768697071727374\
        75767778798081828384858687888990919293949596979899
        """

    /// The two digits of `value` (below 100) at `destination`.
    @inline(__always)
    private static func writePair(_ value: UInt64, at destination: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(destination).storeBytes(
            of: UnsafeRawPointer(digitPairs.utf8Start + 2 * Int(value)).loadUnaligned(
                as: UInt16.self),
            as: UInt16.self)
    }

    /// An integer in decimal (at most 20 bytes).
    @inline(__always)
    mutating func write(_ value: Int) {
        if value < 0 { write(UInt8(ascii: "-")) }
        write(magnitude: UInt64(value.magnitude))
    }

    /// A magnitude in decimal, two digits per table look-up.
    @inline(__always)
    private mutating func write(magnitude: UInt64) {
        if magnitude < 10 {
            write(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
        } else if magnitude < 100 {
            ByteWriter.writePair(magnitude, at: pointer)
            pointer += 2
        } else {
            writeLong(magnitude)
        }
    }

    /// A magnitude of three digits or more: its length found with at most three
    /// comparisons up to eight digits, then written from the end, two digits at a time.
    @inline(__always)
    private mutating func writeLong(_ value: UInt64) {
        var digits: Int
        if value < 10_000 {
            digits = value < 1000 ? 3 : 4
        } else if value < 1_000_000 {
            digits = value < 100_000 ? 5 : 6
        } else if value < 100_000_000 {
            digits = value < 10_000_000 ? 7 : 8
        } else {
            digits = 9
            var limit: UInt64 = 1_000_000_000
            while value >= limit && digits < 20 {
                digits += 1
                limit &*= 10
            }
        }
        var magnitude = value
        var end = pointer + digits
        pointer = end
        while magnitude >= 100 {
            let quotient = magnitude / 100
            end -= 2
            ByteWriter.writePair(magnitude &- quotient &* 100, at: end)
            magnitude = quotient
        }
        if magnitude >= 10 {
            ByteWriter.writePair(magnitude, at: end - 2)
        } else {
            (end - 1).pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
    }

    /// A score as ``Score/description`` writes it (at most 28 bytes): the whole
    /// points, then the millionths without their trailing zeros, if any.
    @inline(__always)
    mutating func write(_ score: Score) {
        let micro = score.micro
        if micro < 0 { write(UInt8(ascii: "-")) }
        let magnitude = micro.magnitude
        let scale = UInt64(Score.scale)
        let whole = magnitude / scale
        let fraction = magnitude &- whole &* scale
        write(magnitude: whole)
        if fraction != 0 { write(fraction: fraction) }
    }

    /// A point and the six digits of millionths, without their trailing zeros.
    private mutating func write(fraction: UInt64) {
        write(UInt8(ascii: "."))
        var rest = fraction
        var end = pointer + 6
        for _ in 0..<3 {
            let quotient = rest / 100
            end -= 2
            ByteWriter.writePair(rest &- quotient &* 100, at: end)
            rest = quotient
        }
        end = pointer + 6
        while (end - 1).pointee == UInt8(ascii: "0") { end -= 1 }
        pointer = end
    }
}
