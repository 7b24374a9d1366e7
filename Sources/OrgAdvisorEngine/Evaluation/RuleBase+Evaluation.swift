import OrgAdvisorRules

extension RuleBase {
    /// Scores a profile without a trace or analysis, writing one score per form into
    /// `scores` (resized once if needed). Allocates nothing when `scores` already has
    /// one element per form: use it in loops over many profiles.
    public func score(_ profile: Profile, into scores: inout [Score]) {
        if scores.count != forms.count {
            scores = [Score](repeating: .zero, count: forms.count)
        }
        scores.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Int64.self) { raw in
                profile.values.withUnsafeBufferPointer { given in
                    program.score(given: given.baseAddress!, into: raw.baseAddress!)
                }
            }
        }
    }

    /// The scores of the rules on `facts` as they are (no derivation applied), in
    /// millionths of a point, into `scores` (one per form): the scores of a completion,
    /// or of facts already derived.
    func scoreFacts(_ facts: [Double], into scores: inout [Int64]) {
        var values = facts
        let program = self.program
        for form in scores.indices { scores[form] = 0 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
            values.withUnsafeMutableBufferPointer { values in
                scores.withUnsafeMutableBufferPointer { scores in
                    program.score(values, into: scores, stack: stack.baseAddress!)
                }
            }
        }
    }

    /// Runs `body` with the profile's values after derivations, in a temporary buffer,
    /// and a condition stack.
    package func withFacts<Result>(
        of profile: Profile,
        _ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutablePointer<UInt8>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, criteria.count)) { facts in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
                profile.values.withUnsafeBufferPointer { given in
                    for index in 0..<criteria.count { facts[index] = given[index] }
                }
                program.derive(facts, stack: stack.baseAddress!)
                return body(facts, stack.baseAddress!)
            }
        }
    }

    /// Scores a profile and analyses it: ranking, ties, score bounds over the unknown
    /// criteria, possible winners, advice and, when `trace` is true, the explanation.
    public func evaluate(_ profile: Profile, trace wantsTrace: Bool = true) -> Evaluation {
        var scores = [Score](repeating: .zero, count: forms.count)
        var facts: [Double] = []
        score(profile, into: &scores)
        withFacts(of: profile) { buffer, _ in facts = Array(buffer) }
        let ranking = Ranking.order(scores)
        var derivedBy: [Int: Int] = [:]
        var replay = profile.values
        replayDerivations(&replay) { step, _ in
            if step.outcome == .applied {
                derivedBy[derivations[step.derivation].target] = step.derivation
            }
        }
        assert(
            zip(replay, facts).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) },
            "the compiled derivations and their replay disagree")
        let unknown = criteria.indices.filter { facts[$0].isNaN }
        var analysis =
            replayedAnalysis(given: profile.values, facts: facts)
            ?? analyse(facts: facts, scores: scores)
        // Bounds too costly to enumerate: the possible winners alone may still be found
        // exactly, by the search batch runs.
        let searched = analysis.isExact ? nil : searchedWinners(profile)
        if let searched { analysis.possibleWinners = searched }
        let applying = advice.indices.filter { index in
            let item = advice[index]
            let holds = item.condition.map { Tracer.truth($0, facts: facts) == .true } ?? true
            return holds && (item.forms.isEmpty || item.forms.contains(ranking[0]))
        }
        let trace =
            wantsTrace
            ? Tracer(
                ruleBase: self, profile: profile, facts: facts, derivedBy: derivedBy,
                winner: ranking[0]
            ).trace()
            : nil
        assert(
            trace.map { compiledTruthsAgree(with: $0, facts: facts) } ?? true,
            "the compiled conditions and the explained ones disagree")
        return Evaluation(
            ruleBase: self, profile: profile, facts: facts, derivedBy: derivedBy, scores: scores,
            ranking: ranking, unknownCriteria: unknown, bounds: analysis.bounds,
            possibleWinners: analysis.possibleWinners, boundsAreExact: analysis.isExact,
            advice: applying, trace: trace, winnersSearched: searched != nil)
    }

    /// The possible winners of `profile` from the program's search for them alone,
    /// without bounds (``winnersAsEvaluated(_:ranges:)``), when it settles them exactly;
    /// else nil.
    func searchedWinners(_ profile: Profile) -> [Int]? {
        guard let found = winnersAsEvaluated(profile), found.isExact else { return nil }
        return Array(FormSet(mask: found.winners))
    }

    /// The possible winners of `profile` (one bit per form), its scores (one per form) and
    /// whether the winners are exact, from the program's analysis of the possible winners
    /// alone with the effort of an evaluation (``AnalysisEffort/asEvaluation``): what the
    /// evaluation reports, and what the next question's answers read. Nil when only the
    /// general analysis can tell. `ranges`, when given, keeps what an over-estimate walks.
    func winnersAsEvaluated(_ profile: Profile, ranges: EstimateRanges? = nil) -> (
        winners: UInt64, scores: [Int64], isExact: Bool
    )? {
        var scores = [Int64](repeating: 0, count: forms.count)
        var ranking = [Int](repeating: 0, count: forms.count)
        var exact = false
        let program = self.program
        let found = profile.values.withUnsafeBufferPointer { given in
            scores.withUnsafeMutableBufferPointer { scores in
                ranking.withUnsafeMutableBufferPointer { ranking in
                    program.analyse(
                        given.baseAddress!, scores: scores.baseAddress!,
                        ranking: ranking.baseAddress!, effort: .asEvaluation, isExact: &exact,
                        ranges: ranges)
                }
            }
        }
        return found.map { ($0, scores, exact) }
    }

    /// The exact bounds and possible winners: from the program's tables when they can
    /// tell, else from the general analysis.
    func analyse(
        facts: [Double], scores: [Score], limit: Int = ClassAnalysis.combinationLimit
    ) -> CompletionAnalysis.Result {
        if let found = program.analyse(
            facts: facts, scores: scores.map { $0.micro }, limit: limit)
        {
            return CompletionAnalysis.Result(
                bounds: zip(found.low, found.high).map { Score(micro: $0)...Score(micro: $1) },
                possibleWinners: forms.indices.filter { found.winners & (1 << UInt64($0)) != 0 },
                isExact: found.isExact)
        }
        return CompletionAnalysis(ruleBase: self, facts: facts, scores: scores).run()
    }

    /// Whether the compiled program gives every rule the truth that the trace explains
    /// (`Program.run` is the fast path of `Tracer`'s reading; checked in debug builds).
    private func compiledTruthsAgree(with trace: Trace, facts: [Double]) -> Bool {
        var values = facts
        return values.withUnsafeMutableBufferPointer { buffer in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
                trace.rules.allSatisfy { rule in
                    let compiled = program.ruleTruth(rule.rule, buffer, stack: stack.baseAddress!)
                    switch rule.outcome {
                    case .true: return compiled == Program.trueValue
                    case .false: return compiled == Program.falseValue
                    case .unknown: return compiled == Program.unknownValue
                    }
                }
            }
        }
    }
}
