import OrgAdvisor

/// Reads a profile from a JSON file or standard input.
enum ProfileFile {
    static func read(_ path: String, rules: RuleBase) throws(CLIError) -> Profile {
        let bytes: [UInt8]
        let shown = path == "-" ? "<stdin>" : path
        if path == "-" {
            bytes = Terminal.readStandardInput()
        } else {
            do {
                bytes = try FileSystem.read(path)
            } catch {
                throw .input(error.description)
            }
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .input("\(shown):\(error.line):\(error.column): \(error.summary)")
        }
        do {
            return try rules.profile(fromJSON: json)
        } catch {
            throw .input("\(shown): \(error.message)")
        }
    }
}
