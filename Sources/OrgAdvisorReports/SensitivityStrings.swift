import OrgAdvisorRules

/// The texts of the weight sensitivity table in each language (``WeightSensitivityText``).
struct SensitivityStrings: BilingualStrings {
    let title: String
    let tieTitle: String
    let header: [String]
    let noEffect: String
    let below: String
    let above: String
    let critical: String
    let noneCritical: String
    let tieBreakers: String
    let noTieBreaker: String
    let or: String
    let and: String
    let footnote: String

    static let english = SensitivityStrings(
        title: "Weight sensitivity of the recommendation: %@",
        tieTitle: "Weight sensitivity: tie at the top between %@",
        header: ["criterion", "weight", "keeps the winner", "keeps the ranking", "beyond it"],
        noEffect: "no effect", below: "below: %@", above: "above: %@",
        critical: "Most critical weight: %@ (a change of %@ % changes the winner).",
        noneCritical: "No weight can change the winner.",
        tieBreakers:
            "There is no leader to keep. The smallest change of the weight of %@ breaks the tie; the columns follow %@, first in the ranking.",
        noTieBreaker: "There is no leader to keep, and no weight breaks the tie.", or: " or ",
        and: " and ",
        footnote:
            "Exact intervals, the other weights fixed; '≈' marks a value rounded to a thousandth.")

    static let french = SensitivityStrings(
        title: "Sensibilité aux poids de la recommandation : %@",
        tieTitle: "Sensibilité aux poids : égalité en tête entre %@",
        header: ["critère", "poids", "garde la recommandation", "garde le classement", "au-delà"],
        noEffect: "sans effet", below: "dessous : %@", above: "dessus : %@",
        critical:
            "Poids le plus critique : %@ (une variation de %@ % change la recommandation).",
        noneCritical: "Aucun poids ne peut changer la recommandation.",
        tieBreakers:
            "Aucune forme n’est seule en tête. Le moindre changement du poids de %@ départage l’égalité ; les colonnes suivent %@, première du classement.",
        noTieBreaker: "Aucune forme n’est seule en tête, et aucun poids ne départage l’égalité.",
        or: " ou ", and: " et ",
        footnote:
            "Intervalles exacts, les autres poids fixés ; « ≈ » signale un arrondi au millième.")

    /// `a, b or c` (with the language's `or` or `and`).
    static func list(_ names: [String], _ last: String) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + last + names[names.count - 1]
    }
}
