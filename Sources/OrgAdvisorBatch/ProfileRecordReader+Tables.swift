import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The one-pass reader's flat tables: names and value patterns of every criterion, read
/// through pointers.
extension ProfileRecordReader {
    enum Kind: UInt8 {
        case decimal, integer, listed, yesNo
    }

    /// A criterion id or a value id as the one-pass reader compares it: its length and
    /// its first sixteen bytes as two little-endian words (zero past its end); its bytes
    /// past the sixteenth are in ``Tables/tails`` from `tail`.
    struct Name {
        var length: Int
        var word0: UInt64
        var word1: UInt64
        var tail: Int
    }

    /// Up to sixteen bytes as the pattern fast path compares them: the bytes as two
    /// little-endian words, masks of the bytes that count, and the length (zero: no
    /// pattern, the bytes are longer than sixteen).
    struct Pattern {
        var word0: UInt64 = 0
        var word1: UInt64 = 0
        var mask0: UInt64 = 0
        var mask1: UInt64 = 0
        var length = 0

        init() {}

        init(_ bytes: [UInt8]) {
            guard bytes.count <= 16 else { return }
            for (offset, byte) in bytes.enumerated() {
                if offset < 8 {
                    word0 |= UInt64(byte) << (UInt64(offset) * 8)
                    mask0 |= 0xFF << (UInt64(offset) * 8)
                } else {
                    word1 |= UInt64(byte) << (UInt64(offset - 8) * 8)
                    mask1 |= 0xFF << (UInt64(offset - 8) * 8)
                }
            }
            length = bytes.count
        }

        /// Whether the sixteen bytes at `pointer` start with the pattern.
        @inline(__always)
        func matches(_ pointer: UnsafePointer<UInt8>) -> Bool {
            (ProfileRecordReader.load(pointer) ^ word0) & mask0
                | (ProfileRecordReader.load(pointer + 8) ^ word1) & mask1 == 0
        }
    }

    /// One criterion: its id, kind, values (`firstValue..<firstValue + valueCount` in
    /// ``Tables/values``) and range (infinite when open).
    struct Entry {
        var key: Name
        var kind: Kind
        var firstValue: Int
        var valueCount: Int
        var minimum: Double
        var maximum: Double
    }

    /// The tables, allocated once and never changed.
    final class Tables: @unchecked Sendable {
        let entries: UnsafeMutablePointer<Entry>
        let count: Int
        let values: UnsafeMutablePointer<Name>
        let valueCount: Int
        let tails: UnsafeMutablePointer<UInt8>
        let tailCount: Int
        /// 10^0 ... 10^15.
        let powers: UnsafeMutablePointer<Double>
        /// The patterns `"id":`, `"name":` and `"criterion":` of each criterion, in this
        /// order (criterion `c` at `c + 2`).
        let keyPatterns: UnsafeMutablePointer<Pattern>
        /// The pattern `"value"` of each value, as ``values``.
        let valuePatterns: UnsafeMutablePointer<Pattern>
        /// The key pattern (its index in ``keyPatterns``) whose four bytes after the quote
        /// hash to a slot (see ``ProfileRecordReader/patternSlot(_:multiplier:)``), or -1.
        let patternSlots: UnsafeMutablePointer<Int16>
        /// The multiplier of ``patternSlots``.
        let patternMultiplier: UInt64

