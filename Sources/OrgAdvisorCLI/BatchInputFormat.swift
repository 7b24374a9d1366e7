import OrgAdvisor

/// The input formats of `batch`: JSON (JSON Lines, an array or `{"profiles": [...]}`,
/// told apart by the content) or a spreadsheet's rows, CSV or TSV, with a header row.
enum BatchInputFormat: String, CaseIterable {
    /// JSON Lines (or any JSON shape: detected from the content).
    case jsonl
    /// A JSON array or `{"profiles": [...]}` (or JSON Lines: detected from the content).
    case json
    /// Comma-separated values with a header row of criteria.
    case csv
    /// Tab-separated values with a header row of criteria.
    case tsv

    /// The field separator of a spreadsheet format; nil for JSON.
    var separator: UInt8? {
        switch self {
        case .csv: return UInt8(ascii: ",")
        case .tsv: return UInt8(ascii: "\t")
        case .jsonl, .json: return nil
        }
    }

    /// `--input-format`.
    static let option = OptionSpec(
        name: "input-format", arity: .value("FORMAT"),
        help: "input format (default: csv or tsv for a file ending in .csv or .tsv, else JSON)",
        allowed: allCases.map(\.rawValue))

    /// The format given, else the one of the file's extension (`.csv`, `.tsv`), else JSON.
    static func of(_ parsed: ParsedArguments, path: String) -> BatchInputFormat {
        if let given = parsed.value("input-format").flatMap(BatchInputFormat.init(rawValue:)) {
            return given
        }
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") { return .csv }
        if lowered.hasSuffix(".tsv") || lowered.hasSuffix(".tab") { return .tsv }
        return .json
    }

    /// Reads the header row from `input`: the header and the bytes read (which the run
    /// reads again, skipping the header). A bad header is an error before any output.
    static func readHeader(
        from input: Int32, shown: String, separator: UInt8, rules: RuleBase, limit: Int
    ) throws(CLIError) -> (SpreadsheetHeader, [UInt8]) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var length: Int?
        while length == nil {
            let count = chunk.withUnsafeMutableBytes { SystemCalls.readSome(input, into: $0) }
            guard let count else {
                throw .input("cannot read '\(shown)': \(SystemCalls.errorText())")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            length = SpreadsheetHeader.headerLength(bytes, separator: separator)
            if length == nil && bytes.count > limit {
                throw .input(
                    "\(shown):1:1: header row longer than \(ByteSize.describe(limit)); raise"
                        + " --max-record-size to read it")
            }
        }
        let row = Array(bytes[0..<(length ?? bytes.count)])
        let trimmed = row.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
        guard !trimmed.isEmpty && trimmed != [0xEF, 0xBB, 0xBF] else {
            throw .input(
                "\(shown):1:1: expected a header row of criteria (ids or labels), 'id' and 'name'"
            )
        }
        do {
            let cells = try SpreadsheetHeader.cells(ofRow: row, separator: separator)
            return (
                try SpreadsheetHeader(cells: cells, separator: separator, ruleBase: rules), bytes
            )
        } catch {
            throw .input("\(shown):1:\(error.column): \(error.message)")
        }
    }
}
