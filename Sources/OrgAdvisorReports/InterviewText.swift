import OrgAdvisorEngine
import OrgAdvisorRules

/// The lines of `orgadvisor interview` for people: each question with the answers it
/// takes, the running result after each answer, and why the interview stopped.
public struct InterviewText: Sendable {
    /// Why an interview stopped.
    public enum Stop: String, Sendable, CaseIterable {
        /// The recommendation is decided.
        case decided
        /// Every question that matters was asked (some answered "don't know").
        case noQuestionLeft = "no-question-left"
        /// The answers ran out (end of input).
        case endOfInput = "end-of-input"
        /// The user asked to stop.
        case stopped
    }

    /// The language of the texts.
    public var language: Language
    /// The width to fit, in columns.
    public var width: Int

    /// Creates a renderer.
    public init(language: Language, width: Int = 80) {
        self.language = language
        self.width = max(40, width)
    }

    private var strings: InterviewStrings { .of(language) }
    private var colon: String { language.colon }

    /// A question: its number, text and criterion, the answers it takes (the values'
    /// labels, or a number and its range), and the words that control the interview.
    public func question(_ choice: QuestionChoice, number: Int, rules: RuleBase) -> String {
        let criterion = rules.criteria[choice.criterion]
        let text = (criterion.question ?? criterion.label).text(language)
        var out = wrap(
            "\(InterviewStrings.fill(strings.question, String(number)))\(colon) \(text) "
                + "(\(criterion.id))", hanging: 2)
        let answers: String
        if criterion.kind.isEnumerated {
            answers = criterion.values.enumerated().map { index, value in
                "\(index + 1). \(value.label.text(language))"
            }.joined(separator: " · ")
        } else {
            answers = strings.aNumber + (criterion.rangeDescription.map { " (\($0))" } ?? "")
        }
        out += "  " + wrap("\(strings.answerWith)\(colon) \(answers)", hanging: 4)
        out += "  " + wrap("(\(strings.controls))", hanging: 3)
        return out
    }

    /// The running result: the recommendation, or the leader and the forms that could
    /// still win, or why there is no recommendation.
    public func progress(_ evaluation: Evaluation) -> String {
        let headline = RecommendationHeadline(evaluation, next: nil, language: language)
        var line = "→ \(headline.title)\(colon) \(headline.subject)"
        if !headline.stillPossible.isEmpty {
            line +=
                " — \(ReportStrings.of(language).stillPossible.lowercased())\(colon) "
                + headline.stillPossible.joined(separator: ", ") + headline.stillPossibleMark
        }
        return wrap(line, hanging: 2)
    }

    /// The line that says an answer was taken back: the criterion's label and the value
    /// that was given.
    public func tookBack(_ step: Interview.Step, rules: RuleBase) -> String {
        let criterion = rules.criteria[step.criterion]
        let value = step.value.map { rules.describe($0, of: criterion, in: language) }
        return wrap(
            InterviewStrings.fill(
                strings.tookBack,
                "\(criterion.label.text(language)) = \(value ?? strings.notKnown)"),
            hanging: 2)
    }

    /// The line that says an input is not an answer to the question (`detail`, when
    /// given, says why, e.g. a number out of range).
    public func notAnAnswer(_ input: String, detail: String? = nil) -> String {
        wrap(
            InterviewStrings.fill(strings.notAnAnswer, input) + (detail.map { " (\($0))" } ?? ""),
            hanging: 2)
    }

    /// The line that says there was nothing to take back.
    public var nothingToTakeBack: String { strings.nothingToTakeBack + "\n" }

    /// Why the interview stopped.
    public func stopped(_ stop: Stop) -> String {
        switch stop {
        case .decided: strings.decided + "\n"
        case .noQuestionLeft: strings.noQuestionLeft + "\n"
        case .endOfInput: strings.endOfInput + "\n"
        case .stopped: strings.stopped + "\n"
        }
    }

    private func wrap(_ text: String, hanging: Int) -> String {
        FrenchTypography.typeset(
            TextReport(language: language, width: width).wrap(text, indent: 0, hanging: hanging),
            french: language == .french)
    }
}
