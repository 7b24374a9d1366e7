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

    /// Appends ``csvField(_:)`` of `text`: the text as it is when it is plain ASCII with
    /// nothing to quote (no comma, quote or line break, and no first character that
    /// starts a formula, or a sign before digits: a negative score), the usual cell;
    /// else the field ``csvField(_:)`` makes.
    static func appendCSVField(_ text: String, to out: inout ByteBuffer) {
        let plain = text.utf8.allSatisfy { byte in
            byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: ",")
                && byte != UInt8(ascii: "\"")
        }
        let first = text.utf8.first
        let signed = first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        let formulaStart =
            first == UInt8(ascii: "=") || first == UInt8(ascii: "@")
            || (signed && !isSignedDecimal(text))
        if plain && !formulaStart {
            out.append(contentsOf: text.utf8)
        } else {
            out.append(contentsOf: csvField(text).utf8)
        }
    }

    /// A CSV field: quoted when it holds a comma, a quote or a line break; text that a
    /// spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a
    /// carriage return) is quoted and prefixed with `'` (the OWASP rule against CSV
    /// injection). Numbers, such as a score of `-3`, stay numbers.
    static func csvField(_ text: String) -> String {
        let formula =
            text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } == true
            && !isNumber(text)
        guard formula || text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline })
        else {
            return text
        }
        return "\"" + (formula ? "'" : "") + text.replacing("\"", with: "\"\"") + "\""
    }

    /// Whether `text` is a sign, digits and at most one point with digits after it, as a
    /// negative score is written (a number for ``isNumber(_:)`` too).
    static func isSignedDecimal(_ text: String) -> Bool {
        var digits = 0
        var point = false
        var afterPoint = 0
        for byte in text.utf8.dropFirst() {
            if byte == UInt8(ascii: ".") && !point {
                point = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if point { afterPoint += 1 } else { digits += 1 }
            } else {
                return false
            }
        }
        return digits > 0 && (!point || afterPoint > 0)
    }

    /// Whether `text` is a plain decimal number: an optional sign, digits, an optional
    /// fraction and exponent.
    static func isNumber(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        } && Double(text) != nil
    }
}
