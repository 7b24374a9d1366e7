import OrgAdvisorEngine
import OrgAdvisorRules

/// `TextFolding.fold` of single scalars as UTF-8 bytes, so that the batch reader folds a
/// value scalar by scalar: a table for the scalars below ``limit`` (ASCII, the Latin
/// letters with their accents, the combining accents), `TextFolding.fold` itself for the
/// others, as they come.
///
/// Folding scalar by scalar gives the same bytes as folding the whole text because
/// `fold` maps each scalar of the text's `lowercased()` on its own, and `lowercased()`
/// maps each scalar on its own (its lower case mapping, with no context: Swift has no
/// final sigma rule), which a test checks.
final class ScalarFolds: Sendable {
    /// The scalars below this have their fold in the table.
    static let limit = 0x370

    /// A fold of more than three bytes: not in the table.
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

    /// The table, made once (a fraction of a millisecond).
    static let shared = ScalarFolds()

    private init() {
        var folds = [UInt32](repeating: ScalarFolds.unknown, count: ScalarFolds.limit)
        for value in 0..<ScalarFolds.limit {
            let fold = ScalarFolds.fold(Unicode.Scalar(UInt32(value))!)
            guard fold.count <= 3 else { continue }
            var entry = UInt32(fold.count) << 24
            for (offset, byte) in fold.enumerated() {
                entry |= UInt32(byte) << (UInt32(offset) * 8)
            }
            folds[value] = entry
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
    }

    /// `TextFolding.fold` of one scalar, as UTF-8 bytes.
    static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var text = ""
        text.unicodeScalars.append(scalar)
        return Array(TextFolding.fold(text).utf8)
    }

    /// Whether a space before `scalar` is part of the same character (grapheme
    /// cluster), as Swift's `Character`s tell: then trimming, which removes characters
    /// that are a space, keeps it.
    static func joinsSpaceBefore(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x80, let scalar = Unicode.Scalar(scalar) else { return false }
        var text = " "
        text.unicodeScalars.append(scalar)
        return text.count == 1
    }

    /// Whether a space after `scalar` is part of the same character.
    static func joinsSpaceAfter(_ scalar: UInt32) -> Bool {
        guard scalar >= 0x80, let scalar = Unicode.Scalar(scalar) else { return false }
        var text = ""
        text.unicodeScalars.append(scalar)
        text += " "
        return text.count == 1
    }
}
