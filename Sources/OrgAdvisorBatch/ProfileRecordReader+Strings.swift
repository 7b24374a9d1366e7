import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Strings that are not plain, read by the one-pass reader: escapes and UTF-8 checked
/// exactly as the strict ``JSONParser`` checks them (anything it would refuse gives nil,
/// so that the strict path reports it).
extension ProfileRecordReader {
    /// The scalar of the escape at `position` (its backslash), with `position` moved
    /// past it: `\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`, or `\u` with four hex
    /// digits (a high surrogate followed by an escaped low one for a scalar past the
    /// BMP); nil for anything else, which the strict path refuses.
    @inline(__always)
    static func escapedScalar(_ base: UnsafePointer<UInt8>, _ position: inout Int, _ count: Int)
        -> UInt32?
    {
        guard position + 1 < count else { return nil }
        let scalar: UInt32
        switch base[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            scalar = UInt32(base[position + 1])
        case UInt8(ascii: "b"): scalar = 0x08
        case UInt8(ascii: "f"): scalar = 0x0C
        case UInt8(ascii: "n"): scalar = 0x0A
        case UInt8(ascii: "r"): scalar = 0x0D
        case UInt8(ascii: "t"): scalar = 0x09
        case UInt8(ascii: "u"):
            guard let high = hex4(base, position + 2, count) else { return nil }
            if high >= 0xDC00 && high <= 0xDFFF { return nil }
            guard high >= 0xD800 && high <= 0xDBFF else {
                position += 6
                return high
            }
            guard position + 7 < count, base[position + 6] == UInt8(ascii: "\\"),
                base[position + 7] == UInt8(ascii: "u"),
                let low = hex4(base, position + 8, count), low >= 0xDC00 && low <= 0xDFFF
            else { return nil }
            position += 12
            return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        default:
            return nil
        }
        position += 2
        return scalar
    }

    /// The four hex digits at `start`, or nil.
    @inline(__always)
    static func hex4(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> UInt32? {
        guard start + 4 <= count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = base[start + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte &- UInt8(ascii: "A") &+ 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The scalar of the UTF-8 sequence of two to four bytes at `position`, with
    /// `position` moved past it; nil when it is not valid UTF-8 (the same checks as
    /// `UTF8Validation`: no overlong forms, no surrogates, nothing past U+10FFFF).
    @inline(__always)
    static func wideScalar(_ base: UnsafePointer<UInt8>, _ position: inout Int, _ count: Int)
        -> UInt32?
    {
        let lead = base[position]
        guard let (length, lower, upper) = UTF8Validation.sequence(startingWith: lead) else {
            return nil
        }
        guard count - position >= length else { return nil }
        let second = base[position + 1]
        guard second >= lower && second <= upper else { return nil }
        var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        scalar = scalar << 6 | UInt32(second & 0x3F)
        var offset = 2
        while offset < length {
            let next = base[position + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
            offset += 1
        }
        position += length
        return scalar
    }

    /// The index of the quote that ends the string whose content starts at `start`,
    /// checked as the strict parser checks it (escapes, UTF-8, no control bytes), and
    /// whether it has escapes; nil when the strict parser would refuse it.
    static func checkedStringEnd(_ base: UnsafePointer<UInt8>, _ start: Int, _ count: Int)
        -> (end: Int, escaped: Bool)?
    {
        var scan = start
        var escaped = false
        while scan < count {
            let byte = base[scan]
            if byte == UInt8(ascii: "\"") { return (scan, escaped) }
            if byte == UInt8(ascii: "\\") {
                guard escapedScalar(base, &scan, count) != nil else { return nil }
                escaped = true
            } else if byte >= 0x80 {
                guard wideScalar(base, &scan, count) != nil else { return nil }
            } else if byte < 0x20 {
                return nil
            } else {
                scan += 1
            }
        }
        return nil
    }
}

extension ProfileRecordReader.PassThrough {
    /// Sets `id` (`isName` false) or `name` from the one-pass reader: the range of its
    /// bytes, and whether they hold escapes (a string that the results write with its
    /// escapes decoded: ``ByteWriter/writeDecoded(_:)``).
    mutating func set(isName: Bool, _ range: Range<Int>, escaped: Bool) {
        if isName {
            nameBytes = range
            nameEscaped = escaped
        } else {
            idBytes = range
            idEscaped = escaped
        }
    }
}

extension ProfileRecordReader {
    /// The text of the string content `start..<end`, known to be valid (see
    /// ``checkedStringEnd(_:_:_:)``), its escapes decoded as the strict parser decodes
    /// them.
    static func decodedString(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        var position = start
        while position < end {
            if base[position] == UInt8(ascii: "\\"),
                let scalar = escapedScalar(base, &position, end).flatMap(Unicode.Scalar.init)
            {
                UTF8.encode(scalar) { bytes.append($0) }
            } else {
                bytes.append(base[position])
                position += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
