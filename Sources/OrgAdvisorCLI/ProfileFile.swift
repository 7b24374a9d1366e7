import OrgAdvisor

enum ProfileFile {
    static func read(_ path: String, rules: RuleBase) throws(CLIError) -> Profile {
        throw .input("x")
    }
}
