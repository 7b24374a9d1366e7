import OrgAdvisorEngine
import OrgAdvisorRules

extension Evaluation {
    /// The version of the evaluation JSON schema (see the `EvaluationJSON` article).
    public static let jsonSchema = "orgadvisor.evaluation/2"

    /// The evaluation as JSON, following the documented, versioned schema. Texts
    /// (labels, reasons, advice) are in `language`; ids never change with it.
    /// `nextQuestion` (``RuleBase/nextQuestion(for:)``) is written when given. `explain`
    /// chooses the rules the trace lists: every rule (``ExplainLevel/full``, the
    /// default), those that fired (``ExplainLevel/summary``: every score still adds up
    /// from them) or those that did not (``ExplainLevel/fails``).
    public func json(
        language: Language, includeTrace: Bool = true, nextQuestion: QuestionChoice? = nil,
        explain: ExplainLevel = .full
    ) -> JSONValue {
        let rules = ruleBase
        var members: [(String, JSONValue)] = [
            ("schema", .string(Evaluation.jsonSchema)),
            ("ruleBase", rules.jsonIdentity),
            ("language", .string(language.rawValue)),
            ("profile", .object(givenValues.map { ($0.id, $0.value) })),
            ("status", .string(status.rawValue)),
            ("recommended", recommended.map { .string($0.id) } ?? .null),
            ("winner", .string(winner.id)),
            ("tie", .bool(tiedAtTop.count > 1)),
            ("tiedAtTop", .array(tiedAtTop.map { .string(rules.forms[$0].id) })),
            (
                "ranking",
                .array(
                    ranking.enumerated().map { position, form in
                        .object([
                            ("position", .int(position + 1)),
                            ("form", .string(rules.forms[form].id)),
                            ("label", .string(rules.forms[form].label.text(language))),
                            ("score", .score(scores[form])),
                            ("min", .score(bounds[form].lowerBound)),
                            ("max", .score(bounds[form].upperBound)),
                        ])
                    })
            ),
            ("possibleWinners", .array(possibleWinners.map { .string(rules.forms[$0].id) })),
            ("boundsExact", .bool(boundsAreExact)),
            ("possibleWinnersExact", .bool(possibleWinnersAreExact)),
            ("unknownCriteria", .array(unknownCriteria.map { .string(rules.criteria[$0].id) })),
            ("nextQuestion", nextQuestion.map { questionJSON($0, language: language) } ?? .null),
            (
                "advice",
                .array(
                    advice.map { index in
                        let item = rules.advice[index]
                        return .object([
                            ("id", .string(item.id)),
                            ("title", .string(item.title.text(language))),
                            ("text", .string(item.text.text(language))),
                            ("location", .string(item.location.description)),
                        ])
                    })
            ),
        ]
        if includeTrace, let trace {
            members.append(("trace", traceJSON(trace, language: language, explain: explain)))
        }
        return .object(members)
    }

    /// The next question: its criterion and text, and per answer the forms that could
    /// still win and the status.
    private func questionJSON(_ choice: QuestionChoice, language: Language) -> JSONValue {
        let criterion = ruleBase.criteria[choice.criterion]
        return .object([
            ("criterion", .string(criterion.id)),
            ("question", .string((criterion.question ?? criterion.label).text(language))),
            (
                "answers",
                .array(
                    choice.answers.map { answer in
                        .object([
                            (
                                "value",
                                .string(
                                    criterion.kind.isEnumerated
                                        ? ruleBase.valueID(
                                            answer.valueClass.representative, of: criterion)
                                        : answer.valueClass.intervalText)
                            ),
                            (
                                "label",
                                .string(
                                    answer.valueClass.description(in: ruleBase, language: language))
                            ),
                            (
                                "possibleWinners",
                                .array(
                                    answer.possibleWinners.map { .string(ruleBase.forms[$0].id) })
                            ),
                            ("status", .string(answer.status.rawValue)),
                        ])
                    })
            ),
        ])
    }

    /// The given criteria as JSON values (value ids, numbers), in criterion order.
    private var givenValues: [(id: String, value: JSONValue)] {
        ruleBase.criteria.compactMap { criterion in
            guard let value = profile.rawValue(criterion.index) else { return nil }
            return (criterion.id, ruleBase.jsonValue(value, of: criterion))
        }
    }

    private func readJSON(_ read: ReadTrace) -> JSONValue {
        valueJSON(criterion: read.criterion, value: read.value, source: read.source)
    }

