import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Every accepted spelling of every value, folded as the strict path folds them, for the
/// one-pass reader.
extension ProfileRecordReader {
    /// One slot of a ``SpellingTable``: a spelling's bytes (past the sixteenth in
    /// ``SpellingTable/tails``) and the index of the value it names, or -1 for an empty
    /// slot.
    struct Spelling {
        var key: Name
        var value: Int
    }

    /// A criterion's slots in a ``SpellingTable``: `first...first + mask`, a power of two
    /// of them (none for a numeric criterion: `mask` -1).
    struct SpellingSlots {
        var first: Int
        var mask: Int
    }

    /// The folded spellings of every value of every listed criterion, hashed per
    /// criterion: the id, the English and French labels and the aliases, each as
    /// `TextFolding.fold` gives it, naming the first value that
    /// `RuleBase.parse(_:for:)` would find for it.
    ///
    /// A value read from a record is folded scalar by scalar (``ScalarFolds``), which
    /// gives the same bytes as folding the whole text, and looked up here; only a byte
    /// match counts, and anything else (no match, a scalar the reader cannot fold) goes
    /// to the strict path, which may still find a spelling that compares equal to it
    /// as Swift compares strings (canonical equivalence) and otherwise gives its error.
    ///
    /// Before folding, the reader looks a value's bytes up as they are among the
    /// spellings as written in the rule files and their folded forms (``rawSlots``):
    /// fewer steps, for most values that are not ids.
    final class SpellingTable: Sendable {
        /// Every criterion's folded spellings, one run of slots per listed criterion.
        let slots: RawArray<Spelling>
        /// Where each criterion's slots are, by criterion index.
        let ranges: RawArray<SpellingSlots>
        /// The spellings as written and folded that may stand in a JSON string as they
        /// are, of ``rawLongest`` bytes at most, each with the value
        /// `RuleBase.parse(_:for:)` gives for it.
        let rawSlots: RawArray<Spelling>
        /// Where each criterion's raw slots are.
        let rawRanges: RawArray<SpellingSlots>
        /// The bytes of spellings past their first sixteen.
        let tails: RawArray<UInt8>
        /// The longest folded spelling, in bytes: a longer folded value matches none.
        let longest: Int
        /// The folds of single scalars, shared by every reader.
        let scalars: ScalarFolds
        /// Each criterion's raw spellings (``rawSpellings(of:keys:firstValue:)``), by
        /// criterion index (none for numbers), for the patterns of ``Tables``.
        let raw: [[([UInt8], Int)]]

        init(ruleBase: RuleBase) {
            var slots: [Spelling] = []
            var ranges: [SpellingSlots] = []
            var rawSlots: [Spelling] = []
            var rawRanges: [SpellingSlots] = []
            var tails: [UInt8] = []
            var longest = 0
            var rawByCriterion: [[([UInt8], Int)]] = []
            for criterion in ruleBase.criteria {
                guard criterion.kind.isEnumerated else {
                    ranges.append(SpellingSlots(first: slots.count, mask: -1))
                    rawRanges.append(SpellingSlots(first: rawSlots.count, mask: -1))
                    rawByCriterion.append([])
                    continue
                }
                let (keys, firstValue) = SpellingTable.foldedSpellings(of: criterion)
                longest = keys.reduce(longest) { max($0, $1.0.count) }
                ranges.append(SpellingTable.hash(keys, into: &slots, tails: &tails))
                let raw = SpellingTable.rawSpellings(
                    of: criterion, keys: keys, firstValue: firstValue)
                assert(
                    raw.allSatisfy { bytes, value in
                        (try? ruleBase.parse(String(decoding: bytes, as: UTF8.self), for: criterion))
                            == Double(value)
                    }, "a raw spelling reads otherwise on the strict path")
                rawRanges.append(SpellingTable.hash(raw, into: &rawSlots, tails: &tails))
                rawByCriterion.append(raw)
            }
            self.raw = rawByCriterion
            self.slots = RawArray(slots)
            self.ranges = RawArray(ranges)
            self.rawSlots = RawArray(rawSlots)
            self.rawRanges = RawArray(rawRanges)
            self.tails = RawArray(tails)
            self.longest = longest
            self.scalars = ScalarFolds.shared
        }

