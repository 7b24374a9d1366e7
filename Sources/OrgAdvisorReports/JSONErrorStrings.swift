import OrgAdvisorEngine
import OrgAdvisorRules

/// The texts of JSON syntax errors in each language (``JSONParseError/Reason``); the
/// English ones are those of ``JSONParseError/Reason/description`` (a test checks they
/// agree). A `%@` is filled in order, names already quoted (``ErrorStrings/quoted(_:)``).
struct JSONErrorStrings: BilingualStrings {
    let emptyInput: String
    let afterValue: String
    let endBeforeValue: String
    let expectedValue: String
    let invalidLiteral: String
    let tooDeep: String
    let expectedKey: String
    let duplicateKey: String
    let inProfile: String
    let inInnerObject: String
    let expectedColon: String
    let expectedSeparator: String
    let endBeforeSeparator: String
    let objectMember: String
    let arrayElement: String
    let expectedDigit: String
    let leadingZeros: String
    let expectedFractionDigit: String
    let expectedExponentDigit: String
    let numberTooLarge: String
    let controlCharacter: String
    let unterminatedString: String
    let invalidUTF8: String
    let loneSurrogate: String
    let invalidEscape: String
    let invalidUnicodeEscape: String
    let byte: String
    let end: String

    static let english = JSONErrorStrings(
        emptyInput: "empty input; expected a JSON value",
        afterValue: "unexpected %@ after the JSON value",
        endBeforeValue: "unexpected end of input; expected a value",
        expectedValue: "expected a value, found %@", invalidLiteral: "invalid literal; expected %@",
        tooDeep: "nesting deeper than %@ levels", expectedKey: "expected a string key, found %@",
        duplicateKey: "duplicate key %@ in %@", inProfile: "a profile",
        inInnerObject: "an object inside a profile",
        expectedColon: "expected %@ after the key %@, found %@",
        expectedSeparator: "expected %@ or %@ after %@, found %@",
        endBeforeSeparator: "unexpected end of input; expected %@ or %@ after %@",
        objectMember: "an object member", arrayElement: "an array element",
        expectedDigit: "expected a digit, found %@",
        leadingZeros: "leading zeros are not allowed in numbers",
        expectedFractionDigit: "expected a digit after the decimal point, found %@",
        expectedExponentDigit: "expected a digit in the exponent, found %@",
        numberTooLarge: "number too large: %@",
        controlCharacter: "control character (byte 0x%@) in a string; write it as an escape",
        unterminatedString: "unterminated string; expected %@",
        invalidUTF8: "invalid UTF-8 byte 0x%@ in a string", loneSurrogate: "lone surrogate \\u%@",
        invalidEscape: "invalid escape %@ in a string",
        invalidUnicodeEscape: "invalid \\u escape; expected four hex digits, found %@",
        byte: "byte 0x%@", end: "the end of the input")

    static let french = JSONErrorStrings(
        emptyInput: "entrée vide ; attendu une valeur JSON",
        afterValue: "%@ inattendu après la valeur JSON",
        endBeforeValue: "fin de l’entrée inattendue ; attendu une valeur",
        expectedValue: "attendu une valeur, trouvé %@",
        invalidLiteral: "littéral invalide ; attendu %@",
        tooDeep: "imbrication de plus de %@ niveaux",
        expectedKey: "attendu une clé en chaîne, trouvé %@",
        duplicateKey: "clé %@ en double dans %@", inProfile: "un profil",
        inInnerObject: "un objet à l’intérieur d’un profil",
        expectedColon: "attendu %@ après la clé %@, trouvé %@",
        expectedSeparator: "attendu %@ ou %@ après %@, trouvé %@",
        endBeforeSeparator: "fin de l’entrée inattendue ; attendu %@ ou %@ après %@",
        objectMember: "un membre d’objet", arrayElement: "un élément de tableau",
        expectedDigit: "attendu un chiffre, trouvé %@",
        leadingZeros: "les zéros en tête ne sont pas permis dans les nombres",
        expectedFractionDigit: "attendu un chiffre après le point décimal, trouvé %@",
        expectedExponentDigit: "attendu un chiffre dans l’exposant, trouvé %@",
        numberTooLarge: "nombre trop grand : %@",
        controlCharacter:
            "caractère de contrôle (octet 0x%@) dans une chaîne ; écrivez-le comme un échappement",
        unterminatedString: "chaîne non terminée ; attendu %@",
        invalidUTF8: "octet UTF-8 invalide 0x%@ dans une chaîne",
        loneSurrogate: "demi-code (surrogate) isolé \\u%@",
        invalidEscape: "échappement invalide %@ dans une chaîne",
        invalidUnicodeEscape:
            "échappement \\u invalide ; attendu quatre chiffres hexadécimaux, trouvé %@",
        byte: "l’octet 0x%@", end: "la fin de l’entrée")
}
