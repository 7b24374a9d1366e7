/// Scores batch records and writes one result per record, in any of the batch
/// formats. A processor is immutable and `Sendable`: share it between threads, each
/// with its own ``BatchProcessor/Worker`` for scratch space.
public struct BatchProcessor: Sendable {
    /// The rule base that scores.
    public let ruleBase: RuleBase
    /// The output format.
    public let format: BatchFormat
    /// Whether results carry the trace (JSON formats only).
    public let explain: Bool
    /// The language of texts in traces.
    public let language: Language

    /// The forms' ids as JSON strings, one after the other: form `f`'s is
    /// `formKeyBytes[formKeyStarts[f]..<formKeyStarts[f + 1]]`; eight more bytes follow
    /// the last, so that keys can be copied eight bytes at a time.
    private let formKeyBytes: [UInt8]
    private let formKeyStarts: [Int]

    /// Creates a processor.
    public init(
        ruleBase: RuleBase, format: BatchFormat, explain: Bool = false,
        language: Language = .english
    ) {
        self.ruleBase = ruleBase
        self.format = format
        self.explain = explain
        self.language = language
        var formKeyBytes: [UInt8] = []
        var formKeyStarts = [0]
        for form in ruleBase.forms {
            var text = ""
            JSONValue.writeString(form.id, to: &text)
            formKeyBytes += Array(text.utf8)
            formKeyStarts.append(formKeyBytes.count)
        }
        self.formKeyBytes = formKeyBytes + [UInt8](repeating: 0, count: 8)
        self.formKeyStarts = formKeyStarts
    }

    /// Per-thread scratch space: reused buffers and counts.
    public struct Worker: Sendable {
        var profile: Profile
        var scores: [Score]
        var ranking: [Int] = []
        /// The possible winners, read like an array of form indices.
        var winners = FormSet()
        var passThrough = ProfileRecordReader.PassThrough()
        /// Where a JSON result is written before it is appended to the output.
        var scratch: [UInt8] = []
        let reader: ProfileRecordReader
        /// Counts of the records this worker processed.
        public var statistics = BatchStatistics()

        /// Creates scratch space for a processor.
        public init(for processor: BatchProcessor) {
            profile = Profile(for: processor.ruleBase)
            scores = [Score](repeating: .zero, count: processor.ruleBase.forms.count)
            reader = ProfileRecordReader(ruleBase: processor.ruleBase)
        }
    }

    /// The CSV header: fixed for a rule base.
    public var csvHeader: String {
        "record,line,id,name,winner,tie,possible_winners,"
            + ruleBase.forms.map { "score_" + $0.id }.joined(separator: ",") + ",error"
    }

    /// What comes before the first result.
    public var header: [UInt8] {
        switch format {
        case .jsonl: return []
        case .json: return Array("[\n".utf8)
        case .csv: return Array((csvHeader + "\n").utf8)
        case .markdown:
            let forms = ruleBase.forms.map { $0.id }
            let head = ["record", "id", "name", "winner", "possible winners"] + forms + ["error"]
            let align = ["---:", "---", "---", "---", "---"] + forms.map { _ in "---:" } + ["---"]
            return Array(
                ("| " + head.joined(separator: " | ") + " |\n| " + align.joined(separator: " | ")
                    + " |\n").utf8)
        }
    }

    /// What comes after the last result, given how many results were written.
    public func footer(count: Int) -> [UInt8] {
        format == .json ? Array((count == 0 ? "]\n" : "\n]\n").utf8) : []
    }

    /// Scores the records of `buffer` and appends one result per record to `output`.
    public func process(
        _ records: ArraySlice<RecordSplitter.Record>, in buffer: UnsafeBufferPointer<UInt8>,
        into output: inout [UInt8], worker: inout Worker
    ) {
        for record in records {
            worker.statistics.read += 1
            if format == .json && record.number > 1 { output.append(contentsOf: ",\n".utf8) }
            if let structural = record.structuralError {
                worker.statistics.failed += 1
                // Nothing of this record was read: no id or name (not the previous record's).
                worker.passThrough = ProfileRecordReader.PassThrough()
                writeError(
                    structural, record: record, line: record.line, column: record.column, worker,
                    &output)
                continue
            }
            let bytes = UnsafeBufferPointer(rebasing: buffer[record.range])
            do {
                try worker.reader.read(
                    bytes, record: record, into: &worker.profile, passThrough: &worker.passThrough)
            } catch {
                worker.statistics.failed += 1
                writeError(
                    error.message, record: record, line: error.line, column: error.column, worker,
                    &output)
                continue
            }
            worker.statistics.scored += 1
            writeResult(record: record, bytes: bytes, worker: &worker, &output)
        }
    }

