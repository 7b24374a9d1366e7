import OrgAdvisorEngine
import OrgAdvisorRules

/// An extra section of a course page, appended by the caller after the built-in ones:
/// a title, a fragment of HTML or inline SVG (a decision map, for example) and a caption.
///
/// The title and caption are plain text and are escaped; the fragment is markup and is
/// inserted as is, so it must come from a renderer that escapes its own texts.
public struct ReportSection: Sendable, Hashable {
    /// The anchor of the section (`id` attribute), e.g. `decision-map`; letters,
    /// digits and `-` are kept, anything else becomes `-`.
    public var id: String
    /// The heading, plain text.
    public var title: String
    /// The content: HTML or inline SVG, inserted verbatim in HTML and in Markdown,
    /// except that the XML declaration of a standalone SVG document (`<?xml …?>`) is
    /// left out, since it may only open a document.
    public var fragment: String
    /// A caption under the content, plain text; nil for none.
    public var caption: String?

    /// Creates a section.
    public init(id: String, title: String, fragment: String, caption: String? = nil) {
        self.id = id
        self.title = title
        self.fragment = fragment
        self.caption = caption
    }

    /// The fragment as it is inserted: without a leading XML declaration.
    var inlineFragment: String {
        let trimmed = fragment.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
        guard trimmed.hasPrefix("<?xml"), let end = trimmed.firstRange(ofText: "?>") else {
            return fragment
        }
        return String(trimmed[end.upperBound...].drop { $0 == "\n" || $0 == "\r" })
    }

    /// The id reduced to characters that are safe in an attribute and a URL fragment.
    var anchor: String {
        let kept = id.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": return Character(scalar)
            default: return "-"
            }
        }
        return kept.isEmpty ? "section" : String(kept)
    }
}
