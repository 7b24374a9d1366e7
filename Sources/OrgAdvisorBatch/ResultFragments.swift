import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// The text of a JSON batch result that depends on a form only, made once per
/// processor, so that a result is mostly word copies of ready-made fragments. For a
/// form whose id is the JSON string `KEY`:
///
/// - its winner fragments, one per status and tie, e.g.
///   `,"status":"decided","recommended":KEY,"winner":KEY,"tie":false,"ranking":[KEY`
///   (`"recommended":null` unless decided): the ranking starts with the winner;
/// - its item, `,KEY`: a later entry of the ranking or of the possible winners (the
///   first possible winner without the comma);
/// - its member, `,KEY:`: before the form's score (the first score without the comma).
///
/// Every fragment starts on a multiple of ``ByteWriter/chunk`` bytes and is padded to
/// the next one, and one more chunk ends the table, so that a fragment, or a fragment
/// without its first byte, can be copied with ``ByteWriter/writeChunks(_:count:)``
/// without reading past the table.
struct ResultFragments: Sendable {
    /// Where a fragment is in the table.
    struct Fragment: Sendable {
        var start: Int
        var count: Int
    }

    /// The fragments one after the other.
    private let bytes: [UInt8]
    /// ``perForm`` per form: the winner fragments (per status, without and with a tie),
    /// the item, the member.
    private let fragments: [Fragment]
    /// The fragments of one form.
    static let perForm = 2 * RecommendationStatus.allCases.count + 2
    /// The most bytes a chunked copy of any fragment writes.
    let longest: Int

    /// The fragments of forms with the given ids.
    init(formIDs: [String]) {
        var bytes: [UInt8] = []
        var fragments: [Fragment] = []
        var longest = 0
        func add(_ text: String) {
            let start = bytes.count
            bytes += Array(text.utf8)
            fragments.append(Fragment(start: start, count: bytes.count - start))
            while bytes.count % ByteWriter.chunk != 0 { bytes.append(0) }
            longest = max(longest, bytes.count - start)
        }
        for id in formIDs {
            var key = ""
            JSONValue.writeString(id, to: &key)
            for status in RecommendationStatus.allCases {
                let recommended = status == .decided ? key : "null"
                for tie in [false, true] {
                    add(
                        ",\"status\":\"\(status.rawValue)\",\"recommended\":\(recommended),"
                            + "\"winner\":" + key + ",\"tie\":\(tie),\"ranking\":[" + key)
                }
            }
            add("," + key)
            add("," + key + ":")
        }
        self.bytes = bytes + [UInt8](repeating: 0, count: ByteWriter.chunk)
        self.fragments = fragments
        self.longest = longest
    }

    /// Calls `body` with the table; valid during the call only.
    @inline(__always)
    func withTable<Result>(_ body: (Table) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            fragments.withUnsafeBufferPointer { fragments in
                body(Table(bytes: bytes.baseAddress!, fragments: fragments.baseAddress!))
            }
        }
    }

    /// The fragments through pointers: no bounds checks, no reference counting.
    struct Table {
        let bytes: UnsafePointer<UInt8>
        let fragments: UnsafePointer<Fragment>

        /// Writes the winner fragment of `form`.
        @inline(__always)
        func writeWinner(
            _ form: Int, status: RecommendationStatus, tie: Bool, to writer: inout ByteWriter
        ) {
            let kind = 2 &* status.ordinal &+ (tie ? 1 : 0)
            write(fragments[ResultFragments.perForm &* form &+ kind], to: &writer)
        }

        /// Writes the item of `form` (`"key"`), with its comma or without.
        @inline(__always)
        func writeItem(_ form: Int, comma: Bool, to writer: inout ByteWriter) {
            writeListed(
                fragments[ResultFragments.perForm &* form &+ ResultFragments.perForm &- 2],
                comma: comma, to: &writer)
        }

        /// Writes the member of `form` (`"key":`), with its comma or without.
        @inline(__always)
        func writeMember(_ form: Int, comma: Bool, to writer: inout ByteWriter) {
            writeListed(
                fragments[ResultFragments.perForm &* form &+ ResultFragments.perForm &- 1],
                comma: comma, to: &writer)
        }

        /// A fragment that starts with a comma, written with it or without it.
        @inline(__always)
        private func writeListed(_ fragment: Fragment, comma: Bool, to writer: inout ByteWriter) {
            if comma {
                write(fragment, to: &writer)
            } else {
                writer.writeChunks(bytes + fragment.start + 1, count: fragment.count - 1)
            }
        }

        @inline(__always)
        private func write(_ fragment: Fragment, to writer: inout ByteWriter) {
            writer.writeChunks(bytes + fragment.start, count: fragment.count)
        }
    }
}
