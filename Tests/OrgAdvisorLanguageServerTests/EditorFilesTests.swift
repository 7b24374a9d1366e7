import Foundation
import OrgAdvisorLanguageServer
import TestSupport
import Testing

/// The files under `Editors/`: the TextMate grammar highlights every word of the
/// language as the parser knows it, and the VS Code extension declares the language,
/// the grammar and its client.
@Suite struct EditorFilesTests {
    static let grammarPath = "Editors/textmate/orgrules.tmLanguage.json"

    static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: TestFiles.url(path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Every `match` of the grammar with the scope it gives its whole match (`name`)
    /// and its groups (`captures`).
    static func rules(in value: Any) -> [(regex: String, scopes: [Int: String])] {
        var out: [(String, [Int: String])] = []
        if let object = value as? [String: Any] {
            if let regex = object["match"] as? String {
                var scopes: [Int: String] = [:]
                if let name = object["name"] as? String { scopes[0] = name }
                for (key, capture) in object["captures"] as? [String: Any] ?? [:] {
                    if let group = Int(key),
                        let name = (capture as? [String: Any])?["name"] as? String
                    {
                        scopes[group] = name
                    }
                }
                out.append((regex, scopes))
            }
            for (_, member) in object { out += rules(in: member) }
        } else if let array = value as? [Any] {
            for element in array { out += rules(in: element) }
        }
        return out
    }

    /// A line where `keyword` is written as the language writes it.
    static func sampleLine(_ keyword: String) -> String {
        if RuleLanguageKeywords.declarations.contains(keyword) { return "\(keyword) some-id" }
        if RuleLanguageKeywords.allAttributes.contains(keyword) { return "    \(keyword) x" }
        if RuleLanguageKeywords.languageTags.contains(keyword) {
            return "    label \(keyword) \"text\""
        }
        return "    when a \(keyword) b"
    }

    @Test(arguments: RuleLanguageKeywords.all)
    func grammarHighlightsKeyword(_ keyword: String) throws {
        let grammar = try Self.json(Self.grammarPath)
        let line = Self.sampleLine(keyword)
        let length = (keyword as NSString).length
        let target =
            line.hasPrefix(keyword)
            ? NSRange(location: 0, length: length)
            : NSRange(
                location: (line as NSString).range(of: " \(keyword) ").location + 1, length: length)
        var scopes: [String] = []
        for rule in Self.rules(in: grammar) {
            let regex = try NSRegularExpression(pattern: rule.regex, options: [.anchorsMatchLines])
            for match in regex.matches(
                in: line, range: NSRange(location: 0, length: (line as NSString).length))
            {
                for (group, scope) in rule.scopes where group < match.numberOfRanges {
                    if match.range(at: group) == target { scopes.append(scope) }
                }
            }
        }
        #expect(
            scopes.contains { !$0.hasPrefix("variable.") },
            "'\(keyword)' in \(line.debugDescription): \(scopes)")
    }

    @Test func theExtensionCarriesTheSameGrammar() throws {
        let grammar = try Data(contentsOf: TestFiles.url(Self.grammarPath))
        let copy = try Data(
            contentsOf: TestFiles.url("Editors/vscode/syntaxes/orgrules.tmLanguage.json"))
        #expect(
            grammar == copy,
            "copy Editors/textmate/orgrules.tmLanguage.json to Editors/vscode/syntaxes/")
        let parsed = try Self.json(Self.grammarPath)
        #expect(parsed["scopeName"] as? String == "source.orgrules")
    }

    @Test func theExtensionDeclaresTheLanguageGrammarAndClient() throws {
        let package = try Self.json("Editors/vscode/package.json")
        let contributes = try #require(package["contributes"] as? [String: Any])
        let languages = try #require(contributes["languages"] as? [[String: Any]])
        #expect(languages.first?["id"] as? String == "orgrules")
        #expect(languages.first?["extensions"] as? [String] == [".orgrules"])
        let grammars = try #require(contributes["grammars"] as? [[String: Any]])
        #expect(grammars.first?["scopeName"] as? String == "source.orgrules")
        for relative in [
            grammars.first?["path"] as? String, package["main"] as? String,
            languages.first?["configuration"] as? String,
        ] {
            let path = try #require(relative)
            #expect(
                FileManager.default.fileExists(
                    atPath: TestFiles.url("Editors/vscode/" + path).path), "\(path)")
        }
        _ = try Self.json("Editors/vscode/language-configuration.json")
    }
}
