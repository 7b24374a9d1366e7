import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders an evaluation as Markdown, ready to paste into a course page: the
/// recommendation, the ranking table, the reasons, what is not known and the advice.
public struct MarkdownReport: Sendable {
    /// The language of headings and rule texts.
    public var language: Language
    /// How much of the trace to show.
    public var explain: ExplainLevel
    /// Who reads the report: a student's report leaves out rule ids, file paths and
    /// lines, and the fingerprint (``ReportAudience``); the table of every rule's outcome
    /// (`explain` `.fails` or `.full`) keeps its paths, being the teacher's view.
    public var audience: ReportAudience

    /// Creates a renderer.
    public init(
        language: Language, explain: ExplainLevel = .summary, audience: ReportAudience = .teacher
    ) {
        self.language = language
        self.explain = explain
        self.audience = audience
    }

    private var strings: ReportStrings { .of(language) }

    /// Escapes text for a table cell or a line of Markdown: every character that could
    /// start emphasis, a code span, a link, raw HTML, an entity or a heading is escaped,
    /// and line breaks and other control characters become spaces, so that text from a
    /// rule file, a profile or a path stays text.
    package static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "|", "*", "_", "`", "[", "]", "<", ">", "#", "&", "\\", "~", "!":
                out.append("\\")
                out.append(scalar)
            // Line breaks of every kind (each scalar of CR LF), tabs and other controls.
            case _ where scalar.isControlCharacter, "\u{2028}", "\u{2029}":
                out.append(" ")
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Text as an inline code span, whatever it holds: whitespace runs (line breaks
    /// included) become one space, the fence is one backtick longer than the longest
    /// run of backticks inside, and in a table cell `|` is escaped (the table splits
    /// cells before code spans are read). Raw HTML inside a code span is shown, never
    /// interpreted.
    static func code(_ text: String, inTable: Bool = true) -> String {
        var body = ""
        var longest = 0
        var run = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !body.isEmpty
                run = 0
                continue
            }
            if pendingSpace { body.append(" ") }
            pendingSpace = false
            if character == "`" {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
            if inTable && character == "|" { body += "\\" }
            body.append(character)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = body.first == "`" || body.last == "`" ? " " : ""
        return fence + padding + body + padding + fence
    }

    /// The report, ending with a newline. The reasons come with the evaluation's trace
    /// (`evaluate(_:trace: true)`, the default). `effects` is what the criteria not given could each change
    /// (`ruleBase.unknownCriterionEffects(of: evaluation)`), listed when the winner could
    /// change; `nextQuestion` (`ruleBase.nextQuestion(for: evaluation)`) is named under
    /// the headline when the result is not decided.
    ///
    /// ```swift
    /// let evaluation = rules.evaluate(profile)
    /// let markdown = MarkdownReport(language: .french).render(
    ///     evaluation, effects: rules.unknownCriterionEffects(of: evaluation))
    /// ```
    public func render(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect],
        nextQuestion: QuestionChoice? = nil
    ) -> String {
        render(
            evaluation, effects: effects,
            headline: RecommendationHeadline(evaluation, next: nextQuestion, language: language),
            coursePage: nil, sections: [])
    }

