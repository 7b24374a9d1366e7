/// Folds text for forgiving comparisons: lower case, accents removed, spaces and
/// underscores as hyphens (so `Élevé`, `eleve` and `élevé` match).
package enum TextFolding {
    /// The folded form of `text`.
    package static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "à", "á", "â", "ä", "ã", "å": out.append("a")
            case "ç": out.append("c")
            case "è", "é", "ê", "ë": out.append("e")
            case "ì", "í", "î", "ï": out.append("i")
            case "ò", "ó", "ô", "ö", "õ": out.append("o")
            case "ù", "ú", "û", "ü": out.append("u")
            case "ÿ": out.append("y")
            case "œ":
                out.append("o")
                out.append("e")
            case " ", "_": out.append("-")
            case "\u{0300}"..."\u{036F}": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

extension CriterionValue {
    /// True when a folded spelling names this value (id, label or alias).
    package func matches(folded key: String) -> Bool {
        if TextFolding.fold(id) == key { return true }
        if let english = label.english, TextFolding.fold(english) == key { return true }
        if let french = label.french, TextFolding.fold(french) == key { return true }
        return aliases.contains { TextFolding.fold($0) == key }
    }
}
