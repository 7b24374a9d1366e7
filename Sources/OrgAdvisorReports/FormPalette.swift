import OrgAdvisorEngine
import OrgAdvisorRules

/// The colour of each form in every picture (ranking charts, decision maps), so that a
/// form looks the same wherever it appears on a course page.
///
/// The colours are the Okabe–Ito palette, which people with a colour-vision deficiency
/// can tell apart, by form declaration index; pictures also write each form's name, so
/// nothing depends on colour alone.
public enum FormPalette {
    private static let strong: [(red: Int, green: Int, blue: Int)] = [
        (0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73), (0xCC, 0x79, 0xA7),
        (0xD5, 0x5E, 0x00), (0x56, 0xB4, 0xE9), (0x7F, 0x6A, 0x00), (0x00, 0x00, 0x00),
    ]

    /// The form's colour for bars and swatches, as `#rrggbb`.
    public static func color(ofForm index: Int) -> String {
        let (red, green, blue) = strong[index % strong.count]
        return hex(red, green, blue)
    }

    /// A light tint of the form's colour, for areas that carry dark text (the cells of
    /// a decision map), as `#rrggbb`.
    public static func tint(ofForm index: Int) -> String {
        let (red, green, blue) = strong[index % strong.count]
        func lighten(_ channel: Int) -> Int { channel + (255 - channel) * 55 / 100 }
        return hex(lighten(red), lighten(green), lighten(blue))
    }

    private static func hex(_ red: Int, _ green: Int, _ blue: Int) -> String {
        let digits = Array("0123456789abcdef")
        return "#" + [red, green, blue].map { "\(digits[$0 / 16])\(digits[$0 % 16])" }.joined()
    }
}
