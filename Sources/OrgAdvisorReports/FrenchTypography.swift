/// French typography in text for people: a narrow no-break space (U+202F) before `:`,
/// `;`, `?` and `!` standing alone, after `«` and before `»`. Text is written with plain
/// spaces there; the wrapping keeps them with their neighbour (``keepsSpace(_:at:)``),
/// and French output turns them into narrow no-break spaces (``typeset(_:)``).
package enum FrenchTypography {
    /// True for a space that French typography keeps with its neighbour: after `«`,
    /// and before `»`, `:`, `;`, `?` or `!` standing alone.
    static func keepsSpace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        if index >= 2, bytes[index - 2] == 0xC2, bytes[index - 1] == 0xAB { return true }
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == 0xC2, index + 2 < bytes.count, bytes[index + 2] == 0xBB { return true }
        guard
            next == UInt8(ascii: ":") || next == UInt8(ascii: ";") || next == UInt8(ascii: "?")
                || next == UInt8(ascii: "!")
        else { return false }
        return index + 2 == bytes.count || bytes[index + 2] == UInt8(ascii: " ")
            || bytes[index + 2] == UInt8(ascii: "\n")
    }

    /// `text` with every space that ``keepsSpace(_:at:)`` keeps turned into a narrow
    /// no-break space.
    package static func typeset(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Written into the string's storage: three bytes at most for each one (a space
            // becomes U+202F).
            String(unsafeUninitializedCapacity: bytes.count * 3) { out in
                var count = 0
                for index in bytes.indices {
                    if bytes[index] == UInt8(ascii: " ") && keepsSpace(bytes, at: index) {
                        out[count] = 0xE2
                        out[count + 1] = 0x80
                        out[count + 2] = 0xAF
                        count += 3
                    } else {
                        out[count] = bytes[index]
                        count += 1
                    }
                }
                return count
            }
        }
    }

    /// `text` typeset when `french`, else as it is.
    package static func typeset(_ text: String, french: Bool) -> String {
        french ? typeset(text) : text
    }
}
