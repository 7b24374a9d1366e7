import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders an evaluation as text for people: the recommendation, the ranking with
/// a bar chart, why the winner leads, what is not known and what it could change,
/// and the advice.
public struct TextReport: Sendable {
    /// The language of headings and rule texts.
    public var language: Language
    /// How much of the trace to show.
    public var explain: ExplainLevel
    /// The width to fit, in columns (at least 60).
    public var width: Int
    /// Whether to use ANSI colours.
    public var color: Bool
    /// Where to find every change, shown after the what-if paragraph (for example the
    /// command that lists them); nothing when nil.
    public var whatIfHint: String?

    /// Creates a renderer.
    public init(
        language: Language, explain: ExplainLevel = .summary, width: Int = 80, color: Bool = false,
        whatIfHint: String? = nil
    ) {
        self.language = language
        self.explain = explain
        self.width = max(60, width)
        self.color = color
        self.whatIfHint = whatIfHint
    }

    var strings: ReportStrings { .of(language) }

    var colon: String { language.colon }

    func paint(_ text: String, _ code: String) -> String {
        color ? Self.colorStart(code) + text + Self.colorEnd : text
    }

    /// Appends to `out` what `body` appends, in the colour of `code` when the report is
    /// coloured (as ``paint(_:_:)``).
    func paint(_ code: String, into out: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
        if color { out.append(utf8: Self.colorStart(code)) }
        body(&out)
        if color { out.append(utf8: Self.colorEnd) }
    }

    /// The terminal codes that start a colour and end it.
    private static func colorStart(_ code: String) -> String { "\u{1B}[\(code)m" }
    private static let colorEnd = "\u{1B}[0m"

