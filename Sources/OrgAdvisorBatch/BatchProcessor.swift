import OrgAdvisorEngine
import OrgAdvisorReports
import OrgAdvisorRules

/// Scores batch records and writes one result per record, in any of the batch
/// formats. A processor is immutable and `Sendable`: share it between threads, each
/// with its own ``BatchProcessor/Worker`` for scratch space.
public struct BatchProcessor: Sendable {
    /// The rule base that scores.
    public let ruleBase: RuleBase
    /// The output format.
    public let format: BatchFormat
    /// The trace that results carry (JSON formats only), when set: every rule
    /// (``ExplainLevel/full``), those that fired (``ExplainLevel/summary``: the scores add
    /// up from them) or those that did not (``ExplainLevel/fails``).
    public let explain: ExplainLevel?
    /// The language of texts in traces.
    public let language: Language
    /// For CSV or TSV input, its header (records are then rows); nil for JSON records.
    public let spreadsheet: SpreadsheetHeader?

    /// The JSON text of results that depends on a form only.
    private let fragments: ResultFragments
    /// The same for CSV and Markdown rows.
    let textFragments: TextResultFragments
    /// The record reader: its tables are made once, and shared by every worker.
    let reader: ProfileRecordReader
    /// Room for a JSON result but its pass-through values and trace: literals, two
    /// numbers, each form's fragments (each copy rounded up to whole chunks) and scores.
    let resultRoom: Int
    /// How the possible winners are searched: with the leads of the tables over several
    /// criteria made once, here, for every record (tests lower its limit of work).
    var effort: AnalysisEffort

    /// Creates a processor.
    public init(
        ruleBase: RuleBase, format: BatchFormat, explain: ExplainLevel? = nil,
        language: Language = .english, spreadsheet: SpreadsheetHeader? = nil
    ) {
        self.spreadsheet = spreadsheet
        self.ruleBase = ruleBase
        self.format = format
        self.explain = explain
        self.language = language
        fragments = ResultFragments(formIDs: ruleBase.forms.map(\.id))
        textFragments = TextResultFragments(
            forms: ruleBase.forms, markdown: format == .markdown,
            strings: BatchTableStrings.of(language))
        reader = ProfileRecordReader(ruleBase: ruleBase)
        effort = AnalysisEffort(jointLeads: JointLeads(ruleBase.program))
        resultRoom =
            192 + 2 * ByteWriter.numberLimit + ruleBase.forms.count
            * (3 * fragments.longest + ByteWriter.numberLimit + 8)
    }

    /// Per-thread scratch space: reused buffers and counts.
    public struct Worker: Sendable {
        var profile: Profile
        var scores: [Score]
        var ranking: [Int] = []
        /// The possible winners, read like an array of form indices.
        var winners = FormSet()
        /// Whether ``winners`` are exact (false: a safe over-estimate, past the
        /// analysis's limit of work).
        var winnersAreExact = true
        /// The status of the result.
        var status = RecommendationStatus.nothingGiven
        /// Whether several forms share the top score.
        var tie = false
        var passThrough = ProfileRecordReader.PassThrough()
        /// The record reader (tests put in one that reads by the strict path only).
        var reader: ProfileRecordReader
        /// How many records the one-pass reader read alone (the others took the strict
        /// path, or were not read).
        var onePassRecords = 0
        /// Room for the cells of CSV and TSV rows.
        var cells: [UInt8] = []
        /// Counts of the records this worker processed.
        public var statistics = BatchStatistics()
        /// Room for the analysis of one profile.
        let scratch: ScratchSpace

        /// Creates scratch space for a processor.
        public init(for processor: BatchProcessor) {
            profile = Profile(for: processor.ruleBase)
            scores = [Score](repeating: .zero, count: processor.ruleBase.forms.count)
            reader = processor.reader
            scratch = ScratchSpace(byteCount: processor.ruleBase.program.analysisScratchBytes)
        }
    }