    /// The report, or with `coursePage` the course page: the ranking chart after the
    /// ranking table, every rule that fired instead of the winner's reasons, the what-if
    /// after what is not known, and `sections` before the rule base line.
    func render(
        _ evaluation: Evaluation, effects: [UnknownCriterionEffect],
        headline: RecommendationHeadline, coursePage: CoursePageContent?,
        sections: [ReportSection]
    ) -> String {
        let rules = evaluation.ruleBase
        let e = MarkdownReport.escape
        var out = self.headline(headline)
        out += profileSection(evaluation)
        out += "### \(strings.ranking)\n\n"
        out +=
            "| # | \(strings.form) | \(strings.score) | \(strings.range) |\n|---:|---|---:|---|\n"
        // Every form at the top score in bold: tied forms share the top, as the headline
        // says, none above the others; none when no criterion is given (nothing leads).
        let top = evaluation.status == .nothingGiven ? [] : evaluation.tiedAtTop
        for (position, form) in evaluation.ranking.enumerated() {
            let label = e(rules.forms[form].label.text(language))
            let bounds = evaluation.bounds[form]
            out += "| \(position + 1) | \(top.contains(form) ? "**\(label)**" : label) | "
            out +=
                "\(evaluation.scores[form].signedDescription) | \(bounds.lowerBound) … \(bounds.upperBound) |\n"
        }
        out += "\n"
        if let coursePage {
            out += chart(coursePage)
            out += explanation(coursePage)
        } else if let trace = evaluation.trace {
            out += reasons(evaluation, trace)
        }
        if let trace = evaluation.trace {
            if explain != .summary {
                out += ruleTable(evaluation, trace, onlyFails: explain == .fails)
            }
        }
        out += unknowns(evaluation, effects)
        if let coursePage { out += whatIf(coursePage) }
        if !evaluation.advice.isEmpty {
            out += "### \(strings.advice)\n\n"
            for index in evaluation.advice {
                let item = rules.advice[index]
                out += "- **\(e(item.title.text(language)))**: \(e(item.text.text(language)))\n"
            }
            out += "\n"
        }
        for section in sections { out += extra(section) }
        let fingerprint = audience.showsSources ? " (\(rules.fingerprint))" : ""
        out +=
            "<sub>\(strings.ruleBase): \(e(rules.name)) \(e(rules.version))\(fingerprint)</sub>\n"
        return FrenchTypography.typeset(out, french: language == .french)
    }

    private func profileSection(_ evaluation: Evaluation) -> String {
        let rules = evaluation.ruleBase
        var out =
            "### \(strings.profile)\n\n| \(strings.criterion) | \(strings.value) | \(strings.source) |\n|---|---|---|\n"
        for criterion in rules.criteria {
            let value = rules.describe(
                evaluation.fact(criterion.index), of: criterion, in: language)
            let source: String
            if evaluation.profile.isGiven(criterion.index) {
                source = strings.given
            } else if let derivation = evaluation.derivedBy[criterion.index] {
                source =
                    "\(strings.derived) (\(MarkdownReport.code(rules.derivations[derivation].condition.source.text)))"
            } else {
                source = strings.unknownBecause
            }
            out +=
                "| \(MarkdownReport.escape(criterion.label.text(language))) | \(MarkdownReport.escape(value)) | \(source) |\n"
        }
        return out + "\n"
    }

    /// The recommendation, or why there is none, with the forms that could still win and
    /// the next question.
    private func headline(_ headline: RecommendationHeadline) -> String {
        let e = MarkdownReport.escape
        let subject = headline.form != nil ? "**\(e(headline.subject))**" : e(headline.subject)
        var out = "## \(e(headline.title))\(language.colon) \(subject)\n\n"
        var notes: [String] = []
        if !headline.stillPossible.isEmpty {
            notes.append(
                "\(strings.stillPossible)\(language.colon) "
                    + headline.stillPossible.map(e).joined(separator: ", ")
                    + e(headline.stillPossibleMark))
        }
        if let next = headline.nextQuestion {
            notes.append(
                "\(strings.nextQuestion)\(language.colon) \(e(next.text)) "
                    + "(\(MarkdownReport.code(next.criterion, inTable: false)))")
        }
        if !notes.isEmpty { out += notes.map { "> \($0)" }.joined(separator: "  \n") + "\n\n" }
        return out
    }

    /// Why the leader leads (for a tie, each tied form); nothing when no criterion is
    /// given.
    private func reasons(_ evaluation: Evaluation, _ trace: Trace) -> String {
        switch evaluation.status {
        case .nothingGiven:
            return ""
        case .tie:
            let rules = evaluation.ruleBase
            let names = RecommendationHeadline.list(
                evaluation.tiedAtTop.map {
                    MarkdownReport.escape(rules.forms[$0].label.text(language))
                }, and: strings.and)
            var out = "### \(ReportStrings.fill(strings.whyTied, names))\n\n"
            guard evaluation.topFormsHaveReasons else { return out + strings.noneFired + "\n\n" }
            for form in evaluation.tiedAtTop {
                out += "#### \(MarkdownReport.escape(rules.forms[form].label.text(language)))\n\n"
                out += reasons(for: form, evaluation, trace)
            }
            return out
        case .decided, .provisional:
            let leader = evaluation.ranking[0]
            let label = MarkdownReport.escape(
                evaluation.ruleBase.forms[leader].label.text(language))
            return "### \(ReportStrings.fill(strings.why, label))\n\n"
                + reasons(for: leader, evaluation, trace)
        }
    }