    /// The report, ending with a newline. The reasons come with the evaluation's trace
    /// (`evaluate(_:trace: true)`, the default). `effects` is what the criteria not given could each change
    /// (`ruleBase.unknownCriterionEffects(of: evaluation)`), listed when the winner could
    /// change. `whatIf`, the what-if
    /// of the evaluation's profile (`ruleBase.whatIf(evaluation.profile, maximumPairs: 0)`
    /// is enough), adds a paragraph of the single changes of known criteria that give
    /// another winner.
    ///
    /// ```swift
    /// let evaluation = rules.evaluate(profile)
    /// let report = TextReport(language: .french).render(
    ///     evaluation, effects: rules.unknownCriterionEffects(of: evaluation),
    ///     whatIf: rules.whatIf(profile, maximumPairs: 0))
    /// ```
    public func render(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect], whatIf: WhatIf? = nil,
        nextQuestion: QuestionChoice? = nil
    ) -> String {
        let rules = evaluation.ruleBase
        var out = headline(
            RecommendationHeadline(evaluation, next: nextQuestion, language: language))
        out += "\n"
        out += chart(evaluation) + "\n"
        switch explain {
        case .summary:
            out += why(evaluation)
        case .full:
            out += why(evaluation)
            out += allRules(evaluation, onlyFails: false)
        case .fails:
            out += allRules(evaluation, onlyFails: true)
        }
        out += derived(evaluation)
        out += unknowns(evaluation, effects)
        if let whatIf { out += closestChanges(evaluation, whatIf) }
        out += advice(evaluation)
        out +=
            paint("\(strings.ruleBase): \(rules.name) \(rules.version) (\(rules.fingerprint))", "2")
            + "\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    /// The short form of the report: the recommendation (or why there is none, with the
    /// forms that could still win) and the ranking chart.
    public func renderSummary(_ evaluation: Evaluation) -> String {
        FrenchTypography.typeset(
            headline(RecommendationHeadline(evaluation, next: nil, language: language)) + "\n"
                + chart(evaluation) + "\n", french: language == .french)
    }

    /// The recommendation, or why there is none, with the forms that could still win and
    /// the next question.
    private func headline(_ headline: RecommendationHeadline) -> String {
        let subject =
            headline.form != nil ? paint(headline.subject, "1;32") : paint(headline.subject, "1")
        var out = wrap("\(headline.title)\(colon) \(subject)", indent: 0, hanging: 2)
        if !headline.stillPossible.isEmpty {
            out += wrap(
                "\(strings.stillPossible)\(colon) "
                    + headline.stillPossible.joined(separator: ", ") + headline.stillPossibleMark,
                indent: 0, hanging: 2)
        }
        if let next = headline.nextQuestion {
            out += wrap(
                "\(strings.nextQuestion)\(colon) \(next.text) (\(next.criterion))", indent: 0,
                hanging: 2)
        }
        return out
    }

    /// A criterion as the report names it: its id in English (as typed in options), its
    /// label in French.
    private func criterionName(_ criterion: Criterion) -> String {
        language == .french ? criterion.label.text(language) : criterion.id
    }

    /// A condition's text, with `≥` and `≤` in French.
    private func conditionText(_ text: String) -> String {
        language == .french ? RuleBase.symbols(text) : text
    }

    // MARK: Ranking chart

    private func chart(_ evaluation: Evaluation) -> String {
        let rules = evaluation.ruleBase
        let labels = evaluation.ranking.map { rules.forms[$0].label.text(language) }
        let labelWidth = labels.map { $0.count }.max() ?? 0
        let scoreTexts = evaluation.ranking.map { evaluation.scores[$0].signedDescription }
        let scoreWidth = scoreTexts.map { $0.count }.max() ?? 0
        let prefix =
            2 + String(evaluation.ranking.count).count + 2 + labelWidth + 2 + scoreWidth + 2
        let barWidth = max(10, min(40, width - prefix))
        let top = evaluation.ranking.map { evaluation.scores[$0] }.max() ?? .zero
        var out = ""
        for (position, form) in evaluation.ranking.enumerated() {
            let number = String(position + 1)
            let label = labels[position]
            var line =
                "  "
                + String(
                    repeating: " ", count: String(evaluation.ranking.count).count - number.count)
            line +=
                number + ". " + label + String(repeating: " ", count: labelWidth - label.count)
                + "  "
            line +=
                String(repeating: " ", count: scoreWidth - scoreTexts[position].count)
                + scoreTexts[position]
            let score = evaluation.scores[form]
            if score > .zero && top > .zero {
                let eighths = Int(
                    (score.doubleValue / top.doubleValue * Double(barWidth * 8)).rounded())
                let bar = TextReport.bar(eighths: max(1, eighths))
                line += "  " + paint(bar, position == 0 ? "32" : "36")
            }
            out += line + "\n"
        }
        return out
    }

    /// A bar of `eighths` eighths of a column.
    static func bar(eighths: Int) -> String {
        let partials = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
    }

    // MARK: Derived, unknown, advice

    private func derived(_ evaluation: Evaluation) -> String {
        let rules = evaluation.ruleBase
        let entries = evaluation.derivedBy.sorted { $0.key < $1.key }
        guard !entries.isEmpty else { return "" }
        var out = ""
        for (criterionIndex, derivationIndex) in entries {
            let criterion = rules.criteria[criterionIndex]
            let derivation = rules.derivations[derivationIndex]
            let value = rules.describe(evaluation.fact(criterionIndex), of: criterion, in: language)
            out += wrap(
                "* \(strings.derived)\(colon) \(criterionName(criterion)) = \(value) "
                    + "(\(strings.from) \(conditionText(derivation.condition.source.text)))",
                indent: 0, hanging: 2)
            out += "  " + paint(derivation.location.pathAndLine, "2") + "\n"
        }
        return out + "\n"
    }

    private func unknowns(_ evaluation: Evaluation, _ effects: [UnknownCriterionEffect]) -> String {
        let rules = evaluation.ruleBase
        guard !evaluation.unknownCriteria.isEmpty else {
            return strings.allGiven + "\n\n"
        }
        var out = wrap(
            "\(strings.notGiven)\(colon) "
                + evaluation.unknownCriteria.map { criterionName(rules.criteria[$0]) }.joined(
                    separator: ", "),
            indent: 0, hanging: 2)
        if !evaluation.winnerCouldChange {
            out += wrap(strings.cannotChange, indent: 2)
        } else {
            let others = evaluation.otherPossibleWinners
            out += wrap(
                "\(strings.couldStillWin)\(colon) "
                    + others.map { rules.forms[$0].label.text(language) }.joined(separator: ", "),
                indent: 2, hanging: 4)
            for effect in effects {
                let value =
                    language == .french ? rules.labelled(effect, in: language) : rules.code(effect)
                let form = rules.forms[effect.newWinner].label.text(language)
                out += wrap(
                    "- \(value) " + ReportStrings.fill(strings.wouldMakeLead, form), indent: 4,
                    hanging: 6)
            }
        }
        let ranges = evaluation.ranking.map { form in
            let bounds = evaluation.bounds[form]
            return
                "\(rules.forms[form].label.text(language)) \(bounds.lowerBound)…\(bounds.upperBound)"
        }.joined(separator: ", ")
        out += wrap("\(strings.possibleScores)\(colon) \(ranges)", indent: 2, hanging: 4)
        if !evaluation.boundsAreExact { out += "  \(strings.notExact)\n" }
        return out + "\n"
    }

    /// One paragraph of the what-if: the changes of one known criterion (given or
    /// derived) that give another winner, the nearest value for numbers.
    private func closestChanges(_ evaluation: Evaluation, _ whatIf: WhatIf) -> String {
        let rules = evaluation.ruleBase
        let known = Set(rules.criteria.indices.filter { evaluation.fact($0) != nil })
        guard !known.isEmpty else { return "" }
        let changes = whatIf.single.filter {
            known.contains($0.assignments[0].criterion)
        }
        let listed: String
        if changes.isEmpty {
            listed = strings.noSingleChange
        } else {
            listed = changes.map { change in
                (language == .french
                    ? rules.labelled(change.assignments[0], in: language)
                    : rules.describe(change.assignments[0])) + " → "
                    + rules.forms[change.newWinner].label.text(language)
            }.joined(separator: ", ")
        }
        let hint = whatIfHint.map { " (\(strings.everyChange)\(colon) \($0))" } ?? ""
        return wrap("\(strings.whatIf)\(colon) \(listed)\(hint)", indent: 0, hanging: 2) + "\n"
    }

    private func advice(_ evaluation: Evaluation) -> String {
        let rules = evaluation.ruleBase
        guard !evaluation.advice.isEmpty else { return "" }
        var out = paint(strings.advice + colon, "1") + "\n"
        for index in evaluation.advice {
            let item = rules.advice[index]
            let title = item.title.text(language)
            out += wrap(
                "• " + paint(title, "1"), indent: 2, hanging: 4)
            out += "    " + paint(item.location.pathAndLine, "2") + "\n"
            out += wrap(item.text.text(language), indent: 4)
        }
        return out + "\n"
    }

    /// Wraps text to the report width, every line indented (the first by `indent`, the
    /// following by `hanging`, which defaults to `indent`). Colour codes take no room.
    public func wrap(_ text: String, indent: Int, hanging: Int? = nil) -> String {
        var text = text
        var out: [UInt8] = []
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + bytes.count / 8 + indent + 1)
            wrap(bytes, indent: indent, hanging: hanging, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 `bytes` wrapped as ``wrap(_:indent:hanging:)`` wraps a text to
    /// `out`: nothing when they hold no word.
    func wrap(_ bytes: [UInt8], indent: Int, hanging: Int? = nil, into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { wrap($0, indent: indent, hanging: hanging, into: &out) }
    }

    /// ``wrap(_:indent:hanging:into:)`` of bytes in place. The wrapped text is written
    /// into scratch space first, then appended to `out` at once: a report of a large rule
    /// base wraps thousands of words.
    func wrap(
        _ bytes: UnsafeBufferPointer<UInt8>, indent: Int, hanging: Int? = nil,
        into out: inout [UInt8]
    ) {
        let next = hanging ?? indent
        // The indent, every byte, a space or a line break before each word after the first
        // (at most one word for every two bytes), and the last line's end.
        let capacity = indent + bytes.count + (bytes.count + 1) / 2 * (1 + max(indent, next)) + 1
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let wrapped = buffer.baseAddress!
            var count = 0
            func spaces(_ number: Int) {
                (wrapped + count).initialize(repeating: UInt8(ascii: " "), count: number)
                count += number
            }
            spaces(indent)
            var column = indent
            var lineHasWord = false
            var index = 0
            while index < bytes.count {
                // Skip separators, then take one word and its visible width.
                if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") {
                    index += 1
                    continue
                }
                let start = index
                var size = 0
                var inEscape = false
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n")
                    && (bytes[index] != UInt8(ascii: " ")
                        || FrenchTypography.keepsSpace(bytes, at: index))
                {
                    let byte = bytes[index]
                    if inEscape {
                        if byte == UInt8(ascii: "m") { inEscape = false }
                    } else if byte == 0x1B {
                        inEscape = true
                    } else if byte & 0xC0 != 0x80 {
                        size += 1
                    }
                    index += 1
                }
                if lineHasWord && column + 1 + size > width {
                    wrapped[count] = UInt8(ascii: "\n")
                    count += 1
                    spaces(next)
                    column = next
                    lineHasWord = false
                }
                if lineHasWord {
                    wrapped[count] = UInt8(ascii: " ")
                    count += 1
                    column += 1
                }
                (wrapped + count).initialize(from: bytes.baseAddress! + start, count: index - start)
                count += index - start
                column += size
                lineHasWord = true
            }
            // Nothing when the bytes hold no word.
            guard lineHasWord else { return }
            wrapped[count] = UInt8(ascii: "\n")
            count += 1
            out.append(contentsOf: UnsafeBufferPointer(start: wrapped, count: count))
        }
    }

}
