import OrgAdvisorEngine
import OrgAdvisorRules

/// The texts of `check`'s summary and of its deep check's frame in each language
/// (``CheckResultText``); the diagnostics themselves, for rule authors, are English like
/// the rule language's keywords. A count is one template for 1 and one for more,
/// `%@` the number.
struct CheckStrings: BilingualStrings {
    let files: (one: String, many: String)
    let criteria: String
    let forms: String
    let rules: String
    let derivations: String
    let advice: String
    let noProblems: String
    let warnings: (one: String, many: String)
    let errors: (one: String, many: String)
    let notes: (one: String, many: String)
    let explained: (one: String, many: String)
    let deepCheck: String
    let forExample: String
    let explainedBy: String
    let eg: String
    let oneByOne: String
    let space: String
    let moreThan: String

    static let english = CheckStrings(
        files: ("1 file", "%@ files"), criteria: "%@ criteria", forms: "%@ forms",
        rules: "%@ rules", derivations: "%@ derivations", advice: "%@ advice",
        noProblems: "no problems", warnings: ("1 warning", "%@ warnings"),
        errors: ("1 error", "%@ errors"), notes: ("1 note", "%@ notes"),
        explained: ("1 explained", "%@ explained"),
        deepCheck: "deep check of %@", forExample: "for example: %@",
        explainedBy: "explained by 'accept' lines:", eg: "e.g.",
        oneByOne: "rules and derivations one by one (the space is too large to enumerate)",
        space:
            "%@ fact profiles standing for %@ profiles of %@ criteria (%@ where no rule fires)",
        moreThan: "more than 2^63")

    static let french = CheckStrings(
        files: ("1 fichier", "%@ fichiers"), criteria: "%@ critères", forms: "%@ formes",
        rules: "%@ règles", derivations: "%@ déductions", advice: "%@ conseils",
        noProblems: "aucun problème", warnings: ("1 avertissement", "%@ avertissements"),
        errors: ("1 erreur", "%@ erreurs"), notes: ("1 note", "%@ notes"),
        explained: ("1 expliqué", "%@ expliqués"), deepCheck: "vérification complète de %@",
        forExample: "par exemple : %@", explainedBy: "expliqués par des lignes « accept » :",
        eg: "p. ex.",
        oneByOne:
            "règles et déductions une à une (l’espace est trop grand pour être énuméré)",
        space:
            "%@ profils de faits représentant %@ profils de %@ critères (%@ où aucune règle ne s’applique)",
        moreThan: "plus de 2^63")

    /// `1 file`, `3 files`.
    static func count(_ count: Int, _ forms: (one: String, many: String)) -> String {
        count == 1 ? forms.one : fill(forms.many, "\(count)")
    }
}
