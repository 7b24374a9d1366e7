/// The layout of one formatted file: its declarations printed by ``SyntaxPrinter``, with
/// the file's comments attached to the lines they belong to (see ``RuleFormatter``).
struct RuleFileLayout {
    /// A printed unit comments attach to: a declaration's header or one attribute.
    struct Item {
        /// The index of its declaration.
        var declaration: Int
        /// Whether it is an attribute (else the header).
        var isAttribute: Bool
        /// The byte offsets of its first token and past its last.
        var start: Int
        var end: Int
        /// Its first and last source lines (1-based).
        var firstLine: Int
        var lastLine: Int
        /// Its printed lines.
        var lines: [String]
        /// Comments on lines of their own just before it.
        var leading: [String] = []
        /// Comments at the end of its source lines, with the line's place in the item.
        var trailing: [(line: Int, text: String)] = []
    }

    /// A comment on a line of its own between declarations.
    struct LooseComment {
        var text: String
        var line: Int
        var start: Int
    }

    let file: SourceFile
    private(set) var items: [Item] = []
    /// Each declaration's first item.
    private var firstItem: [Int] = []
    /// Indented comments after each declaration's last attribute.
    private(set) var closing: [[(text: String, line: Int)]]
    /// Comments at column 1 between declarations, in file order.
    private(set) var loose: [LooseComment] = []

    /// The items of declaration `index`: its header, then its attributes.
    func itemRange(of index: Int) -> Range<Int> {
        firstItem[index]..<(index + 1 < firstItem.count ? firstItem[index + 1] : items.count)
    }

    init(
        file: SourceFile, tokens: [Token], declarations: [DeclarationSyntax],
        printer: SyntaxPrinter
    ) {
        self.file = file
        closing = Array(repeating: [], count: declarations.count)
        for (index, declaration) in declarations.enumerated() {
            firstItem.append(items.count)
            items.append(
                Item(
                    declaration: index, isAttribute: false, start: declaration.keyword.start,
                    end: declaration.keyword.end, firstLine: 0, lastLine: 0,
                    lines: [printer.header(declaration)]))
            for attribute in declaration.attributes {
                let printed = printer.attribute(attribute, in: declaration.kind) ?? ""
                items.append(
                    Item(
                        declaration: index, isAttribute: true,
                        start: attribute.keyword.range.start, end: attribute.keyword.range.end,
                        firstLine: 0, lastLine: 0,
                        lines: printed.split(separator: "\n").map(String.init)))
            }
        }
        // An item runs to the last token before the next item starts.
        var next = 0
        for index in items.indices {
            let limit = index + 1 < items.count ? items[index + 1].start : Int.max
            while next < tokens.count, tokens[next].kind != .endOfFile,
                tokens[next].range.lowerBound < limit
            {
                if tokens[next].range.lowerBound >= items[index].start {
                    items[index].end = max(items[index].end, tokens[next].range.upperBound)
                }
                next += 1
            }
            items[index].firstLine = file.line(of: items[index].start)
            items[index].lastLine = file.line(of: max(items[index].start, items[index].end - 1))
        }
    }

    /// A comment's text: from its `#`, without the spaces and carriage return that end
    /// its line.
    static func commentText(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" {
            scalars.removeLast()
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The index of the last item that starts before `offset`, if any.
    private func item(before offset: Int) -> Int? {
        // Items are in file order; a binary search keeps large files fast.
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? low - 1 : nil
    }

    /// Attaches each comment to the item, declaration or place between declarations it
    /// belongs to.
    mutating func place(comments: [Range<Int>]) {
        for range in comments {
            let text = RuleFileLayout.commentText(file.text(range))
            let line = file.line(of: range.lowerBound)
            let previous = item(before: range.lowerBound)
            let next = (previous ?? -1) + 1 < items.count ? (previous ?? -1) + 1 : nil
            if let previous, items[previous].end <= range.lowerBound,
                items[previous].lastLine == line
            {
                // After the last token of a line that holds tokens.
                items[previous].trailing.append((line - items[previous].firstLine, text))
            } else if let previous, range.lowerBound < items[previous].end {
                let item = items[previous]
                if file.line(of: tokenEnd(before: range.lowerBound, in: item)) == line {
                    items[previous].trailing.append((line - item.firstLine, text))
                } else {
                    // Between the continuation lines of an attribute: just before it.
                    items[previous].leading.append(text)
                }
            } else if let next, items[next].isAttribute {
                items[next].leading.append(text)
            } else if let previous, file.column(of: range.lowerBound) > 1 {
                closing[items[previous].declaration].append((text, line))
            } else {
                loose.append(LooseComment(text: text, line: line, start: range.lowerBound))
            }
        }
    }

    /// The end of the last token of `item` that ends at or before `offset`.
    private func tokenEnd(before offset: Int, in item: Item) -> Int {
        // Comments inside an item are rare: the bytes before it are scanned back to the
        // last one that is not a space (a token's last byte, never inside a comment,
        // since a comment runs to the end of its line).
        var index = offset - 1
        while index >= item.start,
            file.bytes[index] == UInt8(ascii: " ") || file.bytes[index] == UInt8(ascii: "\t")
        {
            index -= 1
        }
        return max(item.start, index)
    }
}
