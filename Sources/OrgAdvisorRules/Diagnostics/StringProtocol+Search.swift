/// Finding and replacing text by characters, with the standard library alone: the
/// `firstRange(of:)` and `replacing(_:with:)` of `_StringProcessing` are not available in
/// Embedded Swift (the WebAssembly build of the core), and these give the same results.
extension StringProtocol {
    /// The range of the first occurrence of `target`, compared character by character;
    /// nil when there is none or `target` is empty.
    package func firstRange(ofText target: String) -> Range<Index>? {
        guard let first = target.first else { return nil }
        var start = startIndex
        while let found = self[start...].firstIndex(of: first) {
            var index = found
            var matched = true
            for character in target {
                guard index < endIndex, self[index] == character else {
                    matched = false
                    break
                }
                index = self.index(after: index)
            }
            if matched { return found..<index }
            start = self.index(after: found)
        }
        return nil
    }

    /// The text with every occurrence of `target` replaced by `replacement`, left to right
    /// and without overlaps, compared character by character.
    package func replacingEvery(_ target: String, with replacement: String) -> String {
        var result = ""
        var rest = self[...]
        while let range = rest.firstRange(ofText: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
