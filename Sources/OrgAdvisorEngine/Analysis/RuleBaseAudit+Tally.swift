import OrgAdvisorRules

extension RuleBaseAudit {
    /// Checks the fact profiles at the positions in `range`.
    ///
    /// One loop over the fact profiles, about 110 lines: its state (the scores, the
    /// rankings, the fired rules, the counter) lives in locals reused from one profile
    /// to the next, which is what makes `check --deep` fast; the steps around it (the
    /// flat option tables, the recording of ties) are apart.
    public func tally(_ range: Range<Int>) -> AuditTally {
        let program = ruleBase.program
        let formCount = ruleBase.forms.count
        var tally = AuditTally(rules: ruleBase.rules.count, forms: formCount)
        guard isComplete, !range.isEmpty else { return tally }
        var counter = MixedRadixCounter(
            radices: components.map { $0.options.count }, position: range.lowerBound)
        var values = [Double](repeating: .nan, count: ruleBase.criteria.count)
        func load(_ position: Int, _ digit: Int) {
            let option = components[position].options[digit]
            for (offset, criterion) in components[position].read.enumerated() {
                values[criterion] = option.facts[offset]
            }
        }
        for position in components.indices { load(position, counter.digits[position]) }
        var scores = [Int64](repeating: 0, count: formCount)
        var without = scores
        var ranking = Array(0..<formCount)
        var other = ranking
        var fired: [Int] = []
        let options = FlatOptions(components)
        let (first, optionCount, optionGiven) = (options.first, options.count, options.given)
        let (optionScores, firedStart, firedRules) = (
            options.scores, options.firedStart, options.firedRules
        )
        // Rules that read several components: evaluated per fact profile.
        var local = Set<Int>()
        for component in components { local.formUnion(component.localRules) }
        let crossRules = ruleBase.rules.indices.filter { !local.contains($0) }
        let neutral = ruleBase.rules.map { rule in
            rule.points.allSatisfy { $0.points.thousandths == 0 }
        }
        // Ties by bit mask of the tied forms (when there are at most 64 forms).
        var tiesByMask: [UInt64: AuditTally.Tie] = [:]
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: program.maxStack + 1) { stack in
            for position in range {
                var count = 1
                var given = 0
                for form in 0..<formCount { scores[form] = 0 }
                fired.removeAll(keepingCapacity: true)
                for index in 0..<counter.digits.count {
                    let option = first[index] + counter.digits[index]
                    count &*= optionCount[option]
                    given += optionGiven[option]
                    for slot in firedStart[option]..<firedStart[option + 1] {
                        fired.append(firedRules[slot])
                    }
                    let base = option * formCount
                    for form in 0..<formCount { scores[form] &+= optionScores[base + form] }
                }
                let example = AuditTally.Example(given: given, position: position)
                tally.factProfiles += 1
                tally.profiles &+= count
                if !crossRules.isEmpty {
                    values.withUnsafeMutableBufferPointer { buffer in
                        program.addPoints(
                            of: crossRules, buffer, stack: stack.baseAddress!, to: &scores
                        ) { fired.append($0) }
                    }
                }
                if fired.isEmpty {
                    tally.silentProfiles &+= count
                } else {
                    Ranking.rank(scores, into: &ranking)
                    for (offset, form) in ranking.enumerated() {
                        let place = offset + 1
                        if place < tally.bestRank[form] {
                            tally.bestRank[form] = place
                            tally.bestRankExample[form] = example
                        } else if place == tally.bestRank[form] {
                            tally.bestRankExample[form] = AuditTally.simplest(
                                tally.bestRankExample[form], example)
                        }
                    }
                    tally.wins[ranking[0]] &+= count
                    let top = scores[ranking[0]]
                    if formCount > 1 && scores[ranking[1]] == top {
                        if formCount <= 64 {
                            var mask: UInt64 = 0
                            for form in ranking where scores[form] == top { mask |= 1 << form }
                            AuditTally.add(count, example, to: &tiesByMask, at: mask)
                        } else {
                            let tied = ranking.prefix { scores[$0] == top }.sorted()
                            AuditTally.add(count, example, to: &tally.ties, at: tied)
                        }
                    }
                    for rule in fired {
                        tally.ruleFires[rule] &+= count
                        tally.ruleExample[rule] = AuditTally.simplest(
                            tally.ruleExample[rule], example)
                        guard !tally.ruleChangesRanking[rule], !neutral[rule] else { continue }
                        without = scores
                        program.forEachPoint(ofRule: rule) { form, points in
                            without[form] &-= points
                        }
                        Ranking.rank(without, into: &other)
                        if other != ranking { tally.ruleChangesRanking[rule] = true }
                    }
                }
                counter.increment { index, digit in
                    if !crossRules.isEmpty { load(index, digit) }
                }
            }
        }
        for (mask, tie) in tiesByMask {
            tally.ties[(0..<formCount).filter { mask & (1 << $0) != 0 }] = tie
        }
        return tally
    }
}

/// The options of every component, flat: option `digit` of component `c` is number
/// `first[c] + digit`, its fired rules `firedRules[firedStart[o]..<firedStart[o + 1]]`
/// and its scores `scores[o * formCount...]`.
private struct FlatOptions {
    var first: [Int] = []
    var count: [Int] = []
    var given: [Int] = []
    var scores: [Int64] = []
    var firedStart: [Int] = [0]
    var firedRules: [Int] = []

    init(_ components: [AuditComponent]) {
        for component in components {
            first.append(count.count)
            for option in component.options {
                count.append(option.count)
                given.append(option.given)
                scores += option.scores
                firedRules += option.fired
                firedStart.append(firedRules.count)
            }
        }
    }
}

extension AuditTally {
    /// Adds `count` profiles with their simplest `example` to the tie at `key`.
    fileprivate static func add<Key: Hashable>(
        _ count: Int, _ example: Example, to ties: inout [Key: Tie], at key: Key
    ) {
        if var tie = ties[key] {
            tie.count &+= count
            tie.example = min(tie.example, example)
            ties[key] = tie
        } else {
            ties[key] = Tie(count: count, example: example)
        }
    }
}
