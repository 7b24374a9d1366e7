import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The text of a CSV or Markdown batch row that depends on a form or a status only, made
/// once per processor and escaped as its cell needs, so that a row is mostly copies of
/// ready-made fragments (as ``ResultFragments`` does for JSON):
///
/// - per form: its recommended cell (CSV: its field; Markdown: `**id**`), its winner
///   cell without and with the tie mark (Markdown), and its item in the possible
///   winners, without and with the separator before it;
/// - per status: its cell;
/// - the mark of estimated possible winners.
///
/// A CSV cell of possible winners is the field of the ids joined with spaces: copied
/// from the items only when every id stays as it is in any such cell (``plainWinners``),
/// else made by ``CSVField``.
struct TextResultFragments: Sendable {
    /// Where a fragment is in ``bytes``.
    fileprivate struct Fragment: Sendable {
        var start: Int
        var count: Int
    }

    /// The fragments one after the other.
    private let bytes: [UInt8]
    /// ``perForm`` per form, then one per status, then the estimated mark.
    private let fragments: [Fragment]
    private static let perForm = 5
    /// The number of forms.
    private let formCount: Int
    /// Whether the CSV cell of possible winners is its items copied (always true for
    /// Markdown, whose escape works scalar by scalar).
    let plainWinners: Bool
    /// The most bytes a row takes but its record, line, id, name and scores.
    let room: Int

    /// The fragments of `ruleBase`'s forms for a CSV table, or a Markdown table in the
    /// language of `strings`.
    init(forms: [Form], markdown: Bool, strings: BatchTableStrings) {
        var bytes: [UInt8] = []
        var fragments: [Fragment] = []
        func add(_ text: String) {
            let start = bytes.count
            bytes += Array(text.utf8)
            fragments.append(Fragment(start: start, count: bytes.count - start))
        }
        var plain = true
        for form in forms {
            if markdown {
                let id = MarkdownReport.escape(form.id)
                add("**" + id + "**")
                add(id)
                add(id + strings.tie)
                add(id)
                add(", " + id)
            } else {
                let field = CSVField.text(form.id)
                add(field)
                add(field)
                add(field)
                add(form.id)
                add(" " + form.id)
                plain = plain && Self.staysPlain(form.id)
            }
        }
        for status in RecommendationStatus.allCases {
            add(markdown ? strings.status(status) : CSVField.text(status.rawValue))
        }
        add(markdown ? strings.estimated : BatchTableStrings.english.estimated)
        self.bytes = bytes
        self.fragments = fragments
        self.formCount = forms.count
        self.plainWinners = markdown || plain
        // Every fragment at most three times per form (its cells and item), a status, the
        // mark, and a separator and a quote pair around every cell.
        self.room = 3 * bytes.count + 8 * (forms.count + 12) + 64
    }

    /// Whether an id, anywhere in a list of ids joined with spaces (first or not), leaves
    /// its CSV field as it is: printable ASCII but a comma or a quote, and no formula
    /// start.
    private static func staysPlain(_ id: String) -> Bool {
        guard let first = id.utf8.first else { return false }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"):
            return false
        default:
            break
        }
        return id.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: ",") && byte != UInt8(ascii: "\"")
        }
    }

    /// Calls `body` with the table; valid during the call only.
    @inline(__always)
    func withTable<Result>(_ body: (Table) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            fragments.withUnsafeBufferPointer { fragments in
                body(
                    Table(
                        bytes: bytes.baseAddress!, fragments: fragments.baseAddress!,
                        forms: formCount))
            }
        }
    }

    /// The fragments through pointers.
    struct Table {
        fileprivate let bytes: UnsafePointer<UInt8>
        fileprivate let fragments: UnsafePointer<Fragment>
        let forms: Int

        /// The recommended cell of `form`.
        @inline(__always)
        func writeRecommended(_ form: Int, to writer: inout ByteWriter) {
            write(perForm: form, 0, to: &writer)
        }

        /// The winner cell of `form`, with the tie mark (Markdown) or without.
        @inline(__always)
        func writeWinner(_ form: Int, tie: Bool, to writer: inout ByteWriter) {
            write(perForm: form, tie ? 2 : 1, to: &writer)
        }

        /// The item of `form` in the possible winners, after a separator or not.
        @inline(__always)
        func writeItem(_ form: Int, separated: Bool, to writer: inout ByteWriter) {
            write(perForm: form, separated ? 4 : 3, to: &writer)
        }

        /// The cell of a status.
        @inline(__always)
        func writeStatus(_ status: RecommendationStatus, to writer: inout ByteWriter) {
            write(fragments[TextResultFragments.perForm &* forms &+ status.ordinal], to: &writer)
        }

        /// The mark after estimated possible winners.
        @inline(__always)
        func writeEstimated(to writer: inout ByteWriter) {
            write(
                fragments[
                    TextResultFragments.perForm &* forms &+ RecommendationStatus.allCases.count],
                to: &writer)
        }

        @inline(__always)
        private func write(perForm form: Int, _ kind: Int, to writer: inout ByteWriter) {
            write(fragments[TextResultFragments.perForm &* form &+ kind], to: &writer)
        }

        @inline(__always)
        private func write(_ fragment: Fragment, to writer: inout ByteWriter) {
            writer.write(UnsafeBufferPointer(start: bytes + fragment.start, count: fragment.count))
        }
    }
}
