import OrgAdvisorEngine
import OrgAdvisorRules

/// The texts of error messages in each language: the values given to a profile
/// (``ProfileError``, ``ProfileJSONError``) and the frame of the command line's errors.
/// A `%@` is filled in order by ``BilingualStrings/format(_:_:)`` with names already
/// quoted the way the language quotes them (``ErrorStrings/quoted(_:)``); French
/// messages get French spacing when they are printed (``FrenchTypography``).
package struct ErrorStrings: BilingualStrings {
    /// The language of the table.
    package let language: Language
    /// Whether names of criteria, values and forms are followed by their labels (the
    /// ids people type are English words).
    package let withLabels: Bool
    /// The marks a name is quoted in.
    package let openQuote: String
    package let closeQuote: String
    package let error: String
    package let usage: String
    package let see: String
    package let didYouMean: String
    package let or: String
    package let unknownCriterion: String
    package let invalidValue: String
    package let expectedNumber: String
    package let expectedWholeNumber: String
    package let outOfRange: String
    package let between: String
    package let atLeast: String
    package let atMost: String
    package let anyNumber: String
    package let aWholeNumber: String
    package let invalidWeight: String
    package let weightsTooLarge: String
    package let notAnObject: String
    package let invalidJSONValue: String
    package let invalidJSONKind: String
    package let numberTooLarge: String
    package let aString: String
    package let yesNoJSON: String
    package let cannotRead: String
    package let invalidJSON: String
    package let expected: String
    /// The kinds of JSON values, in the order of ``englishKindNames``.
    package let kindNames: [String]

    /// ``JSONValue/kindName`` of each kind of value, the key of ``kindNames``.
    static let englishKindNames = [
        "null", "a boolean", "a number", "a string", "an array", "an object",
    ]

    package static let english = ErrorStrings(
        language: .english, withLabels: false, openQuote: "'", closeQuote: "'", error: "Error:",
        usage: "Usage:", see: "See %@.",
        didYouMean: "; did you mean %@?", or: " or ", unknownCriterion: "unknown criterion %@",
        invalidValue: "invalid value %@ for %@; expected %@",
        expectedNumber: "invalid value %@ for %@; expected a number",
        expectedWholeNumber: "invalid value %@ for %@; expected a whole number",
        outOfRange: "value %@ for %@ is out of range; expected %@", between: "%@ to %@",
        atLeast: "at least %@", atMost: "at most %@", anyNumber: "a number",
        aWholeNumber: "a whole number",
        invalidWeight:
            "invalid weight %@ for %@; expected a number >= 0 with at most 3 decimals",
        weightsTooLarge:
            "with these weights the scores of form %@ could exceed the largest score orgadvisor can compute; lower the weights",
        notAnObject: "expected a JSON object of criteria, found %@",
        invalidJSONValue: "invalid value %@ for %@; expected %@",
        invalidJSONKind: "invalid value for %@: %@; expected %@",
        numberTooLarge: "number %@ for %@ is too large", aString: "a string: %@",
        yesNoJSON: "true, false, \"yes\" or \"no\"", cannotRead: "cannot read %@: %@",
        invalidJSON: "invalid JSON: %@", expected: "expected %@", kindNames: englishKindNames)

    package static let french = ErrorStrings(
        language: .french, withLabels: true, openQuote: "« ", closeQuote: " »", error: "Erreur :",
        usage: "Utilisation :", see: "Voir %@.",
        didYouMean: " ; vouliez-vous dire %@ ?", or: " ou ", unknownCriterion: "critère inconnu %@",
        invalidValue: "valeur %@ invalide pour %@ ; attendu %@",
        expectedNumber: "valeur %@ invalide pour %@ ; attendu un nombre",
        expectedWholeNumber: "valeur %@ invalide pour %@ ; attendu un nombre entier",
        outOfRange: "valeur %@ hors limites pour %@ ; attendu %@", between: "de %@ à %@",
        atLeast: "au moins %@", atMost: "au plus %@", anyNumber: "un nombre",
        aWholeNumber: "un nombre entier",
        invalidWeight:
            "poids %@ invalide pour %@ ; attendu un nombre ≥ 0 avec au plus 3 décimales",
        weightsTooLarge:
            "avec ces poids, les scores de la forme %@ pourraient dépasser le plus grand score qu’orgadvisor sait calculer ; réduisez les poids",
        notAnObject: "attendu un objet JSON de critères, trouvé %@",
        invalidJSONValue: "valeur %@ invalide pour %@ ; attendu %@",
        invalidJSONKind: "valeur invalide pour %@ : %@ ; attendu %@",
        numberTooLarge: "nombre %@ trop grand pour %@", aString: "une chaîne : %@",
        yesNoJSON: "true, false, « oui » ou « non »", cannotRead: "impossible de lire %@ : %@",
        invalidJSON: "JSON invalide : %@", expected: "attendu %@",
        kindNames: ["null", "un booléen", "un nombre", "une chaîne", "un tableau", "un objet"])

    /// A name quoted as the language quotes it: `'name'`, `« name »`.
    package func quoted(_ name: String) -> String {
        openQuote + name + closeQuote
    }

    /// Names quoted as alternatives: `'a', 'b' or 'c'`, `« a », « b » ou « c »`; a long
    /// list shortened as ``QuotedList`` does (English: the very text of ``QuotedList``).
    package func alternatives(_ names: [String]) -> String {
        if language == .english { return QuotedList.alternatives(names) }
        if names.count > QuotedList.limit {
            return names.prefix(QuotedList.limit - 1).map(quoted).joined(separator: ", ")
                + ", … (\(names.count))"
        }
        let quoted = names.map(quoted)
        guard let last = quoted.last else { return "" }
        guard quoted.count > 1 else { return last }
        return quoted.dropLast().joined(separator: ", ") + or + last
    }

    /// `; did you mean 'name'?` for a suggestion, else nothing.
    package func suggestion(_ name: String?) -> String {
        name.map { Self.format(didYouMean, $0) } ?? ""
    }

    /// A kind of JSON value (``JSONValue/kindName``) in the language.
    package func kindName(_ english: String) -> String {
        Self.englishKindNames.firstIndex(of: english).map { kindNames[$0] } ?? english
    }
}
