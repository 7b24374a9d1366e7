import OrgAdvisorEngine
import OrgAdvisorRules

extension ReportSection {
    /// A course page's section for a decision map whose other criteria are the page's
    /// profile: its title names both axes, the fragment is the map's SVG picture, and
    /// the caption says what a cell and a hatched cell mean.
    public static func decisionMap(_ map: DecisionMap, language: Language) -> ReportSection {
        let x = map.ruleBase.criteria[map.x.criterion].label.text(language)
        let y = map.ruleBase.criteria[map.y.criterion].label.text(language)
        let title =
            language == .french ? "Carte de décision : \(y) × \(x)" : "Decision map: \(y) × \(x)"
        let caption =
            language == .french
            ? "Chaque case : la forme recommandée avec ces deux valeurs, le reste du profil"
                + " tel que donné ci-dessus ; hachurée : les critères non donnés décident."
            : "Each cell: the recommended form with these two values, the rest of the profile"
                + " as given above; hatched: the criteria not given decide."
        return ReportSection(
            id: "decision-map", title: title,
            fragment: DecisionMapSVG(language: language).render(map), caption: caption)
    }
}
