/// Where the cursor is in a rule file, for completion: the declaration around it, the
/// attribute line (or header) it is in, the words before it on that line (and on the
/// lines it continues), and the part of a name already typed.
struct CompletionContext: Sendable, Equatable {
    /// A word of the line before the cursor.
    enum Word: Sendable, Equatable {
        case name(String)
        case number
        case string
        case punctuation(String)
        /// A string not closed before the cursor: the cursor is inside it.
        case openString
    }

    /// What the cursor is at.
    enum Place: Sendable, Equatable {
        /// The first word of a line at column 1: a declaration keyword.
        case declarationKeyword
        /// The first word of an indented line of a declaration (by its keyword).
        case attributeKeyword(declaration: String?)
        /// After the first word of a declaration's header (`criterion id: …`).
        case header(declaration: String, words: [Word])
        /// After the keyword of an attribute line of a declaration.
        case attribute(declaration: String?, keyword: String, words: [Word])
    }

    var place: Place
    /// The byte offset where the name being typed starts (the cursor when none is).
    var wordStart: Int

    /// The context at byte `offset` of a document.
    init(lines: LineIndex, offset: Int) {
        let bytes = lines.bytes
        let offset = max(0, min(offset, bytes.count))
        var start = offset
        while start > 0 && CompletionContext.isNameByte(bytes[start - 1]) { start -= 1 }
        wordStart = start
        let line = lines.line(of: offset)
        let lineStart = lines.lineStarts[line]
        let firstWord = CompletionContext.firstWordStart(
            bytes, from: lineStart, to: lines.lineEnd(line))
        let declaration = CompletionContext.declarationLine(lines, atOrBefore: line)
        let declarationKeyword = declaration.flatMap {
            CompletionContext.firstName(lines, line: $0)
        }
        if firstWord == nil || firstWord! >= start {
            if start == lineStart {
                place = .declarationKeyword
                return
            }
            // An indented line: an attribute keyword, unless it continues the line before.
            let before = CompletionContext.statement(
                lines, before: line, declarationLine: declaration)
            if let before, CompletionContext.continues(before.words) {
                place = CompletionContext.place(
                    before.keyword, before.words, declarationKeyword, before.isHeader)
            } else {
                place = .attributeKeyword(declaration: declarationKeyword)
            }
            return
        }
        // Within a statement: from its first line to the name being typed.
        var statementLine = line
        if let firstWord, firstWord > lineStart,
            let before = CompletionContext.statement(
                lines, before: line, declarationLine: declaration),
            CompletionContext.continues(before.words)
        {
            statementLine = before.line
        }
        let words = CompletionContext.words(Array(bytes[lines.lineStarts[statementLine]..<start]))
        guard case .name(let keyword)? = words.first else {
            place = .attributeKeyword(declaration: declarationKeyword)
            return
        }
        let isHeader = statementLine == declaration
        place = CompletionContext.place(
            keyword, Array(words.dropFirst()), declarationKeyword, isHeader)
    }

    private static func place(
        _ keyword: String, _ words: [Word], _ declaration: String?, _ isHeader: Bool
    )
        -> Place
    {
        isHeader
            ? .header(declaration: keyword, words: words)
            : .attribute(declaration: declaration, keyword: keyword, words: words)
    }

    /// Whether a statement goes on after the end of its line: it ends with a comma,
    /// an opening bracket or parenthesis, an operator or a word of a condition.
    private static func continues(_ words: [Word]) -> Bool {
        switch words.last {
        case .punctuation(let text): return text != "]" && text != ")"
        case .name(let text): return ["and", "or", "not", "in", "when"].contains(text)
        case .openString: return true
        default: return false
        }
    }

    /// The statement that a line may continue: the keyword, words and first line of the
    /// nearest line above (and below the declaration's header) that starts with a word.
    private static func statement(_ lines: LineIndex, before line: Int, declarationLine: Int?)
        -> (keyword: String, words: [Word], line: Int, isHeader: Bool)?
    {
        var current = line - 1
        let lowest = declarationLine ?? 0
        var text: [UInt8] = []
        while current >= lowest {
            let range = lines.lineStarts[current]..<lines.lineEnd(current)
            text = Array(lines.bytes[range]) + [UInt8(ascii: "\n")] + text
            if case .name(let keyword)? = words(text).first,
                current == declarationLine || RuleLanguageKeywords.allAttributes.contains(keyword)
            {
                return (
                    keyword, Array(words(text).dropFirst()), current, current == declarationLine
                )
            }
            current -= 1
        }
        return nil
    }

    /// The nearest line at or above `line` that starts with a name in column 1.
    private static func declarationLine(_ lines: LineIndex, atOrBefore line: Int) -> Int? {
        var current = line
        while current >= 0 {
            let start = lines.lineStarts[current]
            if start < lines.bytes.count, isNameStart(lines.bytes[start]) { return current }
            current -= 1
        }
        return nil
    }

    private static func firstName(_ lines: LineIndex, line: Int) -> String? {
        let range = lines.lineStarts[line]..<lines.lineEnd(line)
        if case .name(let name)? = words(Array(lines.bytes[range])).first { return name }
        return nil
    }

    /// The offset of the first word of a line (not a comment), if any.
    private static func firstWordStart(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end
            && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t"))
        {
            index += 1
        }
        return index < end && bytes[index] != UInt8(ascii: "#") ? index : nil
    }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The words of some text, comments left out.
    static func words(_ bytes: [UInt8]) -> [Word] {
        var words: [Word] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "#") {
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if isNameStart(byte) {
                let start = index
                while index < bytes.count && isNameByte(bytes[index]) { index += 1 }
                words.append(.name(String(decoding: bytes[start..<index], as: UTF8.self)))
            } else if byte == UInt8(ascii: "\"") {
                index += 1
                var closed = false
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") {
                    if bytes[index] == UInt8(ascii: "\\") {
                        index += 2
                        continue
                    }
                    index += 1
                    if bytes[index - 1] == UInt8(ascii: "\"") {
                        closed = true
                        break
                    }
                }
                words.append(closed ? .string : .openString)
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                || byte == UInt8(ascii: "+")
                || (byte == UInt8(ascii: "-") && index + 1 < bytes.count
                    && bytes[index + 1] >= UInt8(ascii: "0")
                    && bytes[index + 1] <= UInt8(ascii: "9"))
            {
                index += 1
                while index < bytes.count
                    && (isNameByte(bytes[index]) || bytes[index] == UInt8(ascii: "."))
                {
                    index += 1
                }
                words.append(.number)
            } else if " \t\r\n".utf8.contains(byte) {
                index += 1
            } else {
                let pair = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "=")
                let length = pair && "!<>=".utf8.contains(byte) ? 2 : 1
                words.append(
                    .punctuation(String(decoding: bytes[index..<index + length], as: UTF8.self)))
                index += length
            }
        }
        return words
    }
}
