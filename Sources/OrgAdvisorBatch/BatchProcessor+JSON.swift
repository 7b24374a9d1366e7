import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

extension BatchProcessor {
    /// Writes the JSON result of a scored record, up to the possible winners (and the
    /// closing brace and newline without `explain`), straight into `out`.
    func writeJSONResult(
        record: RecordSplitter.Record, bytes: UnsafeBufferPointer<UInt8>,
        _ worker: inout Worker, _ table: ResultFragments.Table, _ out: inout ByteBuffer
    ) {
        let idRange = worker.passThrough.idBytes
        let nameRange = worker.passThrough.nameBytes
        let escaped = (id: worker.passThrough.idEscaped, name: worker.passThrough.nameEscaped)
        if (idRange == nil && worker.passThrough.id != nil)
            || (nameRange == nil && worker.passThrough.name != nil)
        {
            // Values the reader kept as JSON values: serialized first.
            let id =
                idRange.map { Array(bytes[$0]) }
                ?? worker.passThrough.id.map { Array($0.serialized().utf8) }
            let name =
                nameRange.map { Array(bytes[$0]) }
                ?? worker.passThrough.name.map { Array($0.serialized().utf8) }
            (id ?? []).withUnsafeBufferPointer { idText in
                (name ?? []).withUnsafeBufferPointer { nameText in
                    writeJSONResult(
                        record: record, id: id == nil ? nil : idText,
                        name: name == nil ? nil : nameText, escaped: escaped, &worker, table,
                        &out)
                }
            }
            return
        }
        writeJSONResult(
            record: record, id: idRange.map { UnsafeBufferPointer(rebasing: bytes[$0]) },
            name: nameRange.map { UnsafeBufferPointer(rebasing: bytes[$0]) },
            escaped: escaped, &worker, table, &out)
    }

    /// Writes a JSON result with the given pass-through values: JSON text, or strings
    /// as the record has them with escapes, written decoded (``ByteWriter/writeDecoded(_:)``).
    @inline(__always)
    private func writeJSONResult(
        record: RecordSplitter.Record, id: UnsafeBufferPointer<UInt8>?,
        name: UnsafeBufferPointer<UInt8>?, escaped: (id: Bool, name: Bool),
        _ worker: inout Worker, _ table: ResultFragments.Table, _ out: inout ByteBuffer
    ) {
        let room =
            resultRoom + ByteWriter.passThroughRoom(id, escaped: escaped.id)
            + ByteWriter.passThroughRoom(name, escaped: escaped.name)
        var writer = ByteWriter(out.reserve(room))
        writer.write("{\"record\":")
        writer.write(record.number)
        writer.write(",\"line\":")
        writer.write(record.line)
        if let id {
            writer.write(",\"id\":")
            writer.writePassThrough(id, escaped: escaped.id)
        }
        if let name {
            writer.write(",\"name\":")
            writer.writePassThrough(name, escaped: escaped.name)
        }
        worker.scores.withUnsafeBufferPointer { scores in
            worker.ranking.withUnsafeBufferPointer { ranking in
                let forms = scores.count
                let winner = ranking[0]
                table.writeWinner(winner, status: worker.status, tie: worker.tie, to: &writer)
                var position = 1
                while position < forms {
                    table.writeItem(ranking[position], comma: true, to: &writer)
                    position &+= 1
                }
                writer.write("],\"scores\":{")
                var form = 0
                while form < forms {
                    table.writeMember(form, comma: form > 0, to: &writer)
                    writer.write(scores[form])
                    form &+= 1
                }
            }
        }
        writer.write("},\"possibleWinners\":[")
        let winners = worker.winners
        if winners.list == nil {
            // The usual case: the forms of the mask, lowest first.
            var rest = winners.mask
            var comma = false
            while rest != 0 {
                table.writeItem(rest.trailingZeroBitCount, comma: comma, to: &writer)
                rest &= rest &- 1
                comma = true
            }
        } else {
            for position in winners.indices {
                table.writeItem(winners[position], comma: position > 0, to: &writer)
            }
        }
        writer.write(UInt8(ascii: "]"))
        if !worker.winnersAreExact { writer.write(",\"possibleWinnersExact\":false") }
        if explain == nil {
            writer.write(UInt8(ascii: "}"))
            if format == .jsonl { writer.write(UInt8(ascii: "\n")) }
        }
        out.commit(upTo: writer.pointer)
    }
}