    // MARK: Results

    /// Scores the worker's profile into `worker.scores`, its ranking into
    /// `worker.ranking` and its possible winners into `worker.winners`.
    private func analyse(_ worker: inout Worker) {
        let program = ruleBase.program
        // Out of the worker while they are written, so that reading its profile meanwhile
        // needs no copy.
        var scores: [Score] = []
        var ranking: [Int] = []
        swap(&scores, &worker.scores)
        swap(&ranking, &worker.ranking)
        if ranking.count != program.formCount { ranking = Array(0..<program.formCount) }
        let mask = worker.profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { scores in
                scores.withMemoryRebound(to: Int64.self) { scores in
                    ranking.withUnsafeMutableBufferPointer { ranking in
                        program.analyse(
                            given.baseAddress!, scores: scores.baseAddress!,
                            ranking: ranking.baseAddress!)
                    }
                }
            }
        }
        swap(&scores, &worker.scores)
        swap(&ranking, &worker.ranking)
        if let mask {
            worker.winners = FormSet(mask: mask)
        } else {
            generalWinners(&worker)
        }
    }

    /// The possible winners from the general analysis, when the one-pass analysis
    /// cannot tell.
    @inline(never)
    private func generalWinners(_ worker: inout Worker) {
        let facts = ruleBase.withFacts(of: worker.profile) { facts, _ in Array(facts) }
        worker.winners = FormSet(
            CompletionAnalysis(ruleBase: ruleBase, facts: facts, scores: worker.scores).run()
                .possibleWinners)
    }

    private func writeResult(
        record: RecordSplitter.Record, bytes: UnsafeBufferPointer<UInt8>, worker: inout Worker,
        _ out: inout [UInt8]
    ) {
        analyse(&worker)
        let scores = worker.scores
        let ranking = worker.ranking
        let winners = worker.winners
        let winner = ranking[0]
        let tie = ranking.count > 1 && scores[ranking[1]] == scores[winner]
        switch format {
        case .jsonl, .json:
            let passThrough = worker.passThrough
            let idBytes = passThrough.idBytes.map { UnsafeBufferPointer(rebasing: bytes[$0]) }
            let nameBytes = passThrough.nameBytes.map { UnsafeBufferPointer(rebasing: bytes[$0]) }
            let id = idBytes == nil ? passThrough.id.map { Array($0.serialized().utf8) } : nil
            let name =
                nameBytes == nil ? passThrough.name.map { Array($0.serialized().utf8) } : nil
            // Room for everything but the trace: literals, two numbers, the pass-through
            // values, each form key up to four times (each copy up to eight bytes
            // longer) and the scores.
            let room =
                160 + 2 * ByteWriter.numberLimit + (idBytes?.count ?? id?.count ?? 0)
                + (nameBytes?.count ?? name?.count ?? 0) + 4 * formKeyBytes.count
                + scores.count * (ByteWriter.numberLimit + 4) + 4 * 8 * scores.count
            if worker.scratch.count < room {
                worker.scratch = [UInt8](repeating: 0, count: max(room, 4096))
            }
            let explain = self.explain
            let format = self.format
            let written = worker.scratch.withUnsafeMutableBufferPointer { buffer in
                formKeyBytes.withUnsafeBufferPointer { keys in
                    let keys = keys.baseAddress!
                    let starts = formKeyStarts
                    var writer = ByteWriter(buffer.baseAddress!)
                    func key(_ form: Int) {
                        writer.writeWords(
                            keys + starts[form], count: starts[form + 1] - starts[form])
                    }
                    writer.write("{\"record\":")
                    writer.write(record.number)
                    writer.write(",\"line\":")
                    writer.write(record.line)
                    if let idBytes {
                        writer.write(",\"id\":")
                        writer.write(idBytes)
                    } else if let id {
                        writer.write(",\"id\":")
                        id.withUnsafeBufferPointer { writer.write($0) }
                    }
                    if let nameBytes {
                        writer.write(",\"name\":")
                        writer.write(nameBytes)
                    } else if let name {
                        writer.write(",\"name\":")
                        name.withUnsafeBufferPointer { writer.write($0) }
                    }
                    writer.write(",\"winner\":")
                    key(winner)
                    writer.write(
                        tie ? ",\"tie\":true,\"ranking\":[" : ",\"tie\":false,\"ranking\":[")
                    for position in ranking.indices {
                        if position > 0 { writer.write(UInt8(ascii: ",")) }
                        key(ranking[position])
                    }
                    writer.write("],\"scores\":{")
                    for form in scores.indices {
                        if form > 0 { writer.write(UInt8(ascii: ",")) }
                        key(form)
                        writer.write(UInt8(ascii: ":"))
                        writer.write(scores[form])
                    }
                    writer.write("},\"possibleWinners\":[")
                    for position in winners.indices {
                        if position > 0 { writer.write(UInt8(ascii: ",")) }
                        key(winners[position])
                    }
                    writer.write(UInt8(ascii: "]"))
                    if !explain {
                        writer.write(UInt8(ascii: "}"))
                        if format == .jsonl { writer.write(UInt8(ascii: "\n")) }
                    }
                    return writer.pointer - buffer.baseAddress!
                }
            }
            worker.scratch.withUnsafeBufferPointer { buffer in
                out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<written]))
            }
            if explain {
                let evaluation = ruleBase.evaluate(worker.profile, trace: true)
                if let trace = evaluation.json(language: language)["trace"] {
                    BatchProcessor.append(",\"trace\":", &out)
                    out.append(contentsOf: trace.serialized().utf8)
                }
                out.append(UInt8(ascii: "}"))
                if format == .jsonl { out.append(UInt8(ascii: "\n")) }
            }
        case .csv:
            let passThrough = worker.passThrough.resolved(in: bytes)
            var fields = [
                String(record.number), String(record.line), plain(passThrough.id),
                plain(passThrough.name), ruleBase.forms[winner].id, tie ? "true" : "false",
                winners.map { ruleBase.forms[$0].id }.joined(separator: " "),
            ]
            fields += scores.map(\.description)
            fields.append("")
            out.append(
                contentsOf: (fields.map(BatchProcessor.csvField).joined(separator: ",") + "\n").utf8
            )
        case .markdown:
            let passThrough = worker.passThrough.resolved(in: bytes)
            let e = MarkdownReport.escape
            var cells = [
                String(record.number), e(plain(passThrough.id)), e(plain(passThrough.name)),
                "**" + e(ruleBase.forms[winner].id) + "**" + (tie ? " (tie)" : ""),
                e(winners.map { ruleBase.forms[$0].id }.joined(separator: ", ")),
            ]
            cells += scores.map(\.signedDescription)
            cells.append("")
            out.append(contentsOf: ("| " + cells.joined(separator: " | ") + " |\n").utf8)
        }
    }

    private func writeError(
        _ message: String, record: RecordSplitter.Record, line: Int, column: Int, _ worker: Worker,
        _ out: inout [UInt8]
    ) {
        switch format {
        case .jsonl, .json:
            var text = "{\"record\":\(record.number),\"line\":\(line),\"column\":\(column)"
            if let id = worker.passThrough.id { text += ",\"id\":" + id.serialized() }
            if let name = worker.passThrough.name { text += ",\"name\":" + name.serialized() }
            text += ",\"error\":"
            JSONValue.writeString(message, to: &text)
            text += format == .jsonl ? "}\n" : "}"
            out.append(contentsOf: text.utf8)
        case .csv:
            var fields = [
                String(record.number), String(line), plain(worker.passThrough.id),
                plain(worker.passThrough.name), "",
                "", "",
            ]
            fields += ruleBase.forms.map { _ in "" }
            fields.append("line \(line), column \(column): \(message)")
            out.append(
                contentsOf: (fields.map(BatchProcessor.csvField).joined(separator: ",") + "\n").utf8
            )
        case .markdown:
            var cells = [
                String(record.number), plain(worker.passThrough.id), plain(worker.passThrough.name),
                "", "",
            ]
            cells += ruleBase.forms.map { _ in "" }
            cells.append("line \(line), column \(column): \(message)")
            out.append(
                contentsOf: ("| " + cells.map(MarkdownReport.escape).joined(separator: " | ")
                    + " |\n").utf8)
        }
    }

    /// Appends a literal's bytes.
    @inline(__always)
    static func append(_ text: StaticString, _ out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// A pass-through value as plain text (strings without quotes).
    private func plain(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        if case .string(let text) = value { return text }
        return value.serialized()
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