        /// The folded spellings of a criterion's values as bytes, each once, with the
        /// value the strict path finds for it: the first whose folded spelling compares
        /// equal to it (as `CriterionValue.matches(folded:)` compares).
        static func foldedSpellings(of criterion: Criterion) -> (
            keys: [([UInt8], Int)], firstValue: [String: Int]
        ) {
            var firstValue: [String: Int] = [:]
            var keys: [String] = []
            for (index, value) in criterion.values.enumerated() {
                for spelling in spellings(of: value) {
                    let key = TextFolding.fold(spelling)
                    keys.append(key)
                    if firstValue[key] == nil { firstValue[key] = index }
                }
            }
            var seen = Set<[UInt8]>()
            var result: [([UInt8], Int)] = []
            for key in keys {
                let bytes = Array(key.utf8)
                guard seen.insert(bytes).inserted, let value = firstValue[key] else { continue }
                result.append((bytes, value))
            }
            return (result, firstValue)
        }

        /// The spellings of a criterion's values as written and folded (`keys`), of one
        /// to ``rawLongest`` bytes that may stand in a JSON string as they are (no quote,
        /// backslash or control byte) and need no trimming, each with the value the
        /// strict path reads it as: the first whose folded spelling compares equal to
        /// its fold (`firstValue`).
        static func rawSpellings(
            of criterion: Criterion, keys: [([UInt8], Int)], firstValue: [String: Int]
        ) -> [([UInt8], Int)] {
            let written = criterion.values.flatMap { spellings(of: $0).map { Array($0.utf8) } }
            var seen = Set<[UInt8]>()
            var result: [([UInt8], Int)] = []
            for bytes in written + keys.map(\.0) where (1...rawLongest).contains(bytes.count) {
                let text = String(decoding: bytes, as: UTF8.self)
                guard seen.insert(bytes).inserted,
                    !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }),
                    bytes.first != 0x20, bytes.last != 0x20,
                    let value = firstValue[TextFolding.fold(text)]
                else { continue }
                result.append((bytes, value))
            }
            return result
        }

        /// The longest raw spelling, in bytes.
        static let rawLongest = 48

        /// A value's spellings: its id, its labels, its aliases.
        static func spellings(of value: CriterionValue) -> [String] {
            [value.id] + [value.label.english, value.label.french].compactMap { $0 }
                + value.aliases
        }

        /// Adds slots for `keys` to `slots` (a power of two, four per key at least);
        /// where they are.
        static func hash(
            _ keys: [([UInt8], Int)], into slots: inout [Spelling], tails: inout [UInt8]
        ) -> SpellingSlots {
            var size = 4
            while size < 4 * keys.count { size *= 2 }
            let first = slots.count
            let empty = Spelling(key: Name(length: 0, word0: 0, word1: 0, tail: 0), value: -1)
            slots += [Spelling](repeating: empty, count: size)
            for (bytes, value) in keys {
                let (word0, word1) = words(bytes)
                let key = Name(
                    length: bytes.count, word0: word0, word1: word1, tail: tails.count)
                tails += bytes.dropFirst(16)
                var slot =
                    ProfileRecordReader.spellingHash(bytes.count, word0, word1) & (size - 1)
                while slots[first + slot].value >= 0 { slot = (slot + 1) & (size - 1) }
                slots[first + slot] = Spelling(key: key, value: value)
            }
            return SpellingSlots(first: first, mask: size - 1)
        }

        /// The first sixteen bytes as two little-endian words, zero past the end.
        static func words(_ bytes: [UInt8]) -> (UInt64, UInt64) {
            var words: (UInt64, UInt64) = (0, 0)
            for (offset, byte) in bytes.prefix(16).enumerated() {
                if offset < 8 {
                    words.0 |= UInt64(byte) << (UInt64(offset) * 8)
                } else {
                    words.1 |= UInt64(byte) << (UInt64(offset - 8) * 8)
                }
            }
            return words
        }
    }

    /// The hash of a spelling, from its length and first sixteen bytes.
    @inline(__always)
    static func spellingHash(_ length: Int, _ word0: UInt64, _ word1: UInt64) -> Int {
        var mixed = (word0 ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= word1 &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed ^ (mixed &>> 29) ^ (mixed &>> 47))
    }
}