    /// A criterion's value and where it came from: an input of the trace or a value read
    /// by a condition.
    private func valueJSON(criterion index: Int, value: Double?, source: InputSource)
        -> JSONValue
    {
        let criterion = ruleBase.criteria[index]
        var members: [(String, JSONValue)] = [
            ("criterion", .string(criterion.id)),
            ("value", value.map { ruleBase.jsonValue($0, of: criterion) } ?? .null),
        ]
        switch source {
        case .given: members.append(("source", .string("given")))
        case .unknown: members.append(("source", .string("unknown")))
        case .derived(let derivation):
            members.append(("source", .string("derived")))
            members.append(("derivation", .string(ruleBase.derivations[derivation].id)))
        }
        return .object(members)
    }

    private func clauseJSON(_ source: ConditionSource) -> JSONValue {
        .object([
            ("text", .string(source.text)), ("location", .string(source.location.description)),
        ])
    }

    /// The `trace` member of ``json(language:includeTrace:nextQuestion:explain:)`` alone
    /// (nil without a trace), for batch's explained results.
    package func traceJSON(language: Language, explain: ExplainLevel = .full) -> JSONValue? {
        trace.map { traceJSON($0, language: language, explain: explain) }
    }

    private func traceJSON(_ trace: Trace, language: Language, explain: ExplainLevel)
        -> JSONValue
    {
        let rules = ruleBase
        let inputs: [JSONValue] = trace.inputs.map { input in
            valueJSON(criterion: input.criterion, value: input.value, source: input.source)
        }
        let derivations: [JSONValue] = trace.derivations.map { entry in
            let derivation = rules.derivations[entry.derivation]
            let target = rules.criteria[derivation.target]
            return .object([
                ("id", .string(derivation.id)),
                ("location", .string(derivation.location.description)),
                ("sets", .string(target.id)),
                ("to", rules.jsonValue(derivation.value, of: target)),
                ("outcome", .string(entry.outcome.rawValue)),
                ("clause", clauseJSON(entry.decidingClause)),
                ("reads", .array(entry.reads.map(readJSON))),
            ])
        }
        let ruleEntries = trace.rules.compactMap { entry -> JSONValue? in
            switch explain {
            case .full: break
            case .summary: guard entry.outcome == .true else { return nil }
            case .fails: guard entry.outcome != .true else { return nil }
            }
            return ruleJSON(entry, language: language)
        }
        let advice: [JSONValue] = trace.advice.map { entry in
            let item = rules.advice[entry.advice]
            var members: [(String, JSONValue)] = [
                ("id", .string(item.id)),
                ("applies", .bool(entry.applies)),
                ("condition", .string(entry.condition.jsonName)),
                ("matchesWinner", .bool(entry.matchesWinner)),
            ]
            if let clause = entry.decidingClause { members.append(("clause", clauseJSON(clause))) }
            return .object(members)
        }
        return .object([
            ("inputs", .array(inputs)),
            ("derivations", .array(derivations)),
            ("rules", .array(ruleEntries)),
            ("advice", .array(advice)),
        ])
    }

    /// One rule of the trace: its outcome, the values it read and the points it gave.
    private func ruleJSON(_ entry: RuleTrace, language: Language) -> JSONValue {
        let rules = ruleBase
        let rule = rules.rules[entry.rule]
        let weightSource: String
        switch rule.weightSource {
        case .own: weightSource = "rule"
        case .criterion(let index): weightSource = "criterion:" + rules.criteria[index].id
        }
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("location", .string(rule.location.description)),
            ("condition", .string(rule.condition.source.text)),
            ("outcome", .string(entry.outcome.jsonName)),
            ("clause", clauseJSON(entry.decidingClause)),
            ("reads", .array(entry.reads.map(readJSON))),
            ("weight", .number(rule.weight.description)),
            ("weightSource", .string(weightSource)),
            (
                "contributions",
                .array(
                    entry.contributions.map { contribution in
                        .object([
                            ("form", .string(rules.forms[contribution.form].id)),
                            ("points", .number(contribution.points.description)),
                            ("score", .score(contribution.score)),
                        ])
                    })
            ),
            ("because", .string(rule.because.text(language))),
        ]
        if let card = rule.card { members.append(("card", .string(card))) }
        if let note = rule.note { members.append(("note", .string(note.text(language)))) }
        return .object(members)
    }
}

extension Truth {
    /// The outcome name used in JSON: `fired`, `not-fired` or `unknown`.
    var jsonName: String {
        switch self {
        case .true: return "fired"
        case .false: return "not-fired"
        case .unknown: return "unknown"
        }
    }
}

extension RuleBase {
    /// Name, version and fingerprint, as JSON.
    public var jsonIdentity: JSONValue {
        .object([
            ("name", .string(name)), ("version", .string(version)),
            ("fingerprint", .string(fingerprint)),
        ])
    }

    /// A criterion value as JSON: a string value id, or a number.
    public func jsonValue(_ value: Double, of criterion: Criterion) -> JSONValue {
        criterion.kind.isEnumerated ? .string(valueID(value, of: criterion)) : .double(value)
    }
}