        init(ruleBase: RuleBase) {
            var tails: [UInt8] = []
            func name(_ text: String) -> Name {
                let bytes = Array(text.utf8)
                var words: (UInt64, UInt64) = (0, 0)
                for (offset, byte) in bytes.prefix(16).enumerated() {
                    if offset < 8 {
                        words.0 |= UInt64(byte) << (UInt64(offset) * 8)
                    } else {
                        words.1 |= UInt64(byte) << (UInt64(offset - 8) * 8)
                    }
                }
                let tail = tails.count
                tails += bytes.dropFirst(16)
                return Name(length: bytes.count, word0: words.0, word1: words.1, tail: tail)
            }
            var entries: [Entry] = []
            var values: [Name] = []
            for criterion in ruleBase.criteria {
                let kind: Kind
                switch criterion.kind {
                case .yesNo: kind = .yesNo
                case .integer: kind = .integer
                default: kind = criterion.kind.isEnumerated ? .listed : .decimal
                }
                entries.append(
                    Entry(
                        key: name(criterion.id), kind: kind, firstValue: values.count,
                        valueCount: criterion.values.count,
                        minimum: criterion.minimum ?? -.infinity,
                        maximum: criterion.maximum ?? .infinity))
                values += criterion.values.map { name($0.id) }
            }
            self.count = entries.count
            self.entries = .allocate(capacity: max(1, entries.count))
            self.entries.initialize(from: entries, count: entries.count)
            self.valueCount = values.count
            self.values = .allocate(capacity: max(1, values.count))
            self.values.initialize(from: values, count: values.count)
            self.tailCount = tails.count
            self.tails = .allocate(capacity: max(1, tails.count))
            self.tails.initialize(from: tails, count: tails.count)
            self.powers = .allocate(capacity: 16)
            var power = 1.0
            for index in 0..<16 {
                self.powers[index] = power
                power *= 10
            }
            // Patterns: a key with its quotes and colon, a value with its quotes.
            let keyTexts = ["id", "name"] + ruleBase.criteria.map(\.id)
            let keyPatterns = keyTexts.map { Pattern(Array(("\"" + $0 + "\":").utf8)) }
            let valuePatterns = ruleBase.criteria.flatMap { criterion in
                criterion.values.map { Pattern(Array(("\"" + $0.id + "\"").utf8)) }
            }
            self.keyPatterns = .allocate(capacity: keyPatterns.count)
            self.keyPatterns.initialize(from: keyPatterns, count: keyPatterns.count)
            self.valuePatterns = .allocate(capacity: max(1, valuePatterns.count))
            self.valuePatterns.initialize(from: valuePatterns, count: valuePatterns.count)
            // Slots for the key patterns whose four bytes after the quote are theirs (keys
            // of two bytes or more); on a collision the first keeps the slot.
            var bestPatterns: (multiplier: UInt64, slots: [Int16], collisions: Int)?
            var patternMultiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<64 {
                var slots = [Int16](repeating: -1, count: ProfileRecordReader.slotCount)
                var collisions = 0
                for (index, pattern) in keyPatterns.enumerated()
                where pattern.length >= 5 && index < 0x7FFF {
                    let slot = ProfileRecordReader.patternSlot(
                        pattern.word0, multiplier: patternMultiplier)
                    if slots[slot] < 0 { slots[slot] = Int16(index) } else { collisions += 1 }
                }
                if bestPatterns == nil || collisions < bestPatterns!.collisions {
                    bestPatterns = (patternMultiplier, slots, collisions)
                }
                if collisions == 0 { break }
                patternMultiplier =
                    patternMultiplier &* 0xBF58_476D_1CE4_E5B9 &+ 0x94D0_49BB_1331_11EB | 1
            }
            self.patternMultiplier = bestPatterns!.multiplier
            self.patternSlots = .allocate(capacity: ProfileRecordReader.slotCount)
            self.patternSlots.initialize(
                from: bestPatterns!.slots, count: ProfileRecordReader.slotCount)
        }

        deinit {
            entries.deinitialize(count: count)
            entries.deallocate()
            values.deinitialize(count: valueCount)
            values.deallocate()
            tails.deinitialize(count: tailCount)
            tails.deallocate()
            powers.deinitialize(count: 16)
            powers.deallocate()
            keyPatterns.deinitialize(count: 2 + count)
            keyPatterns.deallocate()
            valuePatterns.deinitialize(count: valueCount)
            valuePatterns.deallocate()
            patternSlots.deinitialize(count: ProfileRecordReader.slotCount)
            patternSlots.deallocate()
        }
    }
}
