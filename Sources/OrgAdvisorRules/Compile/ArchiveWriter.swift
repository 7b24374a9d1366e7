/// Appends the values of an archive (``RuleBaseArchive``) as bytes; ``ArchiveReader``
/// reads them back in the same order.
///
/// Integers are variable-length (seven bits a byte, low bits first, the high bit set on
/// every byte but the last; signed ones zigzag-encoded, so that small negative numbers
/// stay short), numbers are their eight bytes, little end first, and texts are their
/// UTF-8 length and bytes. A list is its length, then its items.
package struct ArchiveWriter {
    /// The bytes written so far.
    package private(set) var bytes: [UInt8] = []

    /// An empty archive.
    package init() {}

    /// Appends raw bytes.
    package mutating func raw<Bytes: Sequence<UInt8>>(_ data: Bytes) {
        bytes.append(contentsOf: data)
    }

    /// Appends one byte.
    package mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// Appends an unsigned integer, seven bits a byte.
    package mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Appends an index or a count (not negative).
    package mutating func index(_ value: Int) {
        unsigned(UInt64(value))
    }

    /// Appends a signed integer, zigzag-encoded.
    package mutating func int64(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    /// Appends an `Int` (read back as one: an archive of a 64-bit machine whose numbers
    /// do not fit a 32-bit one is refused there).
    package mutating func int(_ value: Int) {
        int64(Int64(value))
    }

    /// Appends a flag.
    package mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Appends a number as its eight bytes, little end first.
    package mutating func double(_ value: Double) {
        fixed(value.bitPattern)
    }

    /// Appends a 64-bit word, little end first.
    package mutating func fixed(_ value: UInt64) {
        for shift in Swift.stride(from: 0, to: 64, by: 8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }

    /// Appends a number or its absence.
    package mutating func optionalDouble(_ value: Double?) {
        bool(value != nil)
        if let value { double(value) }
    }

    /// Appends a text: its UTF-8 length, then its bytes.
    package mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            index(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// Appends a text given as its UTF-8 bytes, as ``string(_:)`` does.
    package mutating func utf8(_ text: ArraySlice<UInt8>) {
        index(text.count)
        bytes.append(contentsOf: text)
    }

    /// Appends a text or its absence.
    package mutating func optionalString(_ text: String?) {
        bool(text != nil)
        if let text { string(text) }
    }

    /// Appends a list: its length, then each item.
    package mutating func list<Item>(_ items: [Item], _ item: (inout ArchiveWriter, Item) -> Void) {
        index(items.count)
        for element in items { item(&self, element) }
    }

    /// Appends indices or counts below 2^32 as their count and four bytes each, little end
    /// first: long lists that ``ArchiveReader/packed()`` reads in one pass.
    package mutating func packed(_ values: [Int]) {
        index(values.count)
        bytes.reserveCapacity(bytes.count + 4 * values.count)
        for value in values {
            let word = UInt32(truncatingIfNeeded: value)
            for shift in [0, 8, 16, 24] as [UInt32] {
                bytes.append(UInt8(truncatingIfNeeded: word >> shift))
            }
        }
    }

    /// Overwrites eight bytes at `offset` with a 64-bit word, little end first.
    package mutating func patch(_ value: UInt64, at offset: Int) {
        for index in 0..<8 {
            bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(index * 8))
        }
    }
}
