import OrgAdvisorEngine
import OrgAdvisorRules

extension CheckResult {
    /// The result as JSON, for editors: the versioned schema `orgadvisor.check/1`, or
    /// with the deep check `orgadvisor.check-deep/1` (documented in <doc:DeepCheckJSON>),
    /// whose `space`, `findings` and `wins` come from ``AuditReport/jsonMembers``.
    public func json() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("schema", .string(isDeep ? "orgadvisor.check-deep/1" : "orgadvisor.check/1")),
            ("files", .array(files.map { .string($0.path) })),
        ]
        if let ruleBase { members.append(("ruleBase", ruleBase.jsonIdentity)) }
        members += [("errors", .int(errorCount)), ("warnings", .int(warningCount))]
        if isDeep {
            members += [
                ("notes", .int(audit?.count(.note) ?? 0)),
                ("explained", .int(audit?.findings.count(where: { $0.isExplained }) ?? 0)),
            ]
        }
        members.append(("diagnostics", .array(diagnostics.map { $0.json })))
        if let audit { members += audit.jsonMembers }
        return .object(members)
    }
}
