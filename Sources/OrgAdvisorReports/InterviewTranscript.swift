import OrgAdvisorEngine
import OrgAdvisorRules

/// What happened in an `orgadvisor interview`, step by step, for `--format json`.
public struct InterviewTranscript: Sendable {
    /// What an input line did.
    public enum Action: String, Sendable {
        /// A value was given.
        case answer
        /// The user did not know: the criterion is left unknown and not asked again.
        case dontKnow = "dont-know"
        /// The last answer was taken back.
        case back
        /// The input was not an answer the question takes (see the event's error).
        case invalid
    }

    /// One input line and its effect.
    public struct Event: Sendable {
        /// The criterion asked (for `back`, the one taken back, or nil with nothing to take
        /// back).
        public let criterion: Int?
        /// The line as typed.
        public let input: String
        /// What it did.
        public let action: Action
        /// The value given, for an answer.
        public let value: Double?
        /// Why the input was not taken, for `invalid`.
        public let error: String?
        /// The status after it.
        public let status: RecommendationStatus
        /// The form ranked first after it.
        public let leader: Int
        /// The forms that could still win after it.
        public let possibleWinners: [Int]

        /// An event, with the evaluation after it.
        public init(
            criterion: Int?, input: String, action: Action, value: Double? = nil,
            error: String? = nil, after evaluation: Evaluation
        ) {
            self.criterion = criterion
            self.input = input
            self.action = action
            self.value = value
            self.error = error
            status = evaluation.status
            leader = evaluation.ranking[0]
            possibleWinners = evaluation.possibleWinners
        }
    }

    /// The events in order.
    public var events: [Event] = []

    /// An empty transcript.
    public init() {}

    /// The transcript as JSON (schema `orgadvisor.interview/1`): the criteria given
    /// before the interview, every event, why it stopped, and the result in the evaluation
    /// schema (with its trace).
    public func json(
        given: Profile, stop: InterviewText.Stop, result: Evaluation, language: Language
    ) -> JSONValue {
        let rules = result.ruleBase
        let forms = { (list: [Int]) in JSONValue.array(list.map { .string(rules.forms[$0].id) }) }
        let steps = events.map { event -> JSONValue in
            var members: [(String, JSONValue)] = [
                ("criterion", event.criterion.map { .string(rules.criteria[$0].id) } ?? .null),
                ("input", .string(event.input)), ("action", .string(event.action.rawValue)),
            ]
            if let value = event.value, let criterion = event.criterion {
                members.append(("value", rules.jsonValue(value, of: rules.criteria[criterion])))
            }
            if let error = event.error { members.append(("error", .string(error))) }
            members += [
                ("status", .string(event.status.rawValue)),
                ("leader", .string(rules.forms[event.leader].id)),
                ("possibleWinners", forms(event.possibleWinners)),
            ]
            return .object(members)
        }
        let givenMembers = rules.criteria.compactMap { criterion -> (String, JSONValue)? in
            guard let value = given.rawValue(criterion.index) else { return nil }
            return (criterion.id, rules.jsonValue(value, of: criterion))
        }
        return .object([
            ("schema", .string("orgadvisor.interview/1")),
            ("language", .string(language.rawValue)),
            ("given", .object(givenMembers)),
            ("steps", .array(steps)),
            ("stopped", .string(stop.rawValue)),
            ("result", result.json(language: language)),
        ])
    }
}
