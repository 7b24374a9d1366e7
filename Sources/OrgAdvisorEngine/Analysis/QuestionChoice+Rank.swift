import OrgAdvisorRules

extension QuestionChoice {
    /// What orders questions, best first: the fewest forms left after the worst answer,
    /// then the fewest on average, then the criterion with the higher weight, then the
    /// one declared first.
    struct Rank {
        /// The most forms that could still win after any answer.
        let worstCase: Int
        /// The forms that could still win, added up over the answers.
        let total: Int
        /// The number of answers.
        let answerCount: Int
        /// The weight of the criterion asked about.
        let weight: FixedDecimal
        /// The criterion asked about, by index.
        let criterion: Int

        /// Whether a question of this rank comes before one of `other`.
        func isBefore(_ other: Rank) -> Bool {
            if worstCase != other.worstCase { return worstCase < other.worstCase }
            // The averages, compared without dividing.
            let mean = (total * other.answerCount, other.total * answerCount)
            if mean.0 != mean.1 { return mean.0 < mean.1 }
            if weight != other.weight { return weight > other.weight }
            return criterion < other.criterion
        }

        /// The best rank a question about `criterion` can have once `answers`, the
        /// first of its `count`, are known: every answer leaves at least one form (the
        /// top of each completion can win), so its rank is this or after. A question
        /// that some rank comes before (``isBefore(_:)``) cannot be the best.
        static func bound(
            answers: [Answer], of count: Int, criterion: Int, weight: FixedDecimal
        ) -> Rank {
            var worstCase = 0
            var total = count - answers.count
            for answer in answers {
                worstCase = max(worstCase, answer.possibleWinners.count)
                total += answer.possibleWinners.count
            }
            return Rank(
                worstCase: worstCase, total: total, answerCount: count, weight: weight,
                criterion: criterion)
        }
    }

    /// This question's rank among others; `criteria` give the weights.
    func rank(weights criteria: [Criterion]) -> Rank {
        .bound(
            answers: answers, of: answers.count, criterion: criterion,
            weight: criteria[criterion].weight)
    }
}
