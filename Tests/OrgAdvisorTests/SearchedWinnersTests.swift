import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// When the unknown criteria have too many combinations for exact bounds, the
/// evaluation still searches for its possible winners alone (as batch does): they are
/// exact whenever that search settles them, and the status follows them.
@Suite("Possible winners searched when the bounds are estimated")
struct SearchedWinnersTests {
    /// Four numbers, three of them with 60 thresholds read two by two and n1 with one
    /// (2 × 61³ combinations of their classes, past the analysis's limit for bounds).
    /// With `k = yes`, A leads by 15 whatever the numbers are and C is out of reach; B
    /// takes 10 when `n1 >= 20 and n2 >= 20`, and 10 when `n1 < 20`: at most 10, never
    /// both, so only A can win. Taking each table at its best, as the estimate does, B
    /// could reach 20; the search settles it in a few dozen steps (n1's two classes, then
    /// n2's).
    static var source: String {
        var text = """
            criterion n1: integer from 0
                label "n1"
            criterion n2: integer from 0
                label "n2"
            criterion n3: integer from 0
                label "n3"
            criterion n4: integer from 0
                label "n4"
            criterion k: yesno
                label "k"

            form a
                label "A"
                description "A."
            form b
                label "B"
                description "B."
            form c
                label "C"
                description "C."

            rule lead
                when k = yes
                points a +15, c -1000
                because "A leads, C never."
            rule both-high
                when n1 >= 20 and n2 >= 20
                points b +10
                because "B, high."
            rule low
                when n1 < 20
                points b +10
                because "B, low."

            """
        // Thresholds that cut n2, n3 and n4 into 61 classes, read two by two.
        for step in 1...60 {
            for (first, second) in [("n2", "n3"), ("n3", "n4"), ("n2", "n4")] {
                text += """
                    rule split-\(first)-\(second)-\(step)
                        when \(first) >= \(step) and \(second) >= \(step)
                        points c +1
                        because "Splits."

                    """
            }
        }
        return text
    }

    @Test("the bounds are estimated, the possible winners exact, and the result decided")
    func searched() throws {
        let rules = try RuleBase(source: Self.source)
        let evaluation = rules.evaluate(try rules.profile(["k": "yes"]))
        #expect(!evaluation.boundsAreExact)
        #expect(evaluation.possibleWinnersAreExact)
        #expect(evaluation.possibleWinners == [0])
        #expect(evaluation.status == .decided)
        // B's estimated bound still counts both of its rules.
        #expect(evaluation.bounds[1].upperBound >= Score(points: 20))
        // What batch reports for the same profile.
        #expect(rules.searchedWinners(evaluation.profile) == [0])
        // The JSON says which is which, and the headline marks nothing as estimated.
        let json = evaluation.json(language: .english)
        #expect(json["boundsExact"] == .bool(false))
        #expect(json["possibleWinnersExact"] == .bool(true))
        let text = TextReport(language: .english, explain: .summary, whatIfHint: "")
            .renderSummary(evaluation)
        #expect(!text.contains(BatchTableStrings.of(.english).estimated.trimmingPrefix(" ")))
    }

    @Test("the next question's answers are what each answer's evaluation says")
    func answersAgree() throws {
        let rules = try RuleBase(source: Self.source)
        let evaluation = rules.evaluate(try rules.profile([:]))
        let space = ProfileSpace(rules)
        // The question about k: both answers leave the four numbers unknown.
        let choice = try #require(
            rules.question(
                4, for: evaluation, space: space,
                witnesses: AnswerWitnesses(ruleBase: rules, evaluation: evaluation, space: space),
                ranges: EstimateRanges(rules.program)))
        #expect(choice.answers.count == 2)
        for answer in choice.answers {
            var profile = evaluation.profile
            profile.setRawValue(answer.valueClass.representative, at: choice.criterion)
            let whole = rules.evaluate(profile, trace: false)
            #expect(!whole.boundsAreExact)
            #expect(answer.possibleWinners == whole.possibleWinners, "\(profile)")
            #expect(answer.status == whole.status, "\(profile)")
        }
        #expect(choice.answers.contains { $0.status == .decided })
    }
}
