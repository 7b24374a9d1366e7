import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension RecordSplitter {
    /// How far a value whose end is not yet in the buffer was scanned: kept from one
    /// buffer to the next, so that no byte of a long record is scanned twice.
    struct ValueScan: Sendable {
        /// Whether a value is being scanned.
        var active = false
        /// The offset in the whole input of the value's first byte.
        var start = 0
        /// The offset in the whole input of the next byte to scan (past the end of the
        /// buffer when an escape's second byte is still to come).
        var next = 0
        /// How many objects and arrays are open.
        var depth = 0
        /// Whether the scan is inside a string.
        var inString = false
        /// A problem in the structure before the value, reported with it.
        var structural: String?

        /// Starts a value at `offset` in the whole input.
        init(start offset: Int, structural: String? = nil) {
            active = true
            start = offset
            next = offset
            self.structural = structural
        }

        init() {}

        /// Scans `buffer`, whose first byte is at `base` in the whole input, from `next`
        /// to the value's end: a balanced object or array, a string, or a scalar up to
        /// the next `,`, `]` or space. Returns the index in `buffer` just past the value,
        /// or nil when the value does not end in the buffer (the state is kept).
        mutating func end(in buffer: UnsafeBufferPointer<UInt8>, base: Int) -> Int? {
            var index = next - base
            // A stray closing bracket or comma is a (bad) value of its own, so scanning moves on.
            if next == start && index < buffer.count {
                switch buffer[index] {
                case UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","):
                    active = false
                    return index + 1
                default: break
                }
            }
            while index < buffer.count {
                let byte = buffer[index]
                if inString {
                    if byte == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    if byte == UInt8(ascii: "\"") {
                        inString = false
                        if depth == 0 {
                            active = false
                            return index + 1
                        }
                    }
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 {
                        active = false
                        return index
                    }
                    depth -= 1
                    if depth == 0 {
                        active = false
                        return index + 1
                    }
                case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                    if depth == 0 {
                        active = false
                        return index
                    }
                default: break
                }
                index += 1
            }
            next = base + index
            return nil
        }

        /// Whether a value that ran to the end of the input is whole: a scalar (not
        /// inside a string, object or array).
        var isWholeAtEnd: Bool { depth == 0 && !inString }
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
}
