import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The one-pass reader's flat tables: names and value patterns of every criterion, read
/// through pointers.
extension ProfileRecordReader {
    enum Kind: UInt8 {
        case decimal, integer, listed, yesNo

        /// How values of a criterion of this kind are read.
        init(_ kind: Criterion.Kind) {
            switch kind {
            case .choice, .level: self = .listed
            case .yesNo: self = .yesNo
            case .integer: self = .integer
            case .decimal: self = .decimal
            }
        }
    }

    /// A criterion id or a folded spelling as the one-pass reader compares it: its length
    /// and its first sixteen bytes as two little-endian words (zero past its end); its
    /// bytes past the sixteenth are in ``Tables/tails`` (or ``SpellingTable/tails``) from
    /// `tail`.
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

    /// One criterion: its id, kind, value spellings (`1 << (32 - bucketShift)` buckets
    /// of ``Tables/valueBuckets`` from `firstBucket`) and range (infinite when open).
    struct Entry {
        var key: Name
        var kind: Kind
        var firstBucket: Int
        var bucketShift: UInt32
        var minimum: Double
        var maximum: Double
    }

    /// The spellings of a criterion's values whose first two bytes hash to one bucket:
    /// `first..<first + count` in ``Tables/valueSpellings``.
    struct Bucket {
        var first: Int32
        var count: Int32
    }

    /// A spelling as the pattern `"spelling"`, and the index of the value it names.
    struct SpelledPattern {
        var pattern: Pattern
        var value: Int
    }

    /// The tables, allocated once and never changed.
    final class Tables: Sendable {
        /// One entry per criterion, in declaration order.
        let entries: RawArray<Entry>
        /// The bytes of criterion ids past their first 16 (see ``Name/tail``).
        let tails: RawArray<UInt8>
        /// 10^0 ... 10^15.
        let powers: RawArray<Double>
        /// The patterns `"id":`, `"name":` and `"criterion":` of each criterion, in this
        /// order (criterion `c` at `c + 2`).
        let keyPatterns: RawArray<Pattern>
        /// Each listed criterion's buckets of ``valueSpellings``, by the hash of the two
        /// bytes after the opening quote (``ProfileRecordReader/bucket(_:shift:)``).
        let valueBuckets: RawArray<Bucket>
        /// Every raw spelling of every value (``SpellingTable/rawSpellings``) that fits
        /// a pattern, the ids first in each bucket.
        let valueSpellings: RawArray<SpelledPattern>
        /// The key pattern (its index in ``keyPatterns``) whose four bytes after the quote
        /// hash to a slot (see ``ProfileRecordReader/patternSlot(_:multiplier:)``), or -1.
        let patternSlots: RawArray<Int16>
        /// The multiplier of ``patternSlots``.
        let patternMultiplier: UInt64
        /// Every spelling of every value, for values that do not fit a pattern or are
        /// written otherwise.
        let spellings: SpellingTable

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
            let spellings = SpellingTable(ruleBase: ruleBase)
            var entries: [Entry] = []
            var buckets: [Bucket] = []
            var valueSpellings: [SpelledPattern] = []
            for criterion in ruleBase.criteria {
                let (first, shift) = Tables.buckets(
                    criterion, spellings.raw[criterion.index], into: &buckets, &valueSpellings)
                entries.append(
                    Entry(
                        key: name(criterion.id), kind: Kind(criterion.kind), firstBucket: first,
                        bucketShift: shift, minimum: criterion.minimum ?? -.infinity,
                        maximum: criterion.maximum ?? .infinity))
            }
            self.entries = RawArray(entries)
            self.valueBuckets = RawArray(buckets)
            self.valueSpellings = RawArray(valueSpellings)
            self.spellings = spellings
            self.tails = RawArray(tails)
            var powers = [Double](repeating: 1, count: 16)
            for index in 1..<16 { powers[index] = powers[index - 1] * 10 }
            self.powers = RawArray(powers)
            // Patterns: a key with its quotes and colon, a value with its quotes.
            let keyTexts = ["id", "name"] + ruleBase.criteria.map { $0.id }
            let keyPatterns = keyTexts.map { Pattern(Array(("\"" + $0 + "\":").utf8)) }
            self.keyPatterns = RawArray(keyPatterns)
            let (multiplier, slots) = Tables.slots(of: keyPatterns)
            self.patternMultiplier = multiplier
            self.patternSlots = RawArray(slots)
        }

        /// Adds the buckets of a criterion's raw spellings that fit a pattern (those of
        /// the ids first); the first bucket and the shift that gives a bucket.
        private static func buckets(
            _ criterion: Criterion, _ raw: [([UInt8], Int)], into buckets: inout [Bucket],
            _ spellings: inout [SpelledPattern]
        ) -> (Int, UInt32) {
            let ids = Set(criterion.values.map { Array($0.id.utf8) })
            let fitting = raw.filter { $0.0.count <= 14 }
            let ordered =
                fitting.filter { ids.contains($0.0) } + fitting.filter { !ids.contains($0.0) }
            var bits: UInt32 = 1
            while 1 << bits < 2 * ordered.count { bits += 1 }
            let first = buckets.count
            var members = [[SpelledPattern]](repeating: [], count: 1 << bits)
            for (bytes, value) in ordered {
                let pattern = Pattern([0x22] + bytes + [0x22])
                let key = UInt32(pattern.word0 >> 8 & 0xFFFF)
                members[ProfileRecordReader.bucket(key, shift: 32 - bits)].append(
                    SpelledPattern(pattern: pattern, value: value))
            }
            for member in members {
                buckets.append(Bucket(first: Int32(spellings.count), count: Int32(member.count)))
                spellings += member
            }
            return (first, 32 - bits)
        }

        /// Slots for the key patterns whose four bytes after the quote are theirs (keys of
        /// two bytes or more), with the multiplier (of 64 tried) that has the fewest
        /// collisions; on a collision the first pattern keeps the slot.
        private static func slots(of keyPatterns: [Pattern]) -> (UInt64, [Int16]) {
            var best: (multiplier: UInt64, slots: [Int16], collisions: Int)?
            var multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            for _ in 0..<64 {
                var slots = [Int16](repeating: -1, count: ProfileRecordReader.slotCount)
                var collisions = 0
                for (index, pattern) in keyPatterns.enumerated()
                where pattern.length >= 5 && index < 0x7FFF {
                    let slot = ProfileRecordReader.patternSlot(
                        pattern.word0, multiplier: multiplier)
                    if slots[slot] < 0 { slots[slot] = Int16(index) } else { collisions += 1 }
                }
                if best == nil || collisions < best!.collisions {
                    best = (multiplier, slots, collisions)
                }
                if collisions == 0 { break }
                multiplier = multiplier &* 0xBF58_476D_1CE4_E5B9 &+ 0x94D0_49BB_1331_11EB | 1
            }
            return (best!.multiplier, best!.slots)
        }
    }
}
