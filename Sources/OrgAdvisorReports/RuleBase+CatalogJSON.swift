import OrgAdvisorEngine
import OrgAdvisorRules

extension RuleBase {
    /// The criteria as JSON, for editors and other programs: the rule base's identity,
    /// then per criterion its id, type, labels in both languages, weight, location,
    /// question, range and values with their labels and aliases.
    public var criteriaJSON: JSONValue {
        let criteria: [JSONValue] = criteria.map { criterion in
            var members: [(String, JSONValue)] = [
                ("id", .string(criterion.id)),
                ("type", .string(criterion.kind.rawValue)),
                ("label", Self.json(criterion.label)),
                ("weight", .number(criterion.weight.description)),
                ("location", .string(criterion.location.description)),
            ]
            if let question = criterion.question {
                members.append(("question", Self.json(question)))
            }
            if let minimum = criterion.minimum { members.append(("min", .double(minimum))) }
            if let maximum = criterion.maximum { members.append(("max", .double(maximum))) }
            if criterion.kind.isEnumerated {
                let values: [JSONValue] = criterion.values.map { value in
                    .object([
                        ("id", .string(value.id)), ("label", Self.json(value.label)),
                        ("aliases", .array(value.aliases.map { .string($0) })),
                    ])
                }
                members.append(("values", .array(values)))
            }
            return .object(members)
        }
        return .object([("ruleBase", jsonIdentity), ("criteria", .array(criteria))])
    }

    /// The forms as JSON: the rule base's identity, then per form its id, labels and
    /// descriptions in both languages, location and course card.
    public var formsJSON: JSONValue {
        let forms: [JSONValue] = forms.map { form in
            var members: [(String, JSONValue)] = [
                ("id", .string(form.id)),
                ("label", Self.json(form.label)),
                ("description", Self.json(form.description)),
                ("location", .string(form.location.description)),
            ]
            if let card = form.card { members.append(("card", .string(card))) }
            return .object(members)
        }
        return .object([("ruleBase", jsonIdentity), ("forms", .array(forms))])
    }

    /// A text in both languages: `{"en": …, "fr": …}`.
    private static func json(_ text: LocalizedText) -> JSONValue {
        .object([("en", .string(text.text(.english))), ("fr", .string(text.text(.french)))])
    }
}
