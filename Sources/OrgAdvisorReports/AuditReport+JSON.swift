import OrgAdvisorEngine
import OrgAdvisorRules

extension AuditReport {
    /// The report's part of the `orgadvisor.check-deep/1` JSON document (see the
    /// DeepCheckJSON article): `space`, `findings` and `wins`. ``CheckResult/json()``
    /// builds the whole document around them.
    public var jsonMembers: [(String, JSONValue)] {
        [
            (
                "space",
                .object([
                    ("criteria", .array(criteria.map { .string(ruleBase.criteria[$0].id) })),
                    ("complete", .bool(isComplete)),
                    ("factProfiles", .int(factProfiles)),
                    ("profiles", profiles.map(JSONValue.int) ?? .null),
                    ("silentProfiles", .int(silentProfiles)),
                ])
            ),
            ("findings", .array(findings.map(json))),
            (
                "wins",
                isComplete
                    ? .object(ruleBase.forms.map { ($0.id, .int(wins[$0.index])) }) : .null
            ),
        ]
    }

    /// One finding as JSON.
    public func json(_ finding: AuditFinding) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("kind", .string(finding.kind.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
        ]
        switch finding.subject {
        case .ruleBase: break
        case .rule(let index): members.append(("rule", .string(ruleBase.rules[index].id)))
        case .derivation(let index):
            members.append(("derivation", .string(ruleBase.derivations[index].id)))
        case .form(let index): members.append(("form", .string(ruleBase.forms[index].id)))
        }
        if let location = finding.location {
            members += AuditReport.json(location) + [("length", .int(finding.length))]
        }
        if !finding.related.isEmpty {
            members.append(
                ("related", .array(finding.related.map { .object(AuditReport.json($0)) })))
        }
        if !finding.forms.isEmpty {
            members.append(("forms", .array(finding.forms.map { .string(ruleBase.forms[$0].id) })))
        }
        if let rank = finding.bestRank { members.append(("bestRank", .int(rank))) }
        if let count = finding.count { members.append(("profiles", .int(count))) }
        if let example = finding.example {
            let given = ruleBase.criteria.indices.compactMap { index -> (String, JSONValue)? in
                guard let value = example.rawValue(index) else { return nil }
                let criterion = ruleBase.criteria[index]
                return (
                    criterion.id,
                    criterion.kind.isEnumerated
                        ? .string(ruleBase.valueID(value, of: criterion)) : .double(value)
                )
            }
            members.append(("example", .object(given)))
            members.append(("exampleFlags", .string(flags(example))))
        }
        members.append(("explained", .bool(finding.isExplained)))
        if let acceptance = finding.acceptance {
            var reason: [(String, JSONValue)] = []
            if let english = acceptance.reason.english { reason.append(("en", .string(english))) }
            if let french = acceptance.reason.french { reason.append(("fr", .string(french))) }
            members.append(
                (
                    "accept",
                    .object(AuditReport.json(acceptance.location) + [("reason", .object(reason))])
                ))
        }
        return .object(members)
    }

    private static func json(_ location: SourceLocation) -> [(String, JSONValue)] {
        [
            ("file", .string(location.path)), ("line", .int(location.line)),
            ("column", .int(location.column)),
        ]
    }
}
