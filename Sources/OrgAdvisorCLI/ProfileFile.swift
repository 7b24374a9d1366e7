import OrgAdvisor

/// Reads a profile from a JSON file or standard input, at most the profile limit of
/// ``InputLimits``.
enum ProfileFile {
    static func read(_ path: String, rules: RuleBase, terminal: Terminal) throws(CLIError)
        -> Profile
    {
        let limit = try InputLimits(terminal).profile
        let bytes: [UInt8]
        let shown = path == "-" ? "<stdin>" : path
        do {
            if path == "-" {
                bytes = try FileSystem.read(descriptor: 0, path: shown, limit: limit)
            } else {
                bytes = try FileSystem.read(path, limit: limit)
            }
        } catch {
            if path == "-" && error.systemError == SystemCalls.badDescriptor {
                throw .invalidInput(.stdinClosed(shown))
            }
            throw .invalidInput(.cannotRead(error))
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw .invalidInput(.invalidJSON(shown, error))
        }
        do {
            return try rules.profile(fromJSON: json)
        } catch {
            throw .invalidInput(.profileJSON(shown, error, rules: rules))
        }
    }
}
