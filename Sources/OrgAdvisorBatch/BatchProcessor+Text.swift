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

    /// Appends the CSV field of `text` (``CSVField``).
    static func appendCSVField(_ text: String, to out: inout ByteBuffer) {
        out.append(contentsOf: CSVField.text(text).utf8)
    }
}
