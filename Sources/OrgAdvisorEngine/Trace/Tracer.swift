import OrgAdvisorRules

/// Evaluates conditions clause by clause, recording what decided each outcome. It
/// follows exactly the three-valued logic of the compiled program.
struct Tracer {
    let ruleBase: RuleBase
    let profile: Profile
    let facts: [Double]
    let derivedBy: [Int: Int]
    let winner: Int

    /// The truth of a condition and the clause that decided it.
    static func decide(_ condition: Condition, facts: [Double]) -> (Truth, ConditionSource) {
        switch condition {
        case .compare(let criterion, let op, let value, let source):
            let fact = facts[criterion]
            if fact.isNaN { return (.unknown, source) }
            return (op.holds(fact, value) ? .true : .false, source)
        case .member(let criterion, let values, let negated, let source):
            let fact = facts[criterion]
            if fact.isNaN { return (.unknown, source) }
            return (Condition.sortedContains(values, fact) != negated ? .true : .false, source)
        case .and(let parts, let source), .or(let parts, let source):
            // The first false part decides an `and`, the first true one an `or`; else the
            // first unknown part, else the whole.
            let isAnd: Bool
            if case .and = condition { isAnd = true } else { isAnd = false }
            let decisive: Truth = isAnd ? .false : .true
            var firstUnknown: ConditionSource?
            for part in parts {
                let (truth, decider) = decide(part, facts: facts)
                if truth == decisive { return (decisive, decider) }
                if truth == .unknown, firstUnknown == nil { firstUnknown = decider }
            }
            return firstUnknown.map { (.unknown, $0) } ?? (isAnd ? .true : .false, source)
        case .not(let part, let source):
            let (truth, decider) = decide(part, facts: facts)
            switch truth {
            case .true: return (.false, decider)
            case .false: return (.true, source)
            case .unknown: return (.unknown, decider)
            }
        }
    }

    /// The truth of a condition.
    static func truth(_ condition: Condition, facts: [Double]) -> Truth {
        decide(condition, facts: facts).0
    }

    private func source(_ criterion: Int) -> InputSource {
        if !profile.values[criterion].isNaN { return .given }
        if let derivation = derivedBy[criterion] { return .derived(derivation) }
        return .unknown
    }

    private func reads(_ condition: Condition, facts: [Double]) -> [ReadTrace] {
        reads(condition.criteria, facts: facts)
    }

    /// What a condition reading `criteria` (as ``Condition/criteria`` lists them) reads.
    private func reads(_ criteria: [Int], facts: [Double]) -> [ReadTrace] {
        criteria.map { criterion in
            ReadTrace(
                criterion: criterion, value: facts[criterion].isNaN ? nil : facts[criterion],
                source: facts[criterion].isNaN ? .unknown : source(criterion))
        }
    }

    /// The whole trace.
    func trace() -> Trace {
        let inputs = ruleBase.criteria.indices.map { criterion in
            InputTrace(
                criterion: criterion, value: facts[criterion].isNaN ? nil : facts[criterion],
                source: source(criterion))
        }
        var derivations: [DerivationTrace] = []
        var replay = profile.values
        ruleBase.replayDerivations(&replay) { step, values in
            derivations.append(
                DerivationTrace(
                    derivation: step.derivation, outcome: step.outcome,
                    decidingClause: step.decidingClause,
                    reads: reads(ruleBase.derivations[step.derivation].condition, facts: values)))
        }
        let rules = ruleBase.rules
        var traces: [RuleTrace] = []
        traces.reserveCapacity(rules.count)
        // What a rule reading one criterion reads, shared by the rules that read it (most
        // rules read one criterion).
        let alone = ruleBase.criteria.indices.map { reads([$0], facts: facts) }
        // By index: a closure over each rule would copy it (retain and release its parts).
        for index in rules.indices {
            let criteria = rules[index].criteria
            let reads = criteria.count == 1 ? alone[criteria[0]] : reads(criteria, facts: facts)
            let (truth, decider) = Tracer.decide(rules[index].condition, facts: facts)
            let weight = rules[index].weight
            let points = rules[index].points
            let contributions = points.map { entry in
                Contribution(
                    form: entry.form, points: entry.points, weight: weight,
                    score: truth == .true ? weight * entry.points : .zero)
            }
            traces.append(
                RuleTrace(
                    rule: rules[index].index, outcome: truth, decidingClause: decider,
                    reads: reads, contributions: contributions))
        }
        let advice = ruleBase.advice.map { item in
            let decided = item.condition.map { Tracer.decide($0, facts: facts) }
            let truth = decided?.0 ?? .true
            let matches = item.forms.isEmpty || item.forms.contains(winner)
            return AdviceTrace(
                advice: item.index, applies: truth == .true && matches, condition: truth,
                decidingClause: decided?.1, matchesWinner: matches)
        }
        return Trace(inputs: inputs, derivations: derivations, rules: traces, advice: advice)
    }
}
