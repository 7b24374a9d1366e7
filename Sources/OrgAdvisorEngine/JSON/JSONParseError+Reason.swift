extension JSONParseError {
    /// What came where something else was expected.
    public enum Found: Sendable, Hashable {
        /// A printable ASCII character.
        case character(Character)
        /// Any other byte.
        case byte(UInt8)
        /// The end of the input.
        case end

        /// `'x'`, `byte 0xFF` or `the end of the input`.
        public var description: String {
            switch self {
            case .character(let character): return "'\(character)'"
            case .byte(let byte): return "byte 0x" + Found.hex(byte)
            case .end: return "the end of the input"
            }
        }

        /// Two upper-case hex digits.
        public static func hex(_ byte: UInt8) -> String {
            let digits = String(byte, radix: 16, uppercase: true)
            return digits.count == 1 ? "0" + digits : digits
        }
    }

    /// What is wrong, as data, for messages in another language; ``description`` is the
    /// English message.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// Nothing but white space.
        case emptyInput
        /// Something after the JSON value.
        case afterValue(Found)
        /// The end of the input where a value was expected.
        case endBeforeValue
        /// Something else where a value was expected.
        case expectedValue(Found)
        /// A misspelt `true`, `false` or `null` (the word expected).
        case invalidLiteral(String)
        /// Arrays and objects nested deeper than the limit.
        case tooDeep(Int)
        /// Something else where an object's key was expected.
        case expectedKey(Found)
        /// A key given twice, in the profile itself or in an object inside it.
        case duplicateKey(String, inProfile: Bool)
        /// No ':' after an object's key.
        case expectedColon(key: String, Found)
        /// Neither ',' nor `close` after an object member (`inObject`) or an array element.
        case expectedSeparator(close: Character, inObject: Bool, Found)
        /// A number without digits.
        case expectedDigit(Found)
        /// A number starting with `0` and another digit.
        case leadingZeros
        /// A decimal point without a digit after it.
        case expectedFractionDigit(Found)
        /// An exponent without digits.
        case expectedExponentDigit(Found)
        /// A number too large for a double (its text).
        case numberTooLarge(String)
        /// A control character written as it is in a string.
        case controlCharacter(UInt8)
        /// A string without its closing quote.
        case unterminatedString
        /// A string with bytes that are not UTF-8 (the first one).
        case invalidUTF8(UInt8)
        /// A surrogate escape (such as `\uD83D`) without its pair: the four hex digits.
        case loneSurrogate(String)
        /// A backslash before a character that is no escape.
        case invalidEscape(Character)
        /// `\u` without four hex digits.
        case invalidUnicodeEscape(Found)

        /// The English message: lower case, names in single quotes.
        public var description: String {
            switch self {
            case .emptyInput: return "empty input; expected a JSON value"
            case .afterValue(let found):
                return "unexpected \(found.description) after the JSON value"
            case .endBeforeValue: return "unexpected end of input; expected a value"
            case .expectedValue(let found): return "expected a value, found \(found.description)"
            case .invalidLiteral(let word): return "invalid literal; expected '\(word)'"
            case .tooDeep(let depth): return "nesting deeper than \(depth) levels"
            case .expectedKey(let found): return "expected a string key, found \(found.description)"
            case .duplicateKey(let key, let inProfile):
                return
                    "duplicate key '\(key)' in \(inProfile ? "a profile" : "an object inside a profile")"
            case .expectedColon(let key, let found):
                return "expected ':' after the key '\(key)', found \(found.description)"
            case .expectedSeparator(let close, let inObject, let found):
                let expected =
                    "',' or '\(close)' after \(inObject ? "an object member" : "an array element")"
                return found == .end
                    ? "unexpected end of input; expected \(expected)"
                    : "expected \(expected), found \(found.description)"
            case .expectedDigit(let found): return "expected a digit, found \(found.description)"
            case .leadingZeros: return "leading zeros are not allowed in numbers"
            case .expectedFractionDigit(let found):
                return "expected a digit after the decimal point, found \(found.description)"
            case .expectedExponentDigit(let found):
                return "expected a digit in the exponent, found \(found.description)"
            case .numberTooLarge(let text): return "number too large: \(text)"
            case .controlCharacter(let byte):
                return
                    "control character (byte 0x\(Found.hex(byte))) in a string; write it as an escape"
            case .unterminatedString: return "unterminated string; expected '\"'"
            case .invalidUTF8(let byte):
                return "invalid UTF-8 byte 0x\(Found.hex(byte)) in a string"
            case .loneSurrogate(let digits): return "lone surrogate \\u\(digits)"
            case .invalidEscape(let character): return "invalid escape '\\\(character)' in a string"
            case .invalidUnicodeEscape(let found):
                return "invalid \\u escape; expected four hex digits, found \(found.description)"
            }
        }
    }
}