    /// The CSV header: fixed for a rule base.
    public var csvHeader: String {
        "record,line,id,name,status,recommended,winner,tie,possible_winners,"
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
            let strings = BatchTableStrings.of(language)
            let head = strings.headings + forms + [strings.error]
            let align =
                ["---:", "---", "---", "---", "---", "---", "---"] + forms.map { _ in "---:" }
                + ["---"]
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
    ///
    /// The results are written straight into `output`'s storage; reuse one buffer per
    /// thread (emptied with ``ByteBuffer/removeAll()``) so that its storage is reused.
    public func process(
        _ records: ArraySlice<RecordSplitter.Record>, in buffer: UnsafeBufferPointer<UInt8>,
        into output: inout ByteBuffer, worker: inout Worker
    ) {
        fragments.withTable { table in
            for record in records {
                process(record, in: buffer, table, &output, &worker)
            }
        }
    }

    /// Scores one record and appends its result.
    @inline(__always)
    private func process(
        _ record: RecordSplitter.Record, in buffer: UnsafeBufferPointer<UInt8>,
        _ table: ResultFragments.Table, _ output: inout ByteBuffer, _ worker: inout Worker
    ) {
        worker.statistics.read += 1
        if format == .json && record.number > 1 { BatchProcessor.append(",\n", &output) }
        if let structural = record.structuralError {
            worker.statistics.failed += 1
            // Nothing of this record was read: no id or name (not the previous record's).
            worker.passThrough = ProfileRecordReader.PassThrough()
            writeError(
                structural, record: record, line: record.line, column: record.column, worker,
                &output)
            return
        }
        let bytes = UnsafeBufferPointer(rebasing: buffer[record.range])
        do {
            if let spreadsheet {
                try worker.reader.readRow(
                    bytes, header: spreadsheet, record: record, into: &worker.profile,
                    passThrough: &worker.passThrough, scratch: &worker.cells)
            } else {
                let path = try worker.reader.read(
                    bytes, readable: buffer.count - record.range.lowerBound, record: record,
                    into: &worker.profile, passThrough: &worker.passThrough)
                if path == .onePass { worker.onePassRecords &+= 1 }
            }
        } catch {
            worker.statistics.failed += 1
            writeError(
                error.message, record: record, line: error.line, column: error.column, worker,
                &output)
            return
        }
        worker.statistics.scored += 1
        writeResult(record: record, bytes: bytes, worker: &worker, table, &output)
    }

    /// Scores the records of `buffer` and appends one result per record to `output`:
    /// the same bytes as with a ``ByteBuffer``, copied once more, into an array.
    public func process(
        _ records: ArraySlice<RecordSplitter.Record>, in buffer: UnsafeBufferPointer<UInt8>,
        into output: inout [UInt8], worker: inout Worker
    ) {
        var results = ByteBuffer()
        process(records, in: buffer, into: &results, worker: &worker)
        results.withUnsafeBytes { output.append(contentsOf: $0) }
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
        var isExact = true
        let scratch = worker.scratch.bytes
        let mask = worker.profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { scores in
                scores.withMemoryRebound(to: Int64.self) { scores in
                    ranking.withUnsafeMutableBufferPointer { ranking in
                        program.analyse(
                            given.baseAddress!, scores: scores.baseAddress!,
                            ranking: ranking.baseAddress!, effort: effort, isExact: &isExact,
                            scratch: scratch)
                    }
                }
            }
        }
        swap(&scores, &worker.scores)
        swap(&ranking, &worker.ranking)
        if let mask {
            worker.winners = FormSet(mask: mask)
            worker.winnersAreExact = isExact
        } else {
            generalWinners(&worker)
        }
        let leader = worker.ranking[0]
        let winners = worker.winners
        worker.tie =
            worker.scores.count > 1 && worker.scores[worker.ranking[1]] == worker.scores[leader]
        worker.status = RecommendationStatus(
            anyGiven: worker.profile.values.contains { !$0.isNaN }, tied: worker.tie,
            onlyLeaderCanWin: winners.list == nil
                ? winners.mask == 1 << UInt64(leader) : winners.list! == [leader])
    }

    /// The possible winners from the general analysis, when the one-pass analysis
    /// cannot tell.
    @inline(never)
    private func generalWinners(_ worker: inout Worker) {
        let facts = ruleBase.withFacts(of: worker.profile) { facts, _ in Array(facts) }
        let general =
            ruleBase.replayedAnalysis(given: worker.profile.values, facts: facts)
            ?? CompletionAnalysis(ruleBase: ruleBase, facts: facts, scores: worker.scores).run()
        worker.winners = FormSet(general.possibleWinners)
        worker.winnersAreExact = general.isExact
    }

    private func writeResult(
        record: RecordSplitter.Record, bytes: UnsafeBufferPointer<UInt8>, worker: inout Worker,
        _ table: ResultFragments.Table, _ out: inout ByteBuffer
    ) {
        analyse(&worker)
        switch format {
        case .jsonl, .json:
            writeJSONResult(record: record, bytes: bytes, &worker, table, &out)
            if let explain {
                let evaluation = ruleBase.evaluate(worker.profile, trace: true)
                if let trace = evaluation.traceJSON(language: language, explain: explain) {
                    BatchProcessor.append(",\"trace\":", &out)
                    trace.serializedBytes().withUnsafeBytes { out.append(contentsOf: $0) }
                }
                out.append(UInt8(ascii: "}"))
                if format == .jsonl { out.append(UInt8(ascii: "\n")) }
            }
        case .csv, .markdown:
            writeTextResult(record: record, bytes: bytes, worker, &out)
        }
    }

    private func writeError(
        _ message: String, record: RecordSplitter.Record, line: Int, column: Int, _ worker: Worker,
        _ out: inout ByteBuffer
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
        case .csv, .markdown:
            writeTextError(message, record: record, line: line, column: column, worker, &out)
        }
    }

    /// Appends a literal's bytes.
    @inline(__always)
    static func append(_ text: StaticString, _ out: inout ByteBuffer) {
        text.withUTF8Buffer { out.append(contentsOf: UnsafeRawBufferPointer($0)) }
    }

    /// A pass-through value as plain text (strings without quotes).
    func plain(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        if case .string(let text) = value { return text }
        return value.serialized()
    }

}
