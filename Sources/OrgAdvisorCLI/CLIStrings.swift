import OrgAdvisor

/// The texts of the command line's own messages in each language (the values of a
/// profile are ``ErrorStrings``'): templates whose `%@` are filled in order with names
/// already quoted (``ErrorStrings/quoted(_:)``).
struct CLIStrings: BilingualStrings {
    let unknownOption: String
    let takesNoValue: String
    let missingValue: String
    let givenTwice: String
    let unknownCommand: String
    let evaluateHint: String
    let unexpectedArgument: String
    let weightSyntax: String
    let unknownWeightCriterion: String
    let invalidWeight: String
    let oneOf: String
    let wholeNumberIn: String
    let numberIn: String
    let stdinClosed: String
    let noTestFiles: String
    let expectedTestFiles: String
    let noSuchFile: String
    let permissionDenied: String
    let isDirectory: String
    let argument: String
    let jobs: String
    let sameAxes: String
    let axisAlsoGiven: String
    let missingAxis: String
    let unknownAxis: String
    let mapSyntax: String
    let sameMapCriterion: String
    let fragmentNeedsHTML: String
    let profileFromStdin: String
    let archiveAlone: String
    let criterionNamedAsOption: String
    let criterionNamedProfile: String

    static let english = CLIStrings(
        unknownOption: "unknown option %@", takesNoValue: "option %@ takes no value",
        missingValue: "missing value for %@; expected %@", givenTwice: "option %@ is given twice",
        unknownCommand: "unknown command %@",
        evaluateHint: "; to evaluate a profile, give criteria as options, e.g. %@",
        unexpectedArgument: "unexpected argument %@; criteria are given as options, e.g. %@",
        weightSyntax: "invalid value %@ for %@; expected NAME=W, e.g. %@",
        unknownWeightCriterion: "unknown criterion %@ in %@",
        invalidWeight:
            "invalid weight %@ for %@ in %@; expected a number >= 0 with at most 3 decimals",
        oneOf: "one of %@", wholeNumberIn: "a whole number in %@", numberIn: "a number in %@",
        stdinClosed:
            "cannot read %@: standard input is closed or not open for reading; give the profile on standard input or as a file",
        noTestFiles: "no test files in %@; expected files ending in %@",
        expectedTestFiles: "expected test files or directories, e.g. %@",
        noSuchFile: "No such file or directory", permissionDenied: "Permission denied",
        isDirectory: "it is a directory", argument: "unexpected argument %@",
        jobs: "invalid value %@ for %@; expected a whole number from 1 to 1024",
        sameAxes: "%@ and %@ are the same criterion %@; choose two different criteria",
        axisAlsoGiven: "criterion %@ is the %@ axis and is also given as %@; leave out one of them",
        missingAxis: "missing option %@; expected a criterion: %@",
        unknownAxis: "unknown criterion %@ for %@",
        mapSyntax: "invalid value %@ for %@; expected two criteria separated by a comma, e.g. %@",
        sameMapCriterion: "%@ names the same criterion %@ twice; choose two different criteria",
        fragmentNeedsHTML: "%@ needs %@; a Markdown page is already a fragment",
        profileFromStdin:
            "%@ reads standard input, where interview reads its answers; give the profile as a file",
        archiveAlone: "%@ is a compiled archive: check it alone",
        criterionNamedAsOption:
            "%@ is both an option and the criterion %@ of the rule base; give the criterion in a profile file (%@), or rename it in the rule files",
        criterionNamedProfile:
            "%@ is both an option and the criterion %@ of the rule base; rename the criterion in the rule files"
    )

    static let french = CLIStrings(
        unknownOption: "option inconnue %@", takesNoValue: "l’option %@ ne prend pas de valeur",
        missingValue: "valeur manquante pour %@ ; attendu %@",
        givenTwice: "l’option %@ est donnée deux fois", unknownCommand: "commande inconnue %@",
        evaluateHint:
            " ; pour évaluer un profil, donnez les critères comme options, par exemple %@",
        unexpectedArgument:
            "argument inattendu %@ ; les critères se donnent comme options, par exemple %@",
        weightSyntax: "valeur %@ invalide pour %@ ; attendu NOM=POIDS, par exemple %@",
        unknownWeightCriterion: "critère inconnu %@ dans %@",
        invalidWeight:
            "poids %@ invalide pour %@ dans %@ ; attendu un nombre ≥ 0 avec au plus 3 décimales",
        oneOf: "une valeur parmi %@", wholeNumberIn: "un nombre entier dans %@",
        numberIn: "un nombre dans %@",
        stdinClosed:
            "impossible de lire %@ : l’entrée standard est fermée ou n’est pas ouverte en lecture ; donnez le profil sur l’entrée standard ou dans un fichier",
        noTestFiles: "aucun fichier de test dans %@ ; attendu des fichiers se terminant par %@",
        expectedTestFiles: "attendu des fichiers ou des dossiers de test, par exemple %@",
        noSuchFile: "fichier ou dossier inexistant", permissionDenied: "permission refusée",
        isDirectory: "c’est un dossier", argument: "argument inattendu %@",
        jobs: "valeur %@ invalide pour %@ ; attendu un nombre entier de 1 à 1024",
        sameAxes: "%@ et %@ sont le même critère %@ ; choisissez deux critères différents",
        axisAlsoGiven:
            "le critère %@ est l’axe %@ et il est aussi donné par %@ ; omettez l’un des deux",
        missingAxis: "option manquante %@ ; attendu un critère : %@",
        unknownAxis: "critère inconnu %@ pour %@",
        mapSyntax:
            "valeur %@ invalide pour %@ ; attendu deux critères séparés par une virgule, par exemple %@",
        sameMapCriterion:
            "%@ nomme deux fois le même critère %@ ; choisissez deux critères différents",
        fragmentNeedsHTML:
            "%@ demande %@ ; une page Markdown est déjà un fragment",
        profileFromStdin:
            "%@ lit l’entrée standard, où l’entretien lit ses réponses ; donnez le profil dans un fichier",
        archiveAlone: "%@ est une archive compilée : vérifiez-la seule",
        criterionNamedAsOption:
            "%@ est à la fois une option et le critère %@ de la base de règles ; donnez le critère dans un fichier de profil (%@), ou renommez-le dans les fichiers de règles",
        criterionNamedProfile:
            "%@ est à la fois une option et le critère %@ de la base de règles ; renommez le critère dans les fichiers de règles"
    )
}
