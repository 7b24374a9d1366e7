@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// Comparing one profile's results from the engine with the reference's.
extension CompiledFormPropertyTests {
    /// Every way the engine's answers for `given` differ from `expected`, as lines of text
    /// (none when they agree).
    static func disagreements(
        _ rules: RuleBase, _ base: RandomRuleBase, _ given: [Double],
        _ expected: ReferenceEvaluator.Result, coverage: inout Coverage
    ) throws -> [String] {
        let profile = try profile(rules, base, given)
        var problems: [String] = []
        func check<Value: Equatable>(_ what: String, _ actual: Value, _ wanted: Value) {
            if actual != wanted { problems.append("\(what): \(actual), expected \(wanted)") }
        }
        var scores: [Score] = []
        rules.score(profile, into: &scores)
        check("RuleBase.score", scores.map(\.micro), expected.scores)

        let evaluation = rules.evaluate(profile, trace: true)
        check("scores", evaluation.scores.map(\.micro), expected.scores)
        check("ranking", evaluation.ranking, expected.ranking)
        check("unknown criteria", evaluation.unknownCriteria, expected.unknownCriteria)
        check("facts", facts(evaluation, base), facts(expected.facts, base))
        check("derived by", evaluation.derivedBy, expected.derivedBy)
        let bounds = evaluation.bounds.map { $0.lowerBound.micro...$0.upperBound.micro }
        if evaluation.boundsAreExact {
            check("bounds", bounds, expected.bounds)
            check("possible winners", evaluation.possibleWinners, expected.possibleWinners)
        } else {
            // Only where replaying the derivations leaves a derived fact unknown: a safe
            // over-estimate, which says so.
            coverage.estimated += 1
            check(
                "bounds contain the exact ones",
                zip(bounds, expected.bounds).allSatisfy {
                    $0.lowerBound <= $1.lowerBound && $0.upperBound >= $1.upperBound
                }, true)
            check(
                "possible winners contain the exact ones",
                Set(expected.possibleWinners).isSubset(of: evaluation.possibleWinners), true)
        }
        check("advice", evaluation.advice, expected.advice)
        if let trace = evaluation.trace {
            problems += traceDisagreements(trace, base, given, expected)
        } else {
            problems.append("no trace")
        }

        let analysed = ProgramAnalyseTests.analyse(rules, profile)
        check("Program.analyse scores", analysed.scores.map(\.micro), expected.scores)
        check("Program.analyse ranking", analysed.ranking, expected.ranking)
        if let winners = analysed.winners {
            if !expected.unknownCriteria.isEmpty { coverage.onePass += 1 }
            check(
                "Program.analyse possible winners", Array(FormSet(mask: winners)),
                expected.possibleWinners)
        }
        return problems
    }

    /// The trace: every rule's outcome and contributions, every derivation's outcome,
    /// where every input came from.
    static func traceDisagreements(
        _ trace: Trace, _ base: RandomRuleBase, _ given: [Double],
        _ expected: ReferenceEvaluator.Result
    ) -> [String] {
        var problems: [String] = []
        if trace.rules.map(\.rule) != Array(base.rules.indices) {
            problems.append("trace rules: \(trace.rules.map(\.rule))")
            return problems
        }
        for (index, entry) in trace.rules.enumerated() {
            let rule = base.rules[index]
            let weight = base.weight(of: rule)
            let fired = expected.ruleTruths[index] == .true
            let wanted = rule.points.map { entry in
                "\(entry.form) \(entry.points) × \(weight) = \(fired ? weight * entry.points : 0)"
            }
            let actual = entry.contributions.map { entry in
                "\(entry.form) \(entry.points.thousandths) × \(entry.weight.thousandths) = \(entry.score.micro)"
            }
            if entry.outcome.rawValue != expected.ruleTruths[index].rawValue || actual != wanted {
                problems.append(
                    "trace of r\(index): \(entry.outcome.rawValue) \(actual), expected "
                        + "\(expected.ruleTruths[index].rawValue) \(wanted)")
            }
        }
        let outcomes = Dictionary(
            trace.derivations.map { ($0.derivation, $0.outcome.rawValue) }, uniquingKeysWith: { $1 }
        )
        let wantedOutcomes = Dictionary(
            uniqueKeysWithValues: expected.derivationOutcomes.enumerated().map { ($0, $1.rawValue) }
        )
        if outcomes != wantedOutcomes || trace.derivations.count != base.derivations.count {
            problems.append(
                "trace derivations: \(outcomes.sorted { $0.key < $1.key }), expected \(wantedOutcomes.sorted { $0.key < $1.key })"
            )
        }
        let sources = trace.inputs.map { input -> String in
            switch input.source {
            case .given: return "given"
            case .derived(let derivation): return "d\(derivation)"
            case .unknown: return "unknown"
            }
        }
        let wantedSources = given.indices.map { index in
            !given[index].isNaN ? "given" : expected.derivedBy[index].map { "d\($0)" } ?? "unknown"
        }
        if sources != wantedSources {
            problems.append("trace inputs: \(sources), expected \(wantedSources)")
        }
        return problems
    }

    /// The engine's facts as the reference writes values: value ids, numbers, `?`.
    static func facts(_ evaluation: Evaluation, _ base: RandomRuleBase) -> [String] {
        evaluation.ruleBase.criteria.map { criterion in
            evaluation.fact(criterion.index).map { evaluation.ruleBase.valueID($0, of: criterion) }
                ?? "?"
        }
    }

    /// The reference's facts as value ids, numbers, `?`.
    static func facts(_ facts: [Double], _ base: RandomRuleBase) -> [String] {
        facts.indices.map { index in
            facts[index].isNaN
                ? "?"
                : base.criteria[index].kind.isEnumerated
                    ? base.value(facts[index], base.criteria[index])
                    : NumberFormatting.format(facts[index])
        }
    }
}
