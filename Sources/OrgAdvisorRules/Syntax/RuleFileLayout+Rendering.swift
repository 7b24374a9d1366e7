/// The formatted text: declarations and comments in file order, blank lines, and
/// comments at the ends of lines aligned.
extension RuleFileLayout {
    /// A printed line: its code and the comment at its end, if any.
    private struct Line {
        var code: String
        var comment: String?
    }

    /// What stands between declarations: a declaration, or a comment of its own.
    private enum Entry {
        case declaration(Int)
        case comment(LooseComment)
    }

    /// The file's formatted text, ending with one line break.
    func render() -> String {
        var lines: [Line] = []
        var previousLastLine: Int?
        var previousWasDeclaration = false
        for entry in entries() {
            let (first, last) = sourceLines(entry)
            // One blank line after a declaration, and elsewhere where the source had at
            // least one.
            if let previousLastLine, previousWasDeclaration || first - previousLastLine > 1 {
                lines.append(Line(code: ""))
            }
            switch entry {
            case .comment(let comment):
                lines.append(Line(code: comment.text))
                previousWasDeclaration = false
            case .declaration(let index):
                lines += declarationLines(index)
                previousWasDeclaration = true
            }
            previousLastLine = last
        }
        align(&lines)
        var out = file.bytes.starts(with: UTF8Validation.byteOrderMark) ? "\u{FEFF}" : ""
        for line in lines {
            out += line.code
            if let comment = line.comment { out += comment }
            out += "\n"
        }
        return out
    }

    /// Declarations and loose comments in file order.
    private func entries() -> [Entry] {
        var entries: [Entry] = []
        var looseIndex = 0
        var declaration = 0
        for item in items where !item.isAttribute {
            while looseIndex < loose.count, loose[looseIndex].start < item.start {
                entries.append(.comment(loose[looseIndex]))
                looseIndex += 1
            }
            entries.append(.declaration(declaration))
            declaration += 1
        }
        while looseIndex < loose.count {
            entries.append(.comment(loose[looseIndex]))
            looseIndex += 1
        }
        return entries
    }

    /// The first and last source lines of an entry, comments that belong to it included.
    private func sourceLines(_ entry: Entry) -> (Int, Int) {
        switch entry {
        case .comment(let comment):
            return (comment.line, comment.line)
        case .declaration(let index):
            let range = itemRange(of: index)
            var last = items[range.upperBound - 1].lastLine
            if let closingLast = closing[index].last { last = max(last, closingLast.line) }
            return (items[range.lowerBound].firstLine, last)
        }
    }

    /// The printed lines of a declaration with its comments.
    private func declarationLines(_ index: Int) -> [Line] {
        var lines: [Line] = []
        for item in items[itemRange(of: index)] {
            let indent = item.isAttribute ? "    " : ""
            var leading = item.leading
            var placed: [String?] = Array(repeating: nil, count: item.lines.count)
            let sourceCount = item.lastLine - item.firstLine + 1
            for (line, text) in item.trailing {
                // The same line when the item keeps its number of lines, else its first
                // or last line; otherwise (or when that line has a comment) before it.
                var target: Int?
                if item.lines.count == sourceCount {
                    target = line
                } else if line == 0 {
                    target = 0
                } else if line == sourceCount - 1 {
                    target = item.lines.count - 1
                }
                if let target, target < placed.count, placed[target] == nil {
                    placed[target] = text
                } else {
                    leading.append(text)
                }
            }
            lines += leading.map { Line(code: indent + $0) }
            for (position, code) in item.lines.enumerated() {
                lines.append(Line(code: code, comment: placed[position]))
            }
        }
        lines += closing[index].map { Line(code: "    " + $0.text) }
        return lines
    }

    /// Aligns the comments at the ends of consecutive lines two spaces after the longest
    /// of those lines.
    private func align(_ lines: inout [Line]) {
        var start = 0
        while start < lines.count {
            guard lines[start].comment != nil else {
                start += 1
                continue
            }
            var end = start
            var longest = 0
            while end < lines.count, lines[end].comment != nil {
                longest = max(longest, lines[end].code.count)
                end += 1
            }
            for index in start..<end {
                let padding = longest + 2 - lines[index].code.count
                lines[index].comment =
                    String(repeating: " ", count: padding) + (lines[index].comment ?? "")
            }
            start = end
        }
    }
}
