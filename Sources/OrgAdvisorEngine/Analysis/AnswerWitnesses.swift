import OrgAdvisorRules

/// A shortcut for the answers of the next-question search: an answer that leaves every
/// form that could win before it still able to win needs no analysis.
///
/// The forms that could win after an answer are among those that could win before it
/// (its completions are some of the completions before it; the evaluation's possible
/// winners are exact or a safe over-estimate of them). So when one completion of the
/// answer is found for each of those forms in which the form reaches the top, the
/// answer leaves exactly those forms, without the analysis over every completion that
/// ``RuleBase/evaluate(_:trace:)`` runs. The completions tried are *witnesses*: for each
/// form, each unknown fact takes the class that, on its own, most helps the form against
/// its strongest rival (from the points each class adds to the facts before any answer).
/// Each witness is scored whole, so a poor choice costs only the shortcut, never
/// exactness: when some form has no witness, the answer is evaluated in full.
///
/// Completions are those of the analysis: every unknown fact (after the derivations)
/// takes a class of its criterion, and the rules are scored on those facts as they are.
///
/// The answers to one question differ in one fact, so the last completion in which each
/// form reached the top is tried first at the next answer: between neighbouring classes
/// of a number it mostly still does.
final class AnswerWitnesses {
    let ruleBase: RuleBase
    /// The forms that could win before the answer, one bit per form.
    let target: UInt64
    /// The facts before the answer.
    let before: [Double]
    /// The classes' representatives of each criterion.
    let representatives: [[Double]]
    /// Per criterion unknown before the answer, and per class of it: the points the class
    /// adds to each form (class-major, `formCount` per class), the other facts as before.
    let gains: [[Int64]]
    /// Per form: the unknown facts' values in the last completion in which it reached
    /// the top (empty when none is known yet).
    private var remembered: [[Double]]
    /// How many times a remembered completion put its form at the top again (for tests).
    private(set) var rememberedHits = 0
    /// Per form, then for the answers' own facts: scores the completions tried for it,
    /// each from the one scored before (from one answer to the next, they differ in the
    /// criterion asked), made with the first; nil until then, `.some(nil)` when the
    /// program has no such scorer (``ChangeScorer``).
    private var scorers: [ChangeScorer??]

    /// The witnesses' choices for an evaluation whose result is not decided: the points
    /// each class of each unknown fact adds (one scoring per class). Nil when there are
    /// more than 64 forms.
    init?(ruleBase: RuleBase, evaluation: Evaluation, space: ProfileSpace) {
        let formCount = ruleBase.forms.count
        guard formCount <= 64 else { return nil }
        self.ruleBase = ruleBase
        var target: UInt64 = 0
        for form in evaluation.possibleWinners { target |= 1 << UInt64(form) }
        self.target = target
        self.before = evaluation.facts
        var representatives: [[Double]] = []
        for classes in space.classes {
            var values: [Double] = []
            for valueClass in classes { values.append(valueClass.representative) }
            representatives.append(values)
        }
        self.representatives = representatives
        // Each class is scored from the rows of the class before it (few tables change).
        let scorer = ChangeScorer(ruleBase: ruleBase, facts: evaluation.facts)
        var facts = evaluation.facts
        var before = [Int64](repeating: 0, count: formCount)
        var after = before
        Self.score(ruleBase, scorer, &facts, into: &before)
        var gains: [[Int64]] = []
        for criterion in facts.indices {
            guard facts[criterion].isNaN else {
                gains.append([])
                continue
            }
            var row: [Int64] = []
            for value in representatives[criterion] {
                facts[criterion] = value
                Self.score(ruleBase, scorer, &facts, into: &after)
                for form in 0..<formCount { row.append(after[form] - before[form]) }
            }
            facts[criterion] = .nan
            gains.append(row)
        }
        self.gains = gains
        remembered = [[Double]](repeating: [], count: formCount)
        scorers = [ChangeScorer??](repeating: nil, count: formCount + 1)
    }

    /// The scorer of the completions tried for `form`, or of the answers (`form` is the
    /// form count), made around `facts` when there is none yet.
    private func scorer(_ form: Int, around facts: [Double]) -> ChangeScorer? {
        if scorers[form] == nil { scorers[form] = ChangeScorer(ruleBase: ruleBase, facts: facts) }
        return scorers[form]!
    }

