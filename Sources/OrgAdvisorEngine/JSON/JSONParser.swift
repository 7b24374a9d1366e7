import OrgAdvisorRules

/// A strict JSON reader (RFC 8259) working on bytes: exact positions in errors, no
/// trailing commas, comments, NaN or leading zeros, strings checked for valid UTF-8,
/// nesting limited so that no input can exhaust the stack. It reads profiles: a
/// duplicate key, valid JSON but ambiguous in a profile, is refused (an error that is
/// not a syntax error). A UTF-8 byte-order mark is skipped at the very start of the
/// input (a buffer placed at offset 0), nowhere else.
public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private let baseLine: Int
    private let baseOffset: Int
    private var position = 0
    private var depth = 0

    /// Parses one JSON value from `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 64) throws(JSONParseError)
        -> JSONValue
    {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSONValue in try parse(buffer, maxDepth: maxDepth)
            }
        }
        return try result.get()
    }

    /// Parses one JSON value from a buffer. `baseLine` and `baseOffset` place the buffer
    /// in a larger file (a line of JSON Lines), so errors give the file's positions.
    public static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int = 64, baseLine: Int = 1,
        baseOffset: Int = 0
    ) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(
            bytes: bytes, maxDepth: maxDepth, baseLine: baseLine, baseOffset: baseOffset)
        if baseOffset == 0 && bytes.starts(with: UTF8Validation.byteOrderMark) {
            parser.position = UTF8Validation.byteOrderMark.count
        }
        parser.skipWhitespace()
        if parser.position == bytes.count {
            throw parser.error(.emptyInput)
        }
        let value = try parser.value()
        parser.skipWhitespace()
        if parser.position < bytes.count {
            throw parser.error(.afterValue(parser.found(parser.position)))
        }
        return value
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int, baseLine: Int, baseOffset: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.baseLine = baseLine
        self.baseOffset = baseOffset
    }

    // MARK: Errors

    private func error(_ reason: JSONParseError.Reason, at offset: Int? = nil) -> JSONParseError {
        let at = min(offset ?? position, bytes.count)
        var line = baseLine
        var lineStart = 0
        for index in 0..<at where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return JSONParseError(
            reason, offset: baseOffset + at, line: line, column: at - lineStart + 1)
    }

    /// The byte at `offset` for messages: a character, a byte or the end of the input.
    private func found(_ offset: Int) -> JSONParseError.Found {
        guard offset < bytes.count else { return .end }
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return .character(Character(Unicode.Scalar(byte))) }
        return .byte(byte)
    }

    // MARK: Values

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                position += 1
            default: return
            }
        }
    }

    private mutating func value() throws(JSONParseError) -> JSONValue {
        guard position < bytes.count else {
            throw error(.endBeforeValue)
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error(.expectedValue(found(position)))
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONParseError)
        -> JSONValue
    {
        let start = position
        for index in 0..<word.utf8CodeUnitCount {
            guard position < bytes.count, bytes[position] == word.utf8Start[index] else {
                throw error(.invalidLiteral("\(word)"), at: start)
            }
            position += 1
        }
        return value
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > maxDepth { throw error(.tooDeep(maxDepth)) }
    }

    private mutating func object() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var members: [(String, JSONValue)] = []
        var keys: Set<String> = []
        if skip(UInt8(ascii: "}")) { return .object(members) }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error(.expectedKey(found(position)))
            }
            let keyStart = position
            let key = try string()
            if !keys.insert(key).inserted {
                throw error(.duplicateKey(key, inProfile: depth == 1), at: keyStart)
            }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error(.expectedColon(key: key, found(position)))
            }
            position += 1
            skipWhitespace()
            members.append((key, try value()))
            if try !separator(UInt8(ascii: "}")) {
                return .object(members)
            }
        }
    }

    private mutating func array() throws(JSONParseError) -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var values: [JSONValue] = []
        if skip(UInt8(ascii: "]")) { return .array(values) }
        while true {
            skipWhitespace()
            values.append(try value())
            if try !separator(UInt8(ascii: "]")) {
                return .array(values)
            }
        }
    }

    /// Skips white space, then `byte` if it comes next; whether it did.
    private mutating func skip(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Skips what ends an object member or an array element: a ',' (true: another follows) or
    /// the container's `close` (false: it ends).
    private mutating func separator(_ close: UInt8) throws(JSONParseError)
        -> Bool
    {
        if skip(UInt8(ascii: ",")) { return true }
        if skip(close) { return false }
        throw error(
            .expectedSeparator(
                close: Character(Unicode.Scalar(close)), inObject: close == UInt8(ascii: "}"),
                found(position)))
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count && bytes[position] >= UInt8(ascii: "0")
                && bytes[position] <= UInt8(ascii: "9")
            {
                position += 1
            }
            return position - from
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        if integerDigits == 0 { throw error(.expectedDigit(found(position))) }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            throw error(.leadingZeros, at: integerStart)
        }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            if digits() == 0 {
                throw error(.expectedFractionDigit(found(position)))
            }
        }
        if position < bytes.count
            && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E"))
        {
            position += 1
            if position < bytes.count
                && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-"))
            {
                position += 1
            }
            if digits() == 0 {
                throw error(.expectedExponentDigit(found(position)))
            }
        }
        let text = String(
            decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error(.numberTooLarge(text), at: start)
        }
        return .number(text)
    }

    private mutating func string() throws(JSONParseError) -> String {
        let start = position
        position += 1
        // Fast path: plain ASCII without escapes up to the closing quote.
        var scan = position
        while scan < bytes.count {
            let byte = bytes[scan]
            if byte == UInt8(ascii: "\"") {
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[position..<scan]), as: UTF8.self)
                position = scan + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            scan += 1
        }
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[position..<scan]))
        position = scan
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &out)
            case 0..<0x20:
                throw error(.controlCharacter(byte))
            case 0x80...:
                let length = try utf8Sequence()
                out.append(
                    contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<position + length]))
                position += length
            default:
                out.append(byte)
                position += 1
            }
        }
        throw error(.unterminatedString, at: start)
    }

    /// The length of the valid UTF-8 sequence at `position`, or an error.
    private func utf8Sequence() throws(JSONParseError) -> Int {
        let lead = bytes[position]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let end = position + length
        guard end <= bytes.count, UTF8Validation.firstInvalidOffset(bytes[position..<end]) == nil
        else {
            throw error(.invalidUTF8(lead))
        }
        return length
    }

    private mutating func escape(into out: inout [UInt8]) throws(JSONParseError) {
        let start = position
        position += 1
        guard position < bytes.count else {
            throw error(.unterminatedString, at: start)
        }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4(at: start)
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                    bytes[position + 1] == UInt8(ascii: "u")
                else {
                    throw error(
                        .loneSurrogate(String(scalar, radix: 16, uppercase: true)), at: start)
                }
                position += 2
                let low = try hex4(at: start)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw error(
                        .loneSurrogate(String(scalar, radix: 16, uppercase: true)), at: start)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw error(.loneSurrogate(String(scalar, radix: 16, uppercase: true)), at: start)
            }
            out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
        default:
            throw error(.invalidEscape(Character(Unicode.Scalar(byte))), at: start)
        }
    }

    private mutating func hex4(at start: Int) throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else {
                throw error(.unterminatedString, at: start)
            }
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"):
                digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"):
                digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default:
                throw error(.invalidUnicodeEscape(found(position)))
            }
            value = value * 16 + digit
            position += 1
        }
        return value
    }
}
