import OrgAdvisorEngine
import OrgAdvisorRules

/// The fixed texts of decision maps in each language, and the pieces every map
/// renderer shares (numbers, percentages, the cells' texts).
struct DecisionMapStrings: BilingualStrings {
    let title: String
    let given: String
    let notGiven: String
    let none: String
    let undetermined: String
    let tie: String
    let estimated: String
    let forms: String
    let form: String
    let profilesWon: String
    let share: String
    let ties: String
    let wholeSpace: String
    let wholeSpaceNote: String
    let tooLarge: String
    let notComputed: String
    let ruleBase: String
    let derived: String
    let derivedSomewhere: String

    static let english = DecisionMapStrings(
        title: "Decision map", given: "Given", notGiven: "Not given", none: "none",
        undetermined: "the criteria not given decide between these forms",
        tie: "a tie at the top; the first declared ranks first",
        estimated: "estimated: too many combinations to enumerate exactly", forms: "Forms",
        form: "Form", profilesWon: "Profiles won", share: "Share", ties: "tie at the top",
        wholeSpace: "Whole space: %@ fully given profiles",
        wholeSpaceNote:
            "every criterion given, one value class each, counted exactly, whatever is given above",
        tooLarge: "Whole space: %@ fully given profiles, too many to enumerate; no shares computed",
        notComputed: "Whole space: not computed", ruleBase: "Rule base",
        derived: "derived", derivedSomewhere: "derived in some cells")

    static let french = DecisionMapStrings(
        title: "Carte de décision", given: "Renseigné", notGiven: "Non renseigné",
        none: "aucun",
        undetermined: "les critères non renseignés départagent ces formes",
        tie: "égalité en tête ; la première déclarée est classée première",
        estimated: "estimation : trop de combinaisons pour un calcul exact", forms: "Formes",
        form: "Forme", profilesWon: "Profils gagnés", share: "Part", ties: "égalité en tête",
        wholeSpace: "Espace entier : %@ profils complets",
        wholeSpaceNote:
            "chaque critère renseigné, une classe de valeurs chacun, comptés exactement, quoi qu’il soit renseigné ci-dessus",
        tooLarge:
            "Espace entier : %@ profils complets, trop pour être énumérés ; aucune part calculée",
        notComputed: "Espace entier : non calculé", ruleBase: "Base de règles",
        derived: "déduit", derivedSomewhere: "déduit dans certaines cases")

    /// A whole number with thousands grouped: `52,488` or `52 488`.
    static func count(_ value: Int, _ language: Language) -> String {
        NumberFormatting.grouped(value, separator: language == .french ? "\u{202F}" : ",")
    }

    /// A share as a percentage with one decimal, rounded half up exactly from the
    /// counts: `23.4 %` or `23,4 %`.
    static func percent(_ part: Int, of total: Int, _ language: Language) -> String {
        guard total > 0 else { return "–" }
        let tenths = (part * 1000 + total / 2) / total
        let separator = language == .french ? "," : "."
        return "\(tenths / 10)\(separator)\(tenths % 10) %"
    }

    /// The text of a cell from form names: `A`, `A = B` for a tie, `A / B` when the
    /// criteria not given decide, with `~` before an estimate; without the spaces when
    /// `compact`.
    static func cellText(_ cell: DecisionMap.Cell, names: [String], compact: Bool = false)
        -> String
    {
        let space = compact ? "" : " "
        if let winner = cell.winner {
            return cell.tie
                ? cell.tiedAtTop.map { names[$0] }.joined(separator: space + "=" + space)
                : names[winner]
        }
        return (cell.isExact ? "" : "~")
            + cell.possibleWinners.map { names[$0] }.joined(separator: space + "/" + space)
    }

    /// `criterion = value` for each criterion given in the base profile.
    static func givenList(_ map: DecisionMap, _ language: Language) -> [String] {
        map.given.map { index in
            let criterion = map.ruleBase.criteria[index]
            let value = map.ruleBase.describe(map.base.rawValue(index), of: criterion, in: language)
            return "\(criterion.id) = \(value)"
        }
    }

    /// The criteria not given, each marked when a derivation sets it in every cell or
    /// in some: `structure (derived)`, `size (derived in some cells)`.
    static func notGivenList(_ map: DecisionMap, _ language: Language, quote: String = "")
        -> [String]
    {
        let strings = of(language)
        return map.notGiven.map { index in
            let id = quote + map.ruleBase.criteria[index].id + quote
            switch map.derivation(of: index) {
            case .everywhere: return "\(id) (\(strings.derived))"
            case .somewhere: return "\(id) (\(strings.derivedSomewhere))"
            case .nowhere: return id
            }
        }
    }
}
