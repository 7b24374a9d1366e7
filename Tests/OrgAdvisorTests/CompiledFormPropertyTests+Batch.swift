@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Comparing the batch's JSON Lines results with the reference's.
extension CompiledFormPropertyTests {
    /// Scores `profiles` as one JSON Lines input with ``BatchProcessor`` and returns every
    /// way the results differ from `expected` (none when they agree).
    static func batchDisagreements(
        _ rules: RuleBase, _ base: RandomRuleBase, _ profiles: [[Double]],
        _ expected: [ReferenceEvaluator.Result]
    ) throws -> [String] {
        let lines = profiles.map { given in
            let members = given.indices.filter { !given[$0].isNaN }.map { index in
                let criterion = base.criteria[index]
                let value = base.value(given[index], criterion)
                return "\"\(criterion.id)\":"
                    + (criterion.kind.isEnumerated ? "\"\(value)\"" : value)
            }
            return "{" + members.joined(separator: ",") + "}"
        }
        let input = Array(lines.joined(separator: "\n").utf8)
        let output = BatchProcessor(ruleBase: rules, format: .jsonl).output(of: input)
        let results = output.split(separator: UInt8(ascii: "\n"))
        guard results.count == profiles.count else {
            return ["batch: \(results.count) results for \(profiles.count) records"]
        }
        var problems: [String] = []
        for (index, result) in results.enumerated() {
            let actual = try JSONParser.parse(Array(result))
            let wanted = expectedJSON(base, expected[index])
            // A safe over-estimate that says so (see ``disagreements``) holds the exact
            // possible winners.
            let estimated = actual["possibleWinnersExact"] == .bool(false)
            if estimated, case .array(let listed) = actual["possibleWinners"],
                case .array(let exact) = wanted["possibleWinners"]!,
                !exact.allSatisfy({ listed.contains($0) })
            {
                problems.append(
                    "batch record \(index + 1) (\(lines[index])): estimated possible winners "
                        + "\(actual["possibleWinners"]!.serialized()) miss some of "
                        + "\(wanted["possibleWinners"]!.serialized())")
            }
            for key in ["winner", "tie", "ranking", "scores", "possibleWinners"]
            where actual[key] != wanted[key] && !(estimated && key == "possibleWinners") {
                problems.append(
                    "batch record \(index + 1) (\(lines[index])): \(key) "
                        + "\(actual[key]?.serialized() ?? "missing"), expected \(wanted[key]!.serialized())"
                )
            }
        }
        return problems
    }

    /// The members of a batch result that the reference decides.
    static func expectedJSON(_ base: RandomRuleBase, _ result: ReferenceEvaluator.Result)
        -> JSONValue
    {
        let ranking = result.ranking
        let tie = ranking.count > 1 && result.scores[ranking[1]] == result.scores[ranking[0]]
        return .object([
            ("winner", .string(base.forms[ranking[0]])),
            ("tie", .bool(tie)),
            ("ranking", .array(ranking.map { .string(base.forms[$0]) })),
            (
                "scores",
                .object(
                    base.forms.indices.map {
                        (base.forms[$0], .score(Score(micro: result.scores[$0])))
                    })
            ),
            ("possibleWinners", .array(result.possibleWinners.map { .string(base.forms[$0]) })),
        ])
    }
}
