extension SourceFile {
    /// The file cut into at most `parts` ranges of about the same size, each but the
    /// first starting at a line that starts with a declaration keyword (one of
    /// `keywords`, at the start of the line and followed by no more of a name), so that
    /// each range can be parsed on its own: no token spans two lines, and such a line
    /// starts a declaration wherever a parse of the whole file reaches it without an
    /// error. Fewer ranges when the file has fewer such lines; one (the whole file)
    /// for `parts` of 1 or less.
    package func declarationLines(parts: Int, keywords: [String]) -> [Range<Int>] {
        var starts = [0]
        var line = 0
        for part in 1..<max(parts, 1) {
            let target = bytes.count / parts * part
            // The first line at or after the target, after the last cut.
            var low = line + 1
            var high = lineStarts.count
            while low < high {
                let middle = (low + high) / 2
                if lineStarts[middle] < target { low = middle + 1 } else { high = middle }
            }
            line = low
            while line < lineStarts.count && !startsDeclaration(lineStarts[line], keywords) {
                line += 1
            }
            guard line < lineStarts.count else { break }
            starts.append(lineStarts[line])
        }
        return starts.indices.map { index in
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : bytes.count)
        }
    }

    /// Whether the line at `start` starts with one of `keywords` as a whole name.
    private func startsDeclaration(_ start: Int, _ keywords: [String]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            keywords.contains { keyword in
                let end = start + keyword.utf8.count
                guard end <= bytes.count,
                    keyword.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                else { return false }
                // A name goes on with a name's byte or an accented letter's.
                return end == bytes.count
                    || !(Lexer.isIdentifierByte(bytes[end]) || bytes[end] >= 0x80)
            }
        }
    }
}
