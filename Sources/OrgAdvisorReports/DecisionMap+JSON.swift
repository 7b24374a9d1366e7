import OrgAdvisorEngine
import OrgAdvisorRules

extension DecisionMap {
    /// The map as JSON in the versioned schema `orgadvisor.map/1` (documented in
    /// <doc:DecisionMapJSON>), labels in `language`.
    public func json(language: Language) -> JSONValue {
        let rules = ruleBase
        return .object([
            ("schema", .string("orgadvisor.map/1")), ("ruleBase", rules.jsonIdentity),
            ("language", .string(language.rawValue)),
            (
                "profile",
                .object(
                    given.map { index in
                        let criterion = rules.criteria[index]
                        return (criterion.id, rules.jsonValue(base.rawValue(index)!, of: criterion))
                    })
            ),
            ("notGiven", .array(notGiven.map { .string(rules.criteria[$0].id) })),
            (
                "forms",
                .array(
                    zip(rules.forms, shortNames(language)).map { form, short in
                        .object([
                            ("form", .string(form.id)),
                            ("label", .string(form.label.text(language))),
                            ("short", .string(short)),
                        ])
                    })
            ),
            ("x", axisJSON(x, language: language)), ("y", axisJSON(y, language: language)),
            ("cells", .array(cells.map(cellJSON))),
            ("summary", summaryJSON()),
        ])
    }

    /// An axis: its criterion and its classes of values, each with its bounds (numbers)
    /// or its value id (listed criteria) and its label.
    private func axisJSON(_ axis: Axis, language: Language) -> JSONValue {
        let criterion = ruleBase.criteria[axis.criterion]
        func bound(_ value: Double?) -> JSONValue { value.map { .double($0) } ?? .null }
        let classes: [JSONValue] = axis.classes.map { valueClass in
            var members: [(String, JSONValue)] = [("index", .int(valueClass.index))]
            if criterion.kind.isEnumerated {
                members.append(
                    ("value", .string(ruleBase.valueID(valueClass.representative, of: criterion))))
            } else {
                members += [
                    ("min", bound(valueClass.lower)),
                    (
                        "minInclusive",
                        valueClass.lower == nil ? .null : .bool(!valueClass.lowerOpen)
                    ),
                    ("max", bound(valueClass.upper)),
                    (
                        "maxInclusive",
                        valueClass.upper == nil ? .null : .bool(!valueClass.upperOpen)
                    ),
                ]
            }
            members.append(("label", .string(axis.labels[valueClass.index].text(language))))
            return .object(members)
        }
        return .object([
            ("criterion", .string(criterion.id)),
            ("label", .string(criterion.label.text(language))),
            ("classes", .array(classes)),
        ])
    }

    /// A cell: its winner or possible winners, and its scores when they are final.
    private func cellJSON(_ cell: Cell) -> JSONValue {
        let rules = ruleBase
        func forms(_ indices: [Int]) -> JSONValue {
            .array(indices.map { .string(rules.forms[$0].id) })
        }
        return .object([
            ("x", .int(cell.x)), ("y", .int(cell.y)),
            ("winner", cell.winner.map { .string(rules.forms[$0].id) } ?? .null),
            ("tie", .bool(cell.tie)),
            ("tiedAtTop", cell.tie ? forms(cell.tiedAtTop) : .array([])),
            ("possibleWinners", forms(cell.possibleWinners)),
            ("exact", .bool(cell.isExact)),
            ("derived", .array(cell.derived.map { .string(rules.criteria[$0].id) })),
            (
                "scores",
                cell.scoresAreFinal
                    ? .object(rules.forms.map { ($0.id, .score(cell.scores[$0.index])) })
                    : .null
            ),
        ])
    }

    private func summaryJSON() -> JSONValue {
        guard let shares else { return .null }
        let rules = ruleBase
        return .object([
            ("profiles", shares.spaceSize.map(JSONValue.int) ?? .null),
            ("enumerated", .bool(shares.isEnumerated)),
            (
                "forms",
                shares.isEnumerated
                    ? .array(
                        rules.forms.indices.map { form in
                            .object([
                                ("form", .string(rules.forms[form].id)),
                                ("wins", .int(shares.wins[form])),
                                ("tieWins", .int(shares.tieWins[form])),
                                ("share", .double(shares.share(of: form))),
                            ])
                        }) : .array([])
            ),
            ("ties", shares.isEnumerated ? .int(shares.ties) : .null),
        ])
    }
}
