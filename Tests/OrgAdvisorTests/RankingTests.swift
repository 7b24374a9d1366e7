import TestSupport
import Testing

@testable import OrgAdvisorEngine

/// ``Ranking`` against the rule written out plainly: sort the pairs (score, index) by
/// score descending, then index ascending.
@Suite("Ranking")
struct RankingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let forms: Int
        let distinctScores: Int
        var testDescription: String { "\(forms) forms, \(distinctScores) distinct scores" }
    }

    static let cases = [
        Case(forms: 1, distinctScores: 1), Case(forms: 2, distinctScores: 1),
        Case(forms: 5, distinctScores: 2), Case(forms: 5, distinctScores: 50),
        Case(forms: 9, distinctScores: 3), Case(forms: 70, distinctScores: 4),
    ]

    private static func plainOrder(_ scores: [Int64]) -> [Int] {
        zip(scores, scores.indices).sorted { lhs, rhs in
            lhs.0 > rhs.0 || (lhs.0 == rhs.0 && lhs.1 < rhs.1)
        }.map { $0.1 }
    }

    @Test("order, rank in place, winner and tie agree with a plain sort", arguments: cases)
    func agreesWithPlainSort(_ testCase: Case) {
        var generator = SeededGenerator(
            state: UInt64(testCase.forms * 1000 + testCase.distinctScores))
        for _ in 0..<200 {
            let scores = (0..<testCase.forms).map { _ in
                Int64.random(in: 0..<Int64(testCase.distinctScores), using: &generator) - 1
            }
            let expected = RankingTests.plainOrder(scores)
            #expect(Ranking.order(scores) == expected)
            var inPlace = [Int](repeating: -1, count: scores.count)
            Ranking.rank(scores, into: &inPlace)
            #expect(inPlace == expected)
            #expect(Ranking.winner(scores) == expected[0])
            let top = Ranking.top(count: scores.count) { scores[$0] }
            #expect(top.form == expected[0])
            #expect(top.tied == (scores.count { $0 == scores[expected[0]] } > 1))
            let doubles = scores.map(Double.init)
            #expect(Ranking.order(doubles) == expected)
        }
    }
}