    /// The answer that `profile` (an answer to the question) gives, when a witness is
    /// found for every form that could win before it; else nil.
    func answer(_ profile: Profile, _ valueClass: ValueClass) -> QuestionChoice.Answer? {
        let formCount = ruleBase.forms.count
        var facts: [Double] = []
        var couldChange = false
        ruleBase.withFacts(of: profile) { buffer, stack in
            facts = Array(buffer)
            profile.values.withUnsafeBufferPointer { given in
                couldChange = ruleBase.program.derivationsCouldChange(
                    given: given.baseAddress!, facts: buffer, stack: stack)
            }
        }
        // A witness is scored as it is: when giving the unknown criteria could change a
        // derived fact, its derivations would have to be replayed.
        guard !couldChange else { return nil }
        // The answer's completions are completions of the facts before it only when it
        // keeps every fact known before: a derivation that the answer lets apply earlier
        // in the order could set a derived fact differently.
        for criterion in facts.indices where !before[criterion].isNaN {
            guard facts[criterion] == before[criterion] else { return nil }
        }
        var scores = [Int64](repeating: 0, count: formCount)
        var partial = facts
        Self.score(ruleBase, scorer(formCount, around: facts), &partial, into: &scores)
        var found: UInt64 = 0
        for form in 0..<formCount where target & (1 << UInt64(form)) != 0 {
            if found & (1 << UInt64(form)) == 0 { found |= rememberedWitness(for: form, facts) }
            if found & (1 << UInt64(form)) == 0 { found |= witness(for: form, facts) }
        }
        // Every witness is a completion, so `found` is within the target; anything else
        // would mean the target was not an over-estimate: leave it to the full analysis.
        guard found == target else { return nil }
        return QuestionChoice.Answer(valueClass, winners: target, scores: scores)
    }

    /// The forms at the top in the completion of `facts` that takes, for each unknown
    /// fact, its value in the last completion where `form` reached the top; 0 when there
    /// is none.
    private func rememberedWitness(for form: Int, _ facts: [Double]) -> UInt64 {
        let values = remembered[form]
        guard !values.isEmpty else { return 0 }
        var completion = facts
        for criterion in completion.indices where facts[criterion].isNaN {
            completion[criterion] = values[criterion]
        }
        var scores = [Int64](repeating: 0, count: ruleBase.forms.count)
        let top = scoreWitness(&completion, for: form, &scores)
        if top & (1 << UInt64(form)) != 0 { rememberedHits += 1 }
        return top
    }

    /// The forms at the top in `completion` (every unknown fact given), tried for `form`,
    /// one bit per form; the completion is remembered for each of them. Its scores go to
    /// `scores`.
    private func scoreWitness(
        _ completion: inout [Double], for form: Int, _ scores: inout [Int64]
    ) -> UInt64 {
        let formCount = ruleBase.forms.count
        let values = completion
        Self.score(ruleBase, scorer(form, around: values), &completion, into: &scores)
        let top = Ranking.topMask(count: formCount) { scores[$0] }
        for form in 0..<formCount where top & (1 << UInt64(form)) != 0 {
            remembered[form] = values
        }
        return top
    }

    /// The forms at the top in the completions of `facts` tried for `form`, one bit per
    /// form. Each unknown fact takes the class that most helps `form` against its rivals
    /// weighted (by the points each class adds on its own); after each completion scored,
    /// the rivals still ahead weigh more, for a few rounds or until `form` reaches the top.
    private func witness(for form: Int, _ facts: [Double]) -> UInt64 {
        let formCount = ruleBase.forms.count
        var weights = [Double](repeating: 1, count: formCount)
        weights[form] = 0
        var found: UInt64 = 0
        var completion = facts
        var scores = [Int64](repeating: 0, count: formCount)
        for _ in 0..<Self.rounds {
            for criterion in completion.indices where facts[criterion].isNaN {
                completion[criterion] =
                    representatives[criterion][choice(criterion, for: form, weights)]
            }
            let top = scoreWitness(&completion, for: form, &scores)
            found |= top
            if top & (1 << UInt64(form)) != 0 { break }
            for other in 0..<formCount where other != form && scores[other] > scores[form] {
                weights[other] *= 3
            }
        }
        return found
    }

    /// The completions tried per form and answer.
    static let rounds = 6

    /// The class of `criterion` that adds most to `form`'s lead over the other forms,
    /// each weighted, on its own (the first of equals).
    private func choice(_ criterion: Int, for form: Int, _ weights: [Double]) -> Int {
        let row = gains[criterion]
        let formCount = ruleBase.forms.count
        guard !row.isEmpty else { return 0 }
        var best = 0
        var bestLead = -Double.infinity
        for valueClass in 0..<(row.count / formCount) {
            let base = valueClass * formCount
            var lead = 0.0
            for other in 0..<formCount where other != form {
                lead += weights[other] * Double(row[base + form] &- row[base + other])
            }
            if lead > bestLead {
                best = valueClass
                bestLead = lead
            }
        }
        return best
    }

    /// The scores of the rules on `facts` as they are (no derivation), in micro-points:
    /// from the rows of the facts scored before by `scorer` when it can, else whole.
    private static func score(
        _ ruleBase: RuleBase, _ scorer: ChangeScorer?, _ facts: inout [Double],
        into scores: inout [Int64]
    ) {
        if let scorer {
            let found = facts.withUnsafeMutableBufferPointer { facts in
                scores.withUnsafeMutableBufferPointer { scores in
                    scorer.score(facts, into: scores.baseAddress!)
                }
            }
            if found { return }
        }
        ruleBase.scoreFacts(facts, into: &scores)
    }
}
