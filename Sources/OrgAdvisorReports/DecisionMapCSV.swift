import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a decision map as CSV: one row per cell, rows of the map first, with a
/// fixed header.
///
/// The header is `x,x_class,y,y_class,winner,tie,possible_winners,score_<form>...`:
/// the axis criteria's ids, each class as a value id (listed values) or an interval
/// (`1…2`, `>= 3`), the winning form's id (empty when the criteria not given decide),
/// `true` or `false`, the possible winners' ids separated by spaces, then one score
/// column per form in declaration order, empty unless the cell's scores are final.
/// Ids and intervals never depend on the language. The whole-space shares are not
/// part of the CSV (see ``DecisionMap/json(language:)``).
public struct DecisionMapCSV: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The header line's fields for a rule base.
    public static func header(_ ruleBase: RuleBase) -> [String] {
        ["x", "x_class", "y", "y_class", "winner", "tie", "possible_winners"]
            + ruleBase.forms.map { "score_" + $0.id }
    }

    /// The CSV, header first, each line ending with a newline.
    public func render(_ map: DecisionMap) -> String {
        let rules = map.ruleBase
        var out =
            DecisionMapCSV.header(rules).map(CSVField.text).joined(separator: ",") + "\n"
        let xID = rules.criteria[map.x.criterion].id
        let yID = rules.criteria[map.y.criterion].id
        for cell in map.cells {
            var fields = [
                xID, classText(map.x.classes[cell.x], rules), yID,
                classText(map.y.classes[cell.y], rules),
                cell.winner.map { rules.forms[$0].id } ?? "", cell.tie ? "true" : "false",
                cell.possibleWinners.map { rules.forms[$0].id }.joined(separator: " "),
            ]
            fields += cell.scores.map { cell.scoresAreFinal ? $0.description : "" }
            out += fields.map(CSVField.text).joined(separator: ",") + "\n"
        }
        return out
    }

    private func classText(_ valueClass: ValueClass, _ rules: RuleBase) -> String {
        let criterion = rules.criteria[valueClass.criterion]
        return criterion.kind.isEnumerated
            ? rules.valueID(valueClass.representative, of: criterion) : valueClass.intervalText
    }
}
