import OrgAdvisorEngine
import OrgAdvisorRules

extension Diagnostic {
    /// The diagnostic as JSON, as `orgadvisor.check/1` lists it: `severity`, `message`,
    /// and when it has them `file`, `line`, `column`, `length` and `help`.
    public var json: JSONValue {
        var members: [(String, JSONValue)] = [
            ("severity", .string(severity.rawValue)),
            ("message", .string(message)),
        ]
        if let location {
            members += [
                ("file", .string(location.path)), ("line", .int(location.line)),
                ("column", .int(location.column)), ("length", .int(length)),
            ]
        }
        if let help { members.append(("help", .string(help))) }
        return .object(members)
    }
}
