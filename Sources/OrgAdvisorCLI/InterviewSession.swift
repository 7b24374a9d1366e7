import OrgAdvisor

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The conversation of `orgadvisor interview`: writes each question to the prompt
/// descriptor, reads one answer per line from standard input, and keeps the transcript.
struct InterviewSession {
    /// What an input line means for the question asked.
    enum Reply: Equatable {
        case value(Double)
        case dontKnow
        case back
        case quit
        /// No answer: why, as the value's error (shown in the interview's language).
        case invalid(ProfileError)
    }

    private(set) var interview: Interview
    /// The profile before the interview.
    let given: Profile
    let text: InterviewText
    /// Where questions and progress go: standard output, or standard error with JSON.
    let prompts: Int32
    /// Whether answers read from a pipe are echoed after the prompt, so that the
    /// conversation reads as it would at a terminal.
    let echo: Bool
    private(set) var transcript = InterviewTranscript()
    /// The evaluation after the answers of `steps`, and the next question once weighed:
    /// each is needed several times between two answers (the question, the progress,
    /// the transcript, the final report), and each costs an analysis of the completions.
    private var memo: (steps: [Interview.Step], evaluation: Evaluation, next: QuestionChoice??)?

    init(rules: RuleBase, profile: Profile, language: Language, width: Int, prompts: Int32) {
        interview = Interview(ruleBase: rules, profile: profile)
        given = profile
        text = InterviewText(language: language, width: width)
        self.prompts = prompts
        echo = isatty(0) != 1
    }

    /// The evaluation of the profile so far (no trace).
    mutating func evaluation() -> Evaluation {
        if let memo, memo.steps == interview.steps { return memo.evaluation }
        let evaluation = interview.evaluation()
        memo = (interview.steps, evaluation, nil)
        return evaluation
    }

    /// The next question after the answers so far (``QuestionParts``), or nil when none
    /// is left.
    mutating func nextQuestion() -> QuestionChoice? {
        let evaluation = evaluation()
        if let next = memo?.next { return next }
        let next = QuestionParts.nextQuestion(interview, after: evaluation)
        memo?.next = .some(next)
        return next
    }

    private func say(_ line: String) {
        Terminal.write(line, to: prompts)
    }

    /// Asks until the recommendation is decided, no question is left, the input ends or
    /// the user stops; returns why it stopped.
    mutating func run() -> InterviewText.Stop {
        let rules = interview.ruleBase
        while true {
            let evaluation = self.evaluation()
            if evaluation.status == .decided {
                say(text.stopped(.decided))
                return .decided
            }
            guard let question = nextQuestion() else {
                say(text.stopped(.noQuestionLeft))
                return .noQuestionLeft
            }
            let criterion = question.criterion
            say(
                "\n" + text.question(question, number: interview.steps.count + 1, rules: rules)
                    + "> ")
            guard let line = readLine() else {
                say("\n" + text.stopped(.endOfInput))
                return .endOfInput
            }
            if echo { say(line + "\n") }
            switch Self.reply(line, criterion: rules.criteria[criterion], rules: rules) {
            case .quit:
                say(text.stopped(.stopped))
                return .stopped
            case .back:
                if let step = interview.back() {
                    say(text.tookBack(step, rules: rules))
                    record(step.criterion, line, .back)
                } else {
                    say(text.nothingToTakeBack)
                    record(nil, line, .back)
                }
            case .dontKnow:
                interview.answer(criterion, value: nil)
                record(criterion, line, .dontKnow)
            case .value(let value):
                interview.answer(criterion, value: value)
                record(criterion, line, .answer, value: value)
            case .invalid(let error):
                let numeric = !rules.criteria[criterion].kind.isEnumerated
                let detail = error.message(in: text.language, rules: rules)
                say(text.notAnAnswer(line, detail: numeric ? detail : nil))
                // The transcript is for programs: its error in English, as elsewhere in JSON.
                record(criterion, line, .invalid, error: error.description)
                continue
            }
            say(text.progress(self.evaluation()))
        }
    }

    private mutating func record(
        _ criterion: Int?, _ input: String, _ action: InterviewTranscript.Action,
        value: Double? = nil, error: String? = nil
    ) {
        transcript.events.append(
            InterviewTranscript.Event(
                criterion: criterion, input: input, action: action, value: value, error: error,
                after: evaluation()))
    }

    /// The words that mean "don't know", "back" and "quit", folded, in both languages.
    static let dontKnowWords = [
        "?", "don't know", "dont know", "do not know", "unknown", "skip", "je ne sais pas",
        "ne sais pas", "nsp", "inconnu", "passer",
    ].map(TextFolding.fold)
    static let backWords = ["back", "undo", "retour", "annuler"].map(TextFolding.fold)
    static let quitWords = ["quit", "exit", "stop", "fin", "quitter", "arreter"].map(
        TextFolding.fold)

    /// What a line means for a question about `criterion`: a value (id, label, alias,
    /// number, or for listed values their number in the list), or a word of control.
    static func reply(_ line: String, criterion: Criterion, rules: RuleBase) -> Reply {
        do throws(ProfileError) {
            return .value(try rules.parse(line, for: criterion))
        } catch {
            let folded = TextFolding.fold(line.trimmingSpaces)
            if dontKnowWords.contains(folded) { return .dontKnow }
            if backWords.contains(folded) { return .back }
            if quitWords.contains(folded) { return .quit }
            if criterion.kind.isEnumerated, let number = Int(folded),
                (1...criterion.values.count).contains(number)
            {
                return .value(Double(number - 1))
            }
            return .invalid(error)
        }
    }
}
