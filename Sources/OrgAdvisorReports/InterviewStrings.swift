import OrgAdvisorEngine
import OrgAdvisorRules

/// The fixed texts of `orgadvisor interview` in each language.
struct InterviewStrings: BilingualStrings {
    let question: String
    let answerWith: String
    let aNumber: String
    let controls: String
    let decided: String
    let noQuestionLeft: String
    let endOfInput: String
    let stopped: String
    let nothingToTakeBack: String
    let tookBack: String
    let notKnown: String
    let notAnAnswer: String

    static let english = InterviewStrings(
        question: "Question %@", answerWith: "Answer", aNumber: "a number",
        controls: "? = don't know, back = take back the last answer, quit = stop",
        decided: "The recommendation is decided.",
        noQuestionLeft: "Every question was asked.",
        endOfInput: "End of the answers.", stopped: "Stopped.",
        nothingToTakeBack: "Nothing to take back.", tookBack: "Taken back: %@",
        notKnown: "not known", notAnAnswer: "'%@' is not an answer to this question.")

    static let french = InterviewStrings(
        question: "Question %@", answerWith: "Réponse", aNumber: "un nombre",
        controls: "? = je ne sais pas, retour = annuler la dernière réponse, fin = arrêter",
        decided: "La recommandation est décidée.",
        noQuestionLeft: "Toutes les questions ont été posées.",
        endOfInput: "Fin des réponses.", stopped: "Arrêt demandé.",
        nothingToTakeBack: "Rien à annuler.", tookBack: "Réponse annulée : %@",
        notKnown: "inconnu", notAnAnswer: "« %@ » n’est pas une réponse à cette question.")
}
