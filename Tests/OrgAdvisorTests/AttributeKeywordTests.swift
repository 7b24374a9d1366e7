import Foundation
import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The parser recognises attribute keywords as ``AttributeKeyword`` values and grammar
/// words by their text index (``GrammarWords``): these check both against the keyword
/// tables of ``DeclarationKind`` and against the text of what was parsed.
@Suite("Attribute keywords")
struct AttributeKeywordTests {
    @Test(
        "each kind's keyword masks hold exactly the keywords of its tables",
        arguments: DeclarationKind.allCases)
    func masks(_ kind: DeclarationKind) {
        for (spellings, mask) in [
            (kind.attributes, kind.attributeMask), (kind.repeatable, kind.repeatableMask),
            (kind.required, kind.requiredMask),
        ] {
            let keywords = spellings.map { AttributeKeyword(rawValue: $0) }
            #expect(!keywords.contains(nil), "\(kind): \(spellings)")
            let expected = AttributeKeyword.allCases.filter { spellings.contains($0.rawValue) }
            let inMask = AttributeKeyword.allCases.filter { mask & $0.bit != 0 }
            #expect(inMask == expected, "\(kind)")
        }
    }

    @Test("every attribute keyword is taken by some kind of declaration")
    func everyKeywordUsed() {
        let used = DeclarationKind.allCases.reduce(UInt32(0)) { $0 | $1.attributeMask }
        for keyword in AttributeKeyword.allCases {
            #expect(used & keyword.bit != 0, "\(keyword) is taken by no declaration")
        }
    }

    /// The files parsed, by path: the built-in rules and two fixtures with every construct.
    static let paths: [String] =
        RuleBase.builtInFiles.map { $0.path }
        + ["every-construct.orgrules", "derivation-replay.orgrules"].map {
            "Tests/OrgAdvisorTests/Fixtures/valid/\($0)"
        }

    /// The file at one of ``paths``.
    static func file(_ path: String) -> SourceFile? {
        if let builtIn = RuleBase.builtInFiles.first(where: { $0.path == path }) {
            return builtIn
        }
        return (try? Data(contentsOf: TestFiles.url(path))).map {
            SourceFile(path: path, bytes: [UInt8]($0))
        }
    }

    @Test(
        "each parsed attribute's keyword is the one its text spells, found by either",
        arguments: paths)
    func parsedKeywords(_ path: String) throws {
        let file = try #require(Self.file(path))
        var parser = Parser(
            file: file, fileIndex: 0,
            allowed: [.rulebase, .criterion, .form, .rule, .derive, .advice])
        let declarations = parser.parseFile()
        #expect(parser.diagnostics.isEmpty, "\(file.path): \(parser.diagnostics)")
        var seen: UInt32 = 0
        for declaration in declarations {
            for attribute in declaration.attributes {
                #expect(attribute.known.rawValue == attribute.keyword.text)
                #expect(declaration.kind.attributeMask & attribute.known.bit != 0)
                seen |= attribute.known.bit
            }
            for keyword in AttributeKeyword.allCases {
                // The keyword found as the parser recognised it, and as it is written.
                #expect(
                    declaration.attributeIndex(keyword)
                        == declaration.attributes.firstIndex { $0.keyword.text == keyword.rawValue }
                )
            }
        }
        #expect(seen != 0, "\(file.path) has no attribute")
    }

    @Test(
        "grammar words are recognised by their text only where the file writes them",
        arguments: [
            ("rule r\n    when a = x and b = y\n", ["and"]),
            ("rule r\n    when not a in [x] or b = y\n", ["not", "in", "or"]),
            (
                "criterion n: integer from 1 to 9\n    label en \"N\" fr \"N\"\n",
                ["from", "to", "en", "fr"]
            ),
            ("criterion c: choice\n    value v \"V\" aliases \"w\"\n", ["aliases"]),
            ("rule r\n    when a = and\n", ["and"]),
            ("form f\n", []),
        ])
    func grammarWords(_ text: String, _ written: [String]) {
        let file = SourceFile(path: "words.orgrules", text: text)
        var lexer = Lexer(file: file)
        _ = lexer.tokenize()
        let words = GrammarWords(texts: lexer.texts, bytes: file.bytes)
        let found: [(String, Int32)] = [
            ("and", words.and), ("or", words.or), ("not", words.not), ("in", words.in),
            ("from", words.from), ("to", words.to), ("alias", words.alias),
            ("aliases", words.aliases), ("en", words.english), ("fr", words.french),
        ]
        for (word, index) in found {
            if written.contains(word) {
                #expect(index != 0, "\(word) not found")
                #expect(lexer.texts[index] == word)
            } else {
                #expect(index == 0, "\(word) found in a file that never writes it")
            }
        }
    }
}
