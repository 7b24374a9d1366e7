import OrgAdvisorEngine
import OrgAdvisorRules

/// `TextFolding.fold` of every single scalar below ``limit``, as UTF-8 bytes, so that the
/// batch reader folds a value scalar by scalar without making strings.
///
/// The folding is computed by `TextFolding.fold` itself, one scalar at a time; it is the
/// same as folding a whole text because `fold` maps each scalar of the text's
/// `lowercased()` on its own and `lowercased()` maps each scalar on its own (its lower
/// case mapping, with no context: Swift has no final sigma rule), which a test checks.
final class ScalarFolds: Sendable {
    /// The scalars below this have their fold here; others are left to the strict path.
    static let limit = 0x3000

    /// A fold of more than three bytes (none below ``limit`` today): not in the table.
    static let unknown = UInt32.max

    /// What a raw byte of a JSON string is, in ``bytes``: a folded ASCII byte (below
    /// 0x80), or one of these.
    enum ByteClass: UInt8 {
        case quote = 0xF9
        case backslash = 0xFA
        case space = 0xFB
        case control = 0xFC
        case wide = 0xFD
    }

    /// One per scalar below ``limit``: the fold's bytes (up to three, the first in the
    /// lowest byte) and its length in the top byte; ``unknown`` for longer ones.
    let folds: RawArray<UInt32>
    /// One per byte: the fold of a plain ASCII byte of a string, or a ``ByteClass``.
    let bytes: RawArray<UInt8>
    /// One per scalar below ``limit``: ``joinsSpaceBefore`` when a space before the
    /// scalar is part of the same character (grapheme cluster: the scalar extends it),
    /// ``joinsSpaceAfter`` when a space after it is (the scalar is a prefix), as Swift's
    /// `Character`s tell. Trimming removes only characters that are a space.
    let joins: RawArray<UInt8>
    static let joinsSpaceBefore: UInt8 = 1
    static let joinsSpaceAfter: UInt8 = 2

    /// The table, made once.
    static let shared = ScalarFolds()

    private init() {
        var folds = [UInt32](repeating: ScalarFolds.unknown, count: ScalarFolds.limit)
        for value in 0..<ScalarFolds.limit {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let folded = Array(TextFolding.fold(String(Character(scalar))).utf8)
            guard folded.count <= 3 else { continue }
            var entry = UInt32(folded.count) << 24
            for (offset, byte) in folded.enumerated() {
                entry |= UInt32(byte) << (UInt32(offset) * 8)
            }
            folds[value] = entry
        }
        var joins = [UInt8](repeating: 0, count: ScalarFolds.limit)
        for value in 0..<ScalarFolds.limit {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            var before = " "
            before.unicodeScalars.append(scalar)
            var after = ""
            after.unicodeScalars.append(scalar)
            after += " "
            joins[value] =
                (before.count == 1 ? ScalarFolds.joinsSpaceBefore : 0)
                | (after.count == 1 ? ScalarFolds.joinsSpaceAfter : 0)
        }
        var bytes = [UInt8](repeating: ByteClass.wide.rawValue, count: 256)
        for byte in 0..<0x80 {
            let entry = folds[byte]
            if byte < 0x20 {
                bytes[byte] = ByteClass.control.rawValue
            } else if byte == 0x20 {
                bytes[byte] = ByteClass.space.rawValue
            } else if byte == 0x22 {
                bytes[byte] = ByteClass.quote.rawValue
            } else if byte == 0x5C {
                bytes[byte] = ByteClass.backslash.rawValue
            } else if entry >> 24 == 1, entry & 0xFF < 0x80 {
                bytes[byte] = UInt8(entry & 0xFF)
            } else {
                // An ASCII byte whose fold is not one ASCII byte: read as a scalar.
                bytes[byte] = ByteClass.wide.rawValue
            }
        }
        self.folds = RawArray(folds)
        self.bytes = RawArray(bytes)
        self.joins = RawArray(joins)
    }
}
