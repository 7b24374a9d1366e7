import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Every accepted spelling of every value, folded as the strict path folds them, for the
/// one-pass reader.
extension ProfileRecordReader {
    /// One slot of ``SpellingTable/slots``: a folded spelling (its bytes past the
    /// sixteenth in ``SpellingTable/tails``) and the index of the value it names, or -1
    /// for an empty slot.
    struct Spelling {
        var key: Name
        var value: Int
    }

    /// A criterion's slots in ``SpellingTable/slots``: `first...first + mask`, a power
    /// of two of them (none for a numeric criterion: `mask` -1).
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
    final class SpellingTable: Sendable {
        /// Every criterion's slots, one run per listed criterion.
        let slots: RawArray<Spelling>
        /// Where each criterion's slots are, by criterion index.
        let ranges: RawArray<SpellingSlots>
        /// The bytes of folded spellings past their first sixteen.
        let tails: RawArray<UInt8>
        /// The longest folded spelling, in bytes: a longer folded value matches none.
        let longest: Int
        /// The folds of single scalars, shared by every reader.
        let scalars: ScalarFolds

        init(ruleBase: RuleBase) {
            var slots: [Spelling] = []
            var ranges: [SpellingSlots] = []
            var tails: [UInt8] = []
            var longest = 0
            for criterion in ruleBase.criteria {
                let keys = SpellingTable.foldedSpellings(of: criterion)
                guard criterion.kind.isEnumerated, !keys.isEmpty else {
                    ranges.append(SpellingSlots(first: slots.count, mask: -1))
                    continue
                }
                var size = 4
                while size < 4 * keys.count { size *= 2 }
                let first = slots.count
                slots += [Spelling](
                    repeating: Spelling(
                        key: Name(length: 0, word0: 0, word1: 0, tail: 0), value: -1),
                    count: size)
                for (bytes, value) in keys {
                    longest = max(longest, bytes.count)
                    let (word0, word1) = SpellingTable.words(bytes)
                    let key = Name(
                        length: bytes.count, word0: word0, word1: word1, tail: tails.count)
                    tails += bytes.dropFirst(16)
                    var slot =
                        ProfileRecordReader.spellingHash(bytes.count, word0, word1) & (size - 1)
                    while slots[first + slot].value >= 0 { slot = (slot + 1) & (size - 1) }
                    slots[first + slot] = Spelling(key: key, value: value)
                }
                ranges.append(SpellingSlots(first: first, mask: size - 1))
            }
            self.slots = RawArray(slots)
            self.ranges = RawArray(ranges)
            self.tails = RawArray(tails)
            self.longest = longest
            self.scalars = ScalarFolds.shared
        }

        /// The folded spellings of a criterion's values as bytes, each once, with the
        /// value the strict path finds for it: the first whose folded spelling compares
        /// equal to it (as `CriterionValue.matches(folded:)` compares).
        static func foldedSpellings(of criterion: Criterion) -> [([UInt8], Int)] {
            var firstValue: [String: Int] = [:]
            var keys: [String] = []
            for (index, value) in criterion.values.enumerated() {
                let spellings =
                    [value.id] + [value.label.english, value.label.french].compactMap { $0 }
                    + value.aliases
                for spelling in spellings {
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
            return result
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

    /// The hash of a folded spelling, from its length and first sixteen bytes.
    @inline(__always)
    static func spellingHash(_ length: Int, _ word0: UInt64, _ word1: UInt64) -> Int {
        var mixed = (word0 ^ UInt64(truncatingIfNeeded: length)) &* 0x9E37_79B9_7F4A_7C15
        mixed ^= word1 &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed ^ (mixed &>> 29) ^ (mixed &>> 47))
    }
}
