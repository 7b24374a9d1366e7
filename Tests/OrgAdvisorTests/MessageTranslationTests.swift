import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// The messages that have an English text in the engine (``ProfileError``,
/// ``JSONParseError/Reason``, a failing test case's notes) and both languages in a table
/// of the renderers: the table's English is the engine's, word for word, and the French
/// names values by their labels.
@Suite("Messages in English and French")
struct MessageTranslationTests {
    struct ProfileCase: Sendable, CustomTestStringConvertible {
        let error: ProfileError
        let french: String
        var testDescription: String { error.description }
    }

    static let profileCases = [
        ProfileCase(
            error: .unknownCriterion("sitse", suggestion: "sites"),
            french: "critère inconnu « sitse » ; vouliez-vous dire « sites » (Nombre de sites) ?"),
        ProfileCase(
            error: .unknownCriterion("zzz", suggestion: nil), french: "critère inconnu « zzz »"),
        ProfileCase(
            error: .invalidValue(
                criterion: "volume", text: "hihg", allowed: ["low", "medium", "high"],
                suggestion: "high"),
            french:
                "valeur « hihg » invalide pour « volume » (Taux de demande de support) ; attendu « faible », « moyen » ou « élevé » ; vouliez-vous dire « élevé » ?"
        ),
        ProfileCase(
            error: .notANumber(criterion: "sites", text: "five"),
            french: "valeur « five » invalide pour « sites » (Nombre de sites) ; attendu un nombre"),
        ProfileCase(
            error: .notAWholeNumber(criterion: "employees", text: "12.5"),
            french:
                "valeur « 12.5 » invalide pour « employees » (Nombre de collaborateurs) ; attendu un nombre entier"
        ),
        ProfileCase(
            error: .outOfRange(criterion: "sites", text: "0", range: "at least 1"),
            french: "valeur 0 hors limites pour « sites » (Nombre de sites) ; attendu au moins 1"),
        ProfileCase(
            error: .invalidWeight(criterion: "volume", text: "-1"),
            french:
                "poids « -1 » invalide pour « volume » (Taux de demande de support) ; attendu un nombre ≥ 0 avec au plus 3 décimales"
        ),
        ProfileCase(
            error: .weightsTooLarge(form: "hotline"),
            french:
                "avec ces poids, les scores de la forme « hotline » (Hotline) pourraient dépasser le plus grand score qu’orgadvisor sait calculer ; réduisez les poids"
        ),
    ]

    @Test("a profile error: the engine's English, and French with labels", arguments: profileCases)
    func profileError(_ test: ProfileCase) {
        let rules = RuleBase.builtIn
        #expect(test.error.message(in: .english, rules: rules) == test.error.description)
        #expect(test.error.message(in: .french, rules: rules) == test.french)
    }

    static let found: [JSONParseError.Found] = [.character("}"), .byte(0xE9), .end]

    /// Every reason, each `Found` where it takes one.
    static let reasons: [JSONParseError.Reason] =
        [
            .emptyInput, .endBeforeValue, .invalidLiteral("true"), .tooDeep(64),
            .duplicateKey("sites", inProfile: true), .duplicateKey("a", inProfile: false),
            .leadingZeros, .numberTooLarge("1e999"), .controlCharacter(0x01), .unterminatedString,
            .invalidUTF8(0xE9), .loneSurrogate("D800"), .invalidEscape("x"),
        ]
        + found.flatMap { found -> [JSONParseError.Reason] in
            [
                .afterValue(found), .expectedValue(found), .expectedKey(found),
                .expectedColon(key: "sites", found), .expectedDigit(found),
                .expectedFractionDigit(found), .expectedExponentDigit(found),
                .invalidUnicodeEscape(found),
                .expectedSeparator(close: "}", inObject: true, found),
                .expectedSeparator(close: "]", inObject: false, found),
            ]
        }

    @Test("a JSON syntax error: the table's English is the engine's", arguments: reasons)
    func jsonReason(_ reason: JSONParseError.Reason) {
        #expect(reason.text(in: .english) == reason.description)
        #expect(reason.text(in: .french) != reason.description)
    }

    @Test("a JSON syntax error in French")
    func jsonFrench() throws {
        var parsed: JSONParseError?
        do {
            _ = try JSONParser.parse(Array("{\"sites\": 3,\n \"volume\": }".utf8))
        } catch {
            parsed = error
        }
        let error = try #require(parsed)
        #expect(error.message(in: .english) == "expected a value, found '}'")
        #expect(error.message(in: .french) == "attendu une valeur, trouvé « } »")
    }

    @Test("format fills each %@ with the next value, in order")
    func format() {
        #expect(ErrorStrings.format("%@ to %@", "1", "9") == "1 to 9")
        #expect(ErrorStrings.format("%@ and %@", "a") == "a and %@")
        #expect(ErrorStrings.format("none", "a") == "none")
    }

    @Test("a failing case's notes: the table's English is the engine's")
    func ruleTestNotes() throws {
        let source = """
            case notes
                given structure = centralised, size = small, volume = low
                expect winner call-center
                expect advice ticket-system
                expect lead >= 30
                expect rank hotline 2
            """
        let suite = try RuleTestSuite(
            files: [SourceFile(path: "notes.orgtests", text: source)], ruleBase: .builtIn)
        let result = try #require(suite.run().first)
        #expect(result.failures.count == 4)
        for failure in result.failures {
            let (expected, actual) = RuleTestStrings.english.texts(failure, result.evaluation)
            #expect(expected == failure.expected)
            #expect(actual == failure.actual)
        }
        let french = result.failures.map { RuleTestStrings.french.texts($0, result.evaluation) }
        #expect(french[0].1 == "winner 'hotline' ('call-center' est n° 5)")
        #expect(french[1].1 == "le conseil 'ticket-system' ne s’applique pas")
        #expect(
            french[2] == (
                "lead >= 30 ('hotline' devant la deuxième)",
                "lead 15 ('hotline' devant 'help-desk')"
            ))
    }
}
