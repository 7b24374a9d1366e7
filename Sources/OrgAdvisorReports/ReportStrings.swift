import OrgAdvisorEngine
import OrgAdvisorRules

/// The fixed texts of reports (headings, connecting words) in each language.
struct ReportStrings: BilingualStrings {
    let recommended: String
    let leadingUndecided: String
    let noRecommendation: String
    let tieBetween: String
    let nothingGiven: String
    let stillPossible: String
    let nextQuestion: String
    let whyTied: String
    let noneFired: String
    let tieAtTop: String
    let ruleBase: String
    let why: String
    let nothingFired: String
    let derived: String
    let from: String
    let notGiven: String
    let allGiven: String
    let couldStillWin: String
    let cannotChange: String
    let wouldMakeLead: String
    let possibleScores: String
    let notExact: String
    let advice: String
    let rules: String
    let fired: String
    let notFired: String
    let unknown: String
    let failsHeading: String
    let noFails: String
    let weight: String
    let to: String
    let unknownBecause: String
    let ranking: String
    let profile: String
    let criterion: String
    let value: String
    let source: String
    let given: String
    let form: String
    let score: String
    let range: String
    let and: String
    let whatIf: String
    let noSingleChange: String
    let everyChange: String

    static let english = ReportStrings(
        recommended: "Recommended", leadingUndecided: "Leading, not decided",
        noRecommendation: "No recommendation", tieBetween: "tie at the top between %@",
        nothingGiven: "no criterion given", stillPossible: "Could still win",
        nextQuestion: "Next question", whyTied: "Why %@ share the top",
        noneFired: "No rule gave them points: every form scores 0 or less.",
        tieAtTop: "tie at the top", ruleBase: "Rule base",
        why: "Why %@ leads",
        nothingFired: "No rule gave points to %@: every form scores 0 or less.",
        derived: "Derived", from: "from", notGiven: "Not given",
        allGiven: "Every criterion is given.",
        couldStillWin: "Could still win if they were given",
        cannotChange: "None of them can change the winner.",
        wouldMakeLead: "would make %@ lead", possibleScores: "Possible scores",
        notExact: "(estimated: too many combinations to enumerate exactly)", advice: "Advice",
        rules: "Rules",
        fired: "fired", notFired: "not fired", unknown: "unknown",
        failsHeading: "Rules that did not fire",
        noFails: "Every rule fired.", weight: "weight", to: "to", unknownBecause: "not given",
        ranking: "Ranking", profile: "Profile", criterion: "Criterion", value: "Value",
        source: "Source",
        given: "given", form: "Form", score: "Score", range: "Possible range", and: "and",
        whatIf: "What if",
        noSingleChange: "no change of one known criterion alone changes the recommendation",
        everyChange: "every change")

    static let french = ReportStrings(
        recommended: "Recommandation", leadingUndecided: "En tête, non décidé",
        noRecommendation: "Pas de recommandation", tieBetween: "égalité en tête entre %@",
        nothingGiven: "aucun critère renseigné", stillPossible: "Pourraient encore l’emporter",
        nextQuestion: "Question suivante", whyTied: "Pourquoi %@ partagent la tête",
        noneFired: "Aucune règle ne leur a donné de points : toutes les formes ont 0 ou moins.",
        tieAtTop: "égalité en tête", ruleBase: "Base de règles",
        why: "Pourquoi %@ arrive en tête",
        nothingFired: "Aucune règle n’a donné de points à %@ : toutes les formes ont 0 ou moins.",
        derived: "Déduit", from: "de", notGiven: "Non renseigné",
        allGiven: "Tous les critères sont renseignés.",
        couldStillWin: "Pourraient encore l’emporter s’ils étaient renseignés",
        cannotChange: "Aucun d’eux ne peut changer la recommandation.",
        wouldMakeLead: "mettrait %@ en tête", possibleScores: "Scores possibles",
        notExact: "(estimation : trop de combinaisons pour un calcul exact)", advice: "Conseils",
        rules: "Règles",
        fired: "appliquée", notFired: "non appliquée", unknown: "inconnue",
        failsHeading: "Règles non appliquées", noFails: "Toutes les règles se sont appliquées.",
        weight: "poids", to: "à", unknownBecause: "non renseigné", ranking: "Classement",
        profile: "Profil",
        criterion: "Critère", value: "Valeur", source: "Origine", given: "donné", form: "Forme",
        score: "Score", range: "Plage possible", and: "et",
        whatIf: "Et si",
        noSingleChange: "aucun changement d’un seul critère connu ne change la recommandation",
        everyChange: "tous les changements")
}
