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

    /// `count` bytes copied eight at a time: `source` must be readable, and the room
    /// writable, up to `count` rounded up to a multiple of eight (the bytes past `count`
    /// are overwritten by what follows).
    @inline(__always)
    mutating func writeWords(_ source: UnsafePointer<UInt8>, count: Int) {
        var offset = 0
        while offset < count {
            UnsafeMutableRawPointer(pointer + offset).storeBytes(
                of: UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self),
                as: UInt64.self)
            offset += 8
        }
        pointer += count
    }

    /// An integer in decimal (at most 20 bytes).
    @inline(__always)
    mutating func write(_ value: Int) {
        if value < 0 { write(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        if magnitude < 10 {
            write(UInt8(ascii: "0") + UInt8(magnitude))
        } else if magnitude < 100 {
            write(UInt8(ascii: "0") + UInt8(magnitude / 10))
            write(UInt8(ascii: "0") + UInt8(magnitude % 10))
        } else {
            writeLong(magnitude)
        }
    }

    /// A magnitude of three digits or more.
    private mutating func writeLong(_ value: UInt) {
        var magnitude = value
        var digits = 1
        var scan = magnitude
        while scan >= 10 {
            scan /= 10
            digits += 1
        }
        var position = pointer + digits
        pointer = position
        repeat {
            position -= 1
            position.pointee = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// A score as ``Score/description`` writes it (at most 28 bytes).
    mutating func write(_ score: Score) {
        if score.micro % Score.scale == 0 {
            write(Int(score.micro / Score.scale))
        } else {
            for byte in score.description.utf8 { write(byte) }
        }
    }
}
