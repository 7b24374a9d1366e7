import OrgAdvisorEngine
import OrgAdvisorRules

extension JSONParseError {
    /// The message in `language`: ``message`` in English, the reason in the language's
    /// words otherwise.
    package func message(in language: Language) -> String {
        guard let reason else { return message }
        return reason.text(in: language)
    }
}

extension JSONParseError.Reason {
    /// The message in `language` (in English, ``description``).
    package func text(in language: Language) -> String {
        let strings = JSONErrorStrings.of(language)
        let quoted = ErrorStrings.of(language).quoted
        let found = { (found: JSONParseError.Found) -> String in
            switch found {
            case .character(let character): return quoted(String(character))
            case .byte(let byte):
                return JSONErrorStrings.fill(strings.byte, JSONParseError.Found.hex(byte))
            case .end: return strings.end
            }
        }
        let f = { (template: String, values: [String]) in
            JSONErrorStrings.format(template, arguments: values)
        }
        switch self {
        case .emptyInput: return strings.emptyInput
        case .afterValue(let what): return f(strings.afterValue, [found(what)])
        case .endBeforeValue: return strings.endBeforeValue
        case .expectedValue(let what): return f(strings.expectedValue, [found(what)])
        case .invalidLiteral(let word): return f(strings.invalidLiteral, [quoted(word)])
        case .tooDeep(let depth): return f(strings.tooDeep, ["\(depth)"])
        case .expectedKey(let what): return f(strings.expectedKey, [found(what)])
        case .duplicateKey(let key, let inProfile):
            return f(
                strings.duplicateKey,
                [quoted(key), inProfile ? strings.inProfile : strings.inInnerObject])
        case .expectedColon(let key, let what):
            return f(strings.expectedColon, [quoted(":"), quoted(key), found(what)])
        case .expectedSeparator(let close, let inObject, let what):
            let place = inObject ? strings.objectMember : strings.arrayElement
            return what == .end
                ? f(strings.endBeforeSeparator, [quoted(","), quoted(String(close)), place])
                : f(
                    strings.expectedSeparator,
                    [quoted(","), quoted(String(close)), place, found(what)])
        case .expectedDigit(let what): return f(strings.expectedDigit, [found(what)])
        case .leadingZeros: return strings.leadingZeros
        case .expectedFractionDigit(let what):
            return f(strings.expectedFractionDigit, [found(what)])
        case .expectedExponentDigit(let what):
            return f(strings.expectedExponentDigit, [found(what)])
        case .numberTooLarge(let text): return f(strings.numberTooLarge, [text])
        case .controlCharacter(let byte):
            return f(strings.controlCharacter, [JSONParseError.Found.hex(byte)])
        case .unterminatedString: return f(strings.unterminatedString, [quoted("\"")])
        case .invalidUTF8(let byte): return f(strings.invalidUTF8, [JSONParseError.Found.hex(byte)])
        case .loneSurrogate(let digits): return f(strings.loneSurrogate, [digits])
        case .invalidEscape(let character):
            return f(strings.invalidEscape, [quoted("\\\(character)")])
        case .invalidUnicodeEscape(let what): return f(strings.invalidUnicodeEscape, [found(what)])
        }
    }
}
