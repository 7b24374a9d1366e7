import OrgAdvisorEngine
import OrgAdvisorRules

/// Renders a ``RuleTestCoverage`` as text (`orgadvisor test --coverage`): the totals,
/// then each thing no case reaches, with ids as they are written in the rule files.
///
/// ```
/// Coverage of 24 cases (rule base 'orgadvisor-course' 1.1.0):
///   rules fired       36 of 38   94.7 %
///   values reached    41 of 47   87.2 %
///   ...
/// Rules that never fire:
///   hotline-xyz  Rules/40-rules.orgrules:120
/// ```
public struct TestCoverageText: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The coverage as text, ending with a line break.
    public func render(_ coverage: RuleTestCoverage) -> String {
        let rules = coverage.ruleBase
        let options = coverage.valueOptions
        let cases = coverage.caseCount == 1 ? "1 case" : "\(coverage.caseCount) cases"
        var out = "Coverage of \(cases) (rule base '\(rules.name)' \(rules.version)):\n"
        let totals: [(String, Int, Int)] = [
            ("rules fired", rules.rules.count - coverage.unfiredRules.count, rules.rules.count),
            ("values reached", options.reached, options.total),
            (
                "advice applied", rules.advice.count - coverage.unreachedAdvice.count,
                rules.advice.count
            ),
            (
                "forms winning", rules.forms.count - coverage.formsNeverWinning.count,
                rules.forms.count
            ),
        ]
        let width = totals.map { "\($0.2)".count }.max() ?? 1
        for (name, reached, total) in totals {
            let percent = DecisionMapStrings.percent(reached, of: total, .english)
            out +=
                "  " + pad(name, 16) + pad(String(reached), width, right: true) + " of "
                + pad(String(total), width) + "  " + pad(percent, 7, right: true) + "\n"
        }
        let unfired = coverage.unfiredRules.map { index in
            "\(rules.rules[index].id)  \(rules.rules[index].location.pathAndLine)"
        }
        out += section("Rules that never fire", unfired)
        out += section("Values no case reaches (given or derived)", values(coverage))
        out += section(
            "Advice that never applies", coverage.unreachedAdvice.map { rules.advice[$0].id })
        out += section(
            "Forms that win no case", coverage.formsNeverWinning.map { rules.forms[$0].id })
        return out
    }

    /// The values no case reaches: `volume = medium`, `sites >= 3`, `size unknown`.
    private func values(_ coverage: RuleTestCoverage) -> [String] {
        let rules = coverage.ruleBase
        var lines: [String] = []
        for criterion in rules.criteria.indices {
            let id = rules.criteria[criterion].id
            let classes = coverage.classes[criterion]
            for index in classes.indices where coverage.classCounts[criterion][index] == 0 {
                let valueClass = classes[index]
                if rules.criteria[criterion].kind.isEnumerated {
                    lines.append(
                        "\(id) = \(rules.valueID(valueClass.representative, of: rules.criteria[criterion]))"
                    )
                } else {
                    lines.append("\(id) \(valueClass.interval.conditionText)")
                }
            }
            if coverage.unknownCounts[criterion] == 0 { lines.append("\(id) unknown") }
        }
        return lines
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        guard !lines.isEmpty else { return "" }
        return "\(title):\n" + lines.map { "  " + $0 + "\n" }.joined()
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}
