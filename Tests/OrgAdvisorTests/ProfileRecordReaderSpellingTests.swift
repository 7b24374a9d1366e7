import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Values as people write them (labels and aliases in either language, any case, with
/// or without accents, precomposed, decomposed or escaped): the one-pass reader reads
/// them as the strict path does, and takes the strict path only where it must.
@Suite("Profile record reader: spellings")
struct ProfileRecordReaderSpellingTests {
    /// A record, what it reads as (criterion = value id or number, or an error
    /// message), and the path that reads it.
    struct Case: Sendable, CustomTestStringConvertible {
        let record: String
        let expected: Expected
        let path: Path
        var testDescription: String { record }

        enum Expected: Sendable {
            case values([String: String])
            case error(String)
        }

        enum Path: Sendable {
            case onePass, strict
        }

        init(_ record: String, _ values: [String: String], _ path: Path = .onePass) {
            self.record = record
            self.expected = .values(values)
            self.path = path
        }

        init(_ record: String, error: String, _ path: Path = .strict) {
            self.record = record
            self.expected = .error(error)
            self.path = path
        }
    }

    /// What a reader made of a record.
    struct Outcome: Equatable {
        var path: ProfileRecordReader.Path?
        var profile: Profile?
        var id: JSONValue?
        var name: JSONValue?
        var error: String?
        var line = 0
        var column = 0
    }

    /// Reads `text` (followed, when `padded`, by readable bytes that do not count:
    /// quotes, so that a string must not be read past the record's end).
    static func read(_ text: String, rules: RuleBase, onePass: Bool, padded: Bool = false)
        -> Outcome
    {
        let reader = ProfileRecordReader(ruleBase: rules, onePass: onePass)
        var profile = Profile(for: rules)
        var passThrough = ProfileRecordReader.PassThrough()
        let bytes = Array(text.utf8)
        let whole = bytes + (padded ? Array(repeating: UInt8(ascii: "\""), count: 32) : [])
        let record = RecordSplitter.Record(
            range: 0..<bytes.count, number: 1, line: 3, column: 5, offset: 40,
            structuralError: nil)
        return whole.withUnsafeBufferPointer { whole in
            let buffer = UnsafeBufferPointer(rebasing: whole[0..<bytes.count])
            do throws(ProfileRecordReader.Failure) {
                let path = try reader.read(
                    buffer, readable: whole.count, record: record, into: &profile,
                    passThrough: &passThrough)
                let values = passThrough.resolved(in: buffer)
                return Outcome(path: path, profile: profile, id: values.id, name: values.name)
            } catch {
                return Outcome(error: error.message, line: error.line, column: error.column)
            }
        }
    }

    /// Reads `test` both ways and checks the outcome, the path and that both agree.
    static func check(_ test: Case, rules: RuleBase) throws {
        let fast = read(test.record, rules: rules, onePass: true)
        let strict = read(test.record, rules: rules, onePass: false)
        var same = fast
        same.path = strict.path
        #expect(same == strict, "the one-pass reader and the strict path differ")
        // With readable bytes past the record: the same, by the same path.
        #expect(read(test.record, rules: rules, onePass: true, padded: true) == fast)
        // Cut short: the same as the strict path.
        for cut in 1..<min(test.record.utf8.count, 12) {
            let short = String(decoding: test.record.utf8.dropLast(cut), as: UTF8.self)
            var outcome = read(short, rules: rules, onePass: true, padded: true)
            outcome.path = nil
            #expect(outcome == read(short, rules: rules, onePass: false), "\(short)")
        }
        switch test.expected {
        case .values(let values):
            let expected = try rules.profile(values)
            #expect(fast.profile == expected)
            #expect(fast.path == (test.path == .onePass ? .onePass : .strict))
        case .error(let message):
            #expect(fast.error == message)
        }
    }

    static let builtInCases: [Case] = [
        // Labels and aliases in either language, any case, accents or not.
        Case(#"{"volume":"élevé"}"#, ["volume": "high"]),
        Case(#"{"volume":"ÉLEVÉ"}"#, ["volume": "high"]),
        Case(#"{"volume":"Eleve"}"#, ["volume": "high"]),
        Case(#"{"volume":"élevée"}"#, ["volume": "high"]),
        Case(#"{"volume":"HIGH"}"#, ["volume": "high"]),
        Case(
            #"{"volume":"beaucoup","complexity":"Faible"}"#,
            ["volume": "high", "complexity": "low"]),
        Case(#"{"volume":"Many"}"#, ["volume": "high"]),
        Case(
            #"{"structure":"Centralisé","size":"petite entreprise"}"#,
            ["structure": "centralised", "size": "small"]),
        Case(#"{"customers":"Internal Users"}"#, ["customers": "internal"]),
        Case(#"{"customers":"internal_users"}"#, ["customers": "internal"]),
        Case(#"{"customers":"UTILISATEURS-INTERNES"}"#, ["customers": "internal"]),
        Case(#"{"hours":"24/7"}"#, ["hours": "continuous"]),
        Case(#"{"hours":"24\/7"}"#, ["hours": "continuous"]),
        Case(#"{"hours":"Around The Clock"}"#, ["hours": "continuous"]),
        Case(#"{"channels":"Téléphone"}"#, ["channels": "phone"]),
        Case(#"{"powerusers":"Oui"}"#, ["powerusers": "yes"]),
        Case(#"{"powerusers":"NON"}"#, ["powerusers": "no"]),
        Case(#"{"powerusers":"1"}"#, ["powerusers": "yes"]),
        // Accents escaped, decomposed (raw or escaped), and a capital with its accent.
        Case(#"{"volume":"\u00e9lev\u00e9"}"#, ["volume": "high"]),
        Case(#"{"volume":"\u00C9LEV\u00C9"}"#, ["volume": "high"]),
        Case("{\"volume\":\"e\u{301}leve\u{301}\"}", ["volume": "high"]),
        Case(#"{"volume":"e\u0301leve\u0301"}"#, ["volume": "high"]),
        Case(#"{"volume":"\u0048\u0069\u0067\u0068"}"#, ["volume": "high"]),
        Case(#"{"resources":"Limit\u00C9es"}"#, ["resources": "limited"]),
        // Spaces and tabs trimmed at both ends, raw or escaped; kept inside.
        Case(#"{"volume":"  high "}"#, ["volume": "high"]),
        Case(#"{"volume":"\t\u0020\u00e9lev\u00e9\t "}"#, ["volume": "high"]),
        Case(#"{"hours":" office hours "}"#, ["hours": "office"]),
        Case(#"{"customers":"utilisateurs internes      \t "}"#, ["customers": "internal"]),
        Case(#"{"volume":" \u00e9lev\u00e9"}"#, ["volume": "high"]),
        // Numbers as strings.
        Case(#"{"sites":"5","employees":" 40 "}"#, ["sites": "5", "employees": "40"]),
        Case(#"{"sites":"1e1"}"#, ["sites": "10"], .strict),
        // A space that may be part of a larger character: the strict path decides.
        Case(
            #"{"volume":" \u0301high"}"#,
            error:
                "invalid value ' \u{301}high' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"
        ),
        Case(
            #"{"volume":"high\u0600 "}"#,
            error:
                "invalid value 'high\u{600} ' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"
        ),
        Case(
            #"{"customers":"utilisateurs internes       \u0301"}"#,
            error:
                "invalid value 'utilisateurs internes       \u{301}' for 'customers'; expected 'internal', 'external' or 'both'; did you mean 'internal'?"
        ),
        Case(
            #"{"volume":"high \u0301"}"#,
            error:
                "invalid value 'high \u{301}' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"
        ),
        // Unknown spellings: the strict path's error.
        Case(
            #"{"volume":"énorme"}"#,
            error: "invalid value 'énorme' for 'volume'; expected 'low', 'medium' or 'high'"),
        Case(
            #"{"volume":"hi gh"}"#,
            error:
                "invalid value 'hi gh' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"
        ),
        Case(#"{"volume":"\u00e9lev\u00e9\u00e9"}"#, ["volume": "high"]),
        Case(
            #"{"volume":"\u00e9lev\u00e9\u00e9\u00e9"}"#,
            error:
                "invalid value 'élevééé' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"
        ),
        Case(
            #"{"volume":"high\ud83d\ude00"}"#,
            error:
                "invalid value 'high😀' for 'volume'; expected 'low', 'medium' or 'high'; did you mean 'high'?"
        ),
        Case(
            #"{"sites":"5.5"}"#, error: "invalid value '5.5' for 'sites'; expected a whole number"),
        // Invalid strings: the strict parser's error.
        Case(#"{"volume":"\x"}"#, error: "invalid escape '\\x' in a string"),
        Case(
            #"{"volume":"\u12G4"}"#,
            error: "invalid \\u escape; expected four hex digits, found 'G'"),
        Case(#"{"volume":"\ud83d"}"#, error: "lone surrogate \\uD83D"),
        Case(#"{"volume":"\ud83dx"}"#, error: "lone surrogate \\uD83D"),
        Case(#"{"volume":"\ude00"}"#, error: "lone surrogate \\uDE00"),
        Case(#"{"volume":"\ud83d\u0041"}"#, error: "lone surrogate \\uD83D"),
        Case(
            "{\"volume\":\"hi\tgh\"}",
            error: "control character (byte 0x09) in a string; write it as an escape"),
        // Keys are criterion ids exactly, as for the strict path.
        Case(#"{"Volume":"high"}"#, error: "unknown criterion 'Volume'; did you mean 'volume'?"),
        Case(#"{"vol\u0075me":"high"}"#, ["volume": "high"], .strict),
        Case(
            #"{"volume":"élevé","vol\u0075me":"high"}"#,
            error: "duplicate key 'volume' in a profile"),
        // id and name with escapes, surrogate pairs and accents.
        Case(
            #"{"id":"\u00e9","name":"Soci\u00e9t\u00e9 \ud83d\ude00","volume":"Élevé"}"#,
            ["volume": "high"]),
        Case(#"{"id":"acmé","name":"Société \/ SA","_note":"\u00e9"}"#, [:]),
        Case(#"{"name":"\ud83d"}"#, error: "lone surrogate \\uD83D"),
    ]

    @Test("the one-pass reader reads spellings as the strict path", arguments: builtInCases)
    func builtInSpellings(_ test: Case) throws {
        try Self.check(test, rules: RuleBase.builtIn)
    }

    /// Spellings whose folded form is not ASCII, and one that compares equal to a
    /// spelling only as Swift compares strings (canonical equivalence).
    static let countrySource = """
        criterion country: choice
            label "Country"
            value spain en "Spain" fr "Espagne" alias "España", "a;b", "k-type",
                "the kingdom of spain, a country of the iberian peninsula in europe"
            value germany en "Germany" fr "Allemagne" alias "Straße"
        form f
            label "F"
            description "F"

        """

    static let countryCases: [Case] = [
        Case(#"{"country":"ESPAÑA"}"#, ["country": "spain"]),
        Case(
            #"{"country":"The Kingdom Of Spain, A Country Of The Iberian Peninsula In Europe"}"#,
            ["country": "spain"]),
        Case(
            #"{"country":"the kingdom of spain, a country of the iberian peninsula in europe"}"#,
            ["country": "spain"]),
        Case(#"{"country":"espa\u00D1a"}"#, ["country": "spain"]),
        Case(#"{"country":"STRAßE"}"#, ["country": "germany"]),
        Case(
            #"{"country":"\u1E9ETRASSE"}"#,
            error: "invalid value 'ẞTRASSE' for 'country'; expected 'spain' or 'germany'"),
        Case(#"{"country":"STRA\u1E9EE"}"#, ["country": "germany"]),
        // The Kelvin sign folds to 'k'.
        Case(#"{"country":"\u212A-Type"}"#, ["country": "spain"]),
        // U+037E is canonically equivalent to ';': the strict path finds it.
        Case(#"{"country":"A\u037EB"}"#, ["country": "spain"], .strict),
        // A decomposed ñ folds to 'n' (its accent removed), 'españa' does not.
        Case(
            #"{"country":"Espan\u0303a"}"#,
            error:
                "invalid value 'Espan\u{303}a' for 'country'; expected 'spain' or 'germany'; did you mean 'spain'?"
        ),
    ]

    @Test("spellings that do not fold to ASCII", arguments: countryCases)
    func otherSpellings(_ test: Case) throws {
        try Self.check(test, rules: try RuleBase(source: Self.countrySource))
    }

    /// The table has each scalar's own fold, and no ASCII scalar is part of a character
    /// with a space next to it (which the reader takes for granted).
    @Test("the scalar table has each scalar's fold; ASCII never joins a space")
    func scalarTable() {
        let folds = ScalarFolds.shared
        for value in 0..<ScalarFolds.limit {
            let scalar = Unicode.Scalar(UInt32(value))!
            let fold = Array(TextFolding.fold(String(Character(scalar))).utf8)
            let entry = folds.folds[value]
            var bytes: [UInt8] = []
            for offset in 0..<Int(entry >> 24) {
                bytes.append(UInt8(truncatingIfNeeded: entry >> (UInt32(offset) * 8)))
            }
            #expect(entry == ScalarFolds.unknown ? fold.count > 3 : bytes == fold, "\(value)")
            if value < 0x80 {
                #expect((" " + String(Character(scalar))).count == 2)
                #expect((String(Character(scalar)) + " ").count == 2)
            }
        }
        #expect(ScalarFolds.joinsSpaceBefore(0x301))
        #expect(ScalarFolds.joinsSpaceAfter(0x600))
        #expect(!ScalarFolds.joinsSpaceBefore(0xE9) && !ScalarFolds.joinsSpaceAfter(0xE9))
    }

    /// `TextFolding.fold` of a text is the folds of its scalars one after the other, the
    /// ground of ``ScalarFolds``: random texts of scalars (from the table, from the
    /// whole of Unicode), with the special cases of lower casing (capital sigma, dotted
    /// capital I, sharp s, the Kelvin sign).
    @Test("folding a text is folding its scalars one by one")
    func foldingIsPerScalar() {
        let folds = ScalarFolds.shared
        var generator = SeededGenerator(state: 99)
        let specials: [UInt32] = [0x3A3, 0x3C2, 0x130, 0x1E9E, 0xDF, 0x301, 0x20, 0x5F, 0x212A]
        for _ in 0..<20_000 {
            var scalars: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...6, using: &generator) {
                let value =
                    switch Int.random(in: 0..<3, using: &generator) {
                    case 0: specials.randomElement(using: &generator)!
                    case 1: UInt32.random(in: 0..<UInt32(ScalarFolds.limit), using: &generator)
                    default: UInt32.random(in: 0..<0x11_0000, using: &generator)
                    }
                if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            var pieces: [UInt8] = []
            for scalar in scalars {
                let entry =
                    scalar.value < ScalarFolds.limit
                    ? folds.folds[Int(scalar.value)] : ScalarFolds.unknown
                if entry == ScalarFolds.unknown {
                    pieces += ScalarFolds.fold(scalar)
                    continue
                }
                for offset in 0..<Int(entry >> 24) {
                    pieces.append(UInt8(truncatingIfNeeded: entry >> (UInt32(offset) * 8)))
                }
            }
            #expect(Array(TextFolding.fold(text).utf8) == pieces, "\(scalars)")
        }
    }
}
