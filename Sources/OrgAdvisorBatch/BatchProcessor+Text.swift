import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension BatchProcessor {
    /// Writes a scored record as a CSV or Markdown row: record, line (CSV) or id, name,
    /// status, recommended form, leader (with `(tie)` in Markdown), possible winners
    /// (with `(estimated)` when they are a safe over-estimate), the scores, and an empty
    /// error. Straight into `out`, from the fragments made once (``TextResultFragments``)
    /// but for the id and the name.
    func writeTextResult(
        record: RecordSplitter.Record, bytes: UnsafeBufferPointer<UInt8>, _ worker: Worker,
        _ out: inout ByteBuffer
    ) {
        let markdown = format == .markdown
        let passThrough = worker.passThrough.resolved(in: bytes)
        var id = textCell(plain(passThrough.id))
        var name = textCell(plain(passThrough.name))
        var winnersCell: String? = nil
        if !textFragments.plainWinners {
            let ids = Array(worker.winners).map { ruleBase.forms[$0].id }
            winnersCell = CSVField.text(
                ids.joined(separator: " ")
                    + (worker.winnersAreExact ? "" : BatchTableStrings.english.estimated))
        }
        let scores = worker.scores
        let room =
            textFragments.room + id.utf8.count + name.utf8.count + (winnersCell?.utf8.count ?? 0)
            + (scores.count + 2) * (ByteWriter.numberLimit + 4)
        var writer = ByteWriter(out.reserve(room))
        let separator: StaticString = markdown ? " | " : ","
        textFragments.withTable { table in
            let leader = worker.ranking[0]
            let tie = worker.tie
            if markdown { writer.write("| ") }
            writer.write(record.number)
            if !markdown {
                writer.write(separator)
                writer.write(record.line)
            }
            writer.write(separator)
            id.withUTF8 { writer.write($0) }
            writer.write(separator)
            name.withUTF8 { writer.write($0) }
            writer.write(separator)
            table.writeStatus(worker.status, to: &writer)
            writer.write(separator)
            if worker.status == .decided { table.writeRecommended(leader, to: &writer) }
            writer.write(separator)
            table.writeWinner(leader, tie: markdown && tie, to: &writer)
            if !markdown {
                writer.write(separator)
                writer.write(tie ? "true" : "false")
            }
            writer.write(separator)
            if var winnersCell {
                winnersCell.withUTF8 { writer.write($0) }
            } else {
                var separated = false
                for form in worker.winners {
                    table.writeItem(form, separated: separated, to: &writer)
                    separated = true
                }
                if !worker.winnersAreExact { table.writeEstimated(to: &writer) }
            }
            for score in scores {
                writer.write(separator)
                if markdown && score.micro > 0 { writer.write(UInt8(ascii: "+")) }
                writer.write(score)
            }
            // The empty error cell.
            writer.write(separator)
            writer.write(markdown ? " |\n" : "\n")
        }
        out.commit(upTo: writer.pointer)
    }

    /// A pass-through value's cell: escaped for Markdown, or a CSV field.
    private func textCell(_ text: String) -> String {
        format == .markdown ? MarkdownReport.escape(text) : CSVField.text(text)
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
