import OrgAdvisorEngine
import OrgAdvisorRules

/// The texts of batch's Markdown table in each language: the column headings, the
/// statuses, the tie mark and the mark of estimated possible winners (CSV and JSON keep
/// the ids and English marks, for programs). The errors of records stay English: they
/// are made while reading, before any language is known.
package struct BatchTableStrings: BilingualStrings {
    /// The headings before the forms' columns, and the last one.
    package let headings: [String]
    package let error: String
    /// By status, in the order of ``RecommendationStatus/allCases``.
    package let statuses: [String]
    package let tie: String
    /// After possible winners that are a safe over-estimate (too many combinations of
    /// unknown criteria to decide them exactly).
    package let estimated: String

    package static let english = BatchTableStrings(
        headings: [
            "record", "id", "name", "status", "recommended", "winner", "possible winners",
        ],
        error: "error", statuses: RecommendationStatus.allCases.map { $0.rawValue },
        tie: " (tie)", estimated: " (estimated)")

    package static let french = BatchTableStrings(
        headings: [
            "enregistrement", "id", "nom", "statut", "recommandation", "en tête",
            "gagnants possibles",
        ],
        error: "erreur", statuses: ["décidé", "provisoire", "égalité", "rien de renseigné"],
        tie: " (égalité)", estimated: " (estimé)")

    /// The status as the table shows it.
    package func status(_ status: RecommendationStatus) -> String {
        statuses[status.ordinal]
    }
}