    /// The table of the rules that gave a form points.
    private func reasons(for winner: Int, _ evaluation: Evaluation, _ trace: Trace) -> String {
        let rules = evaluation.ruleBase
        let label = MarkdownReport.escape(rules.forms[winner].label.text(language))
        var out = ""
        let fired = trace.rules.filter { entry in
            entry.outcome == .true
                && entry.contributions.contains { $0.form == winner && $0.score != .zero }
        }
        if fired.isEmpty {
            return out + ReportStrings.fill(strings.nothingFired, label) + "\n\n"
        }
        out += "| Points | \(strings.rules) | \(strings.weight) | |\n|---:|---|---|---|\n"
        for entry in fired {
            let rule = rules.rules[entry.rule]
            let contribution = entry.contributions.first { $0.form == winner }!
            out +=
                "| \(contribution.score.signedDescription) | \(MarkdownReport.code(rule.condition.source.text)) "
            out += "| \(contribution.weight) × \(contribution.points.signedDescription) "
            out += "| \(MarkdownReport.escape(rule.because.text(language)))"
            if audience.showsSources {
                out += " (\(MarkdownReport.escape(rule.location.pathAndLine)))"
            }
            out += " |\n"
        }
        return out + "\n"
    }

    private func ruleTable(_ evaluation: Evaluation, _ trace: Trace, onlyFails: Bool) -> String {
        let rules = evaluation.ruleBase
        var out = "### \(onlyFails ? strings.failsHeading : strings.rules)\n\n"
        out += "| | Rule | \(strings.source) | |\n|---|---|---|---|\n"
        for entry in trace.rules where !(onlyFails && entry.outcome == .true) {
            let rule = rules.rules[entry.rule]
            let mark = entry.outcome == .true ? "✓" : (entry.outcome == .false ? "✗" : "?")
            let outcome =
                entry.outcome == .true
                ? strings.fired : (entry.outcome == .false ? strings.notFired : strings.unknown)
            let points = entry.contributions.map {
                "\(MarkdownReport.escape(rules.forms[$0.form].id)) \($0.weight) × \($0.points.signedDescription)"
            }.joined(separator: ", ")
            out += "| \(mark) | \(MarkdownReport.code(rule.condition.source.text)) "
            out += "| \(MarkdownReport.escape(rule.location.pathAndLine)) "
            let clause =
                entry.outcome == .true ? "" : ": \(MarkdownReport.code(entry.decidingClause.text))"
            out += "| \(outcome)\(clause); \(points) |\n"
        }
        return out + "\n"
    }

    private func unknowns(_ evaluation: Evaluation, _ effects: [UnknownCriterionEffect]) -> String {
        let rules = evaluation.ruleBase
        guard !evaluation.unknownCriteria.isEmpty else { return "" }
        var out = "### \(strings.notGiven)\n\n"
        out +=
            evaluation.unknownCriteria.map { MarkdownReport.code(rules.criteria[$0].id) }.joined(
                separator: ", ")
            + "\n\n"
        if evaluation.winnerCouldChange {
            let others = evaluation.otherPossibleWinners
            out += "\(strings.couldStillWin): "
            out += others.map { MarkdownReport.escape(rules.forms[$0].label.text(language)) }
                .joined(separator: ", ")
            out += "\n\n"
            for effect in effects {
                let value =
                    language == .french ? rules.labelled(effect, in: language) : rules.code(effect)
                out += "- \(MarkdownReport.code(value, inTable: false)) "
                out += ReportStrings.fill(
                    strings.wouldMakeLead,
                    MarkdownReport.escape(rules.forms[effect.newWinner].label.text(language)))
                out += "\n"
            }
            out += "\n"
        } else {
            out += strings.cannotChange + "\n\n"
        }
        return out
    }
}
