/// The texts of a file as written: for each translatable text, its language parts in
/// the order written and the strings of each, as the tokens hold them. The syntax tree
/// keeps only the joined strings; the formatter keeps the author's strings (a text's
/// line breaks, such as one item of a list per string) and order of languages.
struct WrittenTexts {
    /// One language part of a text: its tag (`en`, `fr`, or nil for a text in every
    /// language) and its strings.
    struct Part {
        var tag: String?
        var strings: [String]
    }

    let tokens: [Token]
    let texts: TokenTexts

    /// The parts of the text written over `range`.
    func parts(of range: SourceRange) -> [Part] {
        // The first token at or after the range's start, found by bisection.
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < range.start {
                low = middle + 1
            } else {
                high = middle
            }
        }
        var parts: [Part] = []
        var index = low
        while index < tokens.count, tokens[index].kind != .endOfFile,
            tokens[index].range.lowerBound < range.end
        {
            let token = tokens[index]
            if token.kind == .string {
                if parts.isEmpty { parts.append(Part(tag: nil, strings: [])) }
                parts[parts.count - 1].strings.append(texts[token.text])
            } else if token.kind == .identifier {
                parts.append(Part(tag: texts[token.text], strings: []))
            }
            index += 1
        }
        return parts
    }
}
