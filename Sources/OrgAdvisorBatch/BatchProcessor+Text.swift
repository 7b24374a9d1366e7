import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension BatchProcessor {
    /// Writes a scored record as a CSV or Markdown row: record, line (CSV) or id, name,
    /// status, recommended form, leader (with `(tie)` in Markdown), possible winners
    /// (with `(estimated)` when they are a safe over-estimate), the scores, and an empty
    /// error.
    func writeTextResult(
        record: RecordSplitter.Record, bytes: UnsafeBufferPointer<UInt8>, _ worker: Worker,
        _ out: inout ByteBuffer
    ) {
        let markdown = format == .markdown
        let e = { (text: String) in markdown ? MarkdownReport.escape(text) : text }
        let table = BatchTableStrings.of(language)
        let scores = worker.scores
        let leader = worker.ranking[0]
        let tie = worker.ranking.count > 1 && scores[worker.ranking[1]] == scores[leader]
        let id = e(ruleBase.forms[leader].id)
        let passThrough = worker.passThrough.resolved(in: bytes)
        var cells = [String(record.number)]
        if !markdown { cells.append(String(record.line)) }
        cells += [
            e(plain(passThrough.id)), e(plain(passThrough.name)),
            markdown ? table.status(worker.status) : worker.status.rawValue,
        ]
        cells.append(worker.status != .decided ? "" : markdown ? "**" + id + "**" : id)
        cells.append(markdown ? id + (tie ? table.tie : "") : id)
        if !markdown { cells.append(tie ? "true" : "false") }
        let winners = Array(worker.winners).map { ruleBase.forms[$0].id }.joined(
            separator: markdown ? ", " : " ")
        let estimated =
            worker.winnersAreExact
            ? "" : markdown ? table.estimated : BatchTableStrings.english.estimated
        cells.append(e(winners) + estimated)
        cells += scores.map { markdown ? $0.signedDescription : $0.description }
        cells.append("")
        writeRow(cells, &out)
    }

    /// Writes a record that failed as a CSV or Markdown row: its record, line (CSV), id and
    /// name, every result column empty, and the error.
    func writeTextError(
        _ message: String, record: RecordSplitter.Record, line: Int, column: Int,
        _ worker: Worker, _ out: inout ByteBuffer
    ) {
        let markdown = format == .markdown
        let e = { (text: String) in markdown ? MarkdownReport.escape(text) : text }
        var cells = [String(record.number)]
        if !markdown { cells.append(String(line)) }
        cells += [e(plain(worker.passThrough.id)), e(plain(worker.passThrough.name))]
        // Status, recommended, leader, (CSV: tie), possible winners, then the scores.
        cells += Array(repeating: "", count: (markdown ? 4 : 5) + ruleBase.forms.count)
        cells.append(e("line \(line), column \(column): \(message)"))
        writeRow(cells, &out)
    }

    /// Writes one CSV or Markdown row of cells already escaped for Markdown, cell by cell.
    private func writeRow(_ cells: [String], _ out: inout ByteBuffer) {
        let markdown = format == .markdown
        if markdown { out.append(contentsOf: "| ".utf8) }
        for (index, cell) in cells.enumerated() {
            if index > 0 { out.append(contentsOf: (markdown ? " | " : ",").utf8) }
            if markdown {
                out.append(contentsOf: cell.utf8)
            } else {
                BatchProcessor.appendCSVField(cell, to: &out)
            }
        }
        out.append(contentsOf: (markdown ? " |\n" : "\n").utf8)
    }

    /// Appends ``csvField(_:)`` of `text`.
    static func appendCSVField(_ text: String, to out: inout ByteBuffer) {
        out.append(contentsOf: csvField(text).utf8)
    }

    /// A CSV field: quoted when it holds a comma, a quote or a line break; text that a
    /// spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) is quoted and prefixed with `'` (the OWASP rule against CSV
    /// injection). Numbers, such as a score of `-3`, stay numbers. The usual cell, plain
    /// ASCII, is decided from its bytes and returned as it is.
    static func csvField(_ text: String) -> String {
        let formula: Bool
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
            UInt8(ascii: "\t"), UInt8(ascii: "\r"):
            formula = !isNumber(text)
        default: formula = false
        }
        guard formula || needsQuotes(text) else { return text }
        // Quotes doubled byte by byte: a quote that a combining mark follows is one
        // character with it, but still a quote to a CSV reader.
        var field = [UInt8(ascii: "\"")]
        if formula { field.append(UInt8(ascii: "'")) }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { field.append(byte) }
            field.append(byte)
        }
        field.append(UInt8(ascii: "\""))
        return String(decoding: field, as: UTF8.self)
    }

    /// Whether `text` holds a comma, a quote or a line break (any character that is one,
    /// `Character.isNewline`): in ASCII, a byte from line feed to carriage return; the
    /// others are looked for only in text that is not ASCII.
    static func needsQuotes(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                || (UInt8(ascii: "\n")...UInt8(ascii: "\r")).contains(byte)
            {
                return true
            }
            if byte >= 0x80 { ascii = false }
        }
        return !ascii && text.contains(where: \.isNewline)
    }

    /// Whether `text` is a plain decimal number: an optional sign, digits, an optional
    /// fraction and exponent. A score (sign, digits, a point and digits) is one without
    /// parsing.
    static func isNumber(_ text: String) -> Bool {
        if isScore(text) { return true }
        return text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        } && Double(text) != nil
    }

    /// Whether `text` is an optional sign, digits, and at most one point with digits
    /// after it: how scores are written.
    static func isScore(_ text: String) -> Bool {
        var digits = 0
        var point = false
        var afterPoint = 0
        for (index, byte) in text.utf8.enumerated() {
            if index == 0 && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")) {
                continue
            } else if byte == UInt8(ascii: ".") && !point {
                point = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if point { afterPoint += 1 } else { digits += 1 }
            } else {
                return false
            }
        }
        return digits > 0 && (!point || afterPoint > 0)
    }
}
