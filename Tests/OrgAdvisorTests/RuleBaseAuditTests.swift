import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

@Suite("Deep check of a rule base")
struct RuleBaseAuditTests {
    /// Two forms and three criteria; each case adds declarations.
    static let header = """
        criterion size: level
            label "Size"
            value small
            value medium
            value large

        criterion sites: integer from 1
            label "Sites"

        criterion phone: yesno
            label "Phone"

        form alpha
            label "Alpha"
            description "A"

        form beta
            label "Beta"
            description "B"

        """

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let declarations: String
        /// The expected findings, as `kind subject` or `kind subject (explained)`.
        let expected: [String]
        var testDescription: String { name }
    }

    /// Three rules with no finding: alpha wins small companies, beta the others and
    /// any company with a phone line; no two forms ever share the top score.
    static let base = """
        rule small-alpha
            when size = small
            points alpha +2
            because "a"
        rule large-beta
            when size >= medium
            points beta +2
            because "b"
        rule phone-beta
            when phone = yes
            points beta +1
            because "c"

        """

    static let cases: [Case] = [
        Case(name: "none", declarations: base, expected: []),
        Case(
            name: "never-true",
            declarations: base + """
                rule contradiction
                    when size = small and not (size <= medium)
                    points beta +1
                    because "c"
                """, expected: ["never-true contradiction"]),
        Case(
            name: "never-true through a derivation",
            declarations: base + """
                derive small-if-one-site
                    set size = small
                    when sites = 1
                rule one-site-unknown-size
                    when sites = 1 and not (size in [small, medium, large])
                    points alpha +1
                    because "impossible: one site derives the size"
                """, expected: ["never-true one-site-unknown-size"]),
        Case(
            // Beta already leads every large company: one more point changes nothing.
            name: "no-effect",
            declarations: base + """
                rule large-bonus
                    when size = large
                    points beta +1
                    because "more for beta"
                """, expected: ["no-effect large-bonus"]),
        Case(
            name: "never-applies",
            declarations: base + """
                derive small-if-one-site
                    set size = small
                    when sites = 1
                derive shadowed
                    set size = large
                    when sites <= 1
                derive impossible
                    set size = medium
                    when sites > 5 and sites < 3
                """, expected: ["never-applies shadowed", "never-applies impossible"]),
        Case(
            // Beta only ever ties with alpha, which declaration order ranks first; so
            // beta never wins, and no rule can change a ranking that alpha always leads.
            name: "never-wins and tie",
            declarations: """
                rule small-alpha
                    when size = small
                    points alpha +2
                    because "a"
                rule large-both
                    when size = large
                    points alpha +1, beta +1
                    because "b"
                """,
            expected: [
                "tie alpha,beta", "never-wins beta", "no-effect small-alpha",
                "no-effect large-both",
            ]),
        Case(
            name: "explained and unused",
            declarations: """
                rulebase "r" version "1"
                    accept tie "Both fit large companies."
                form gamma
                    label "Gamma"
                    description "C"
                    accept never-wins "Gamma is listed for completeness."
                rule small-alpha
                    when size = small
                    points alpha +2
                    because "a"
                    accept never-true "Not found: this rule fires."
                rule large-both
                    when size >= medium
                    points beta +2, gamma +2
                    because "b"
                """,
            expected: [
                "tie beta,gamma (explained)", "never-wins gamma (explained)",
                "no-effect small-alpha", "unused-accept small-alpha",
            ]),
    ]

    /// The findings as `kind subject`, in report order.
    static func summary(_ report: AuditReport) -> [String] {
        let rules = report.ruleBase
        return report.findings.map { finding in
            var subject: String
            switch finding.subject {
            case .ruleBase: subject = "rulebase"
            case .rule(let index): subject = rules.rules[index].id
            case .derivation(let index): subject = rules.derivations[index].id
            case .form: subject = finding.forms.map { rules.forms[$0].id }.joined(separator: ",")
            }
            if finding.kind == .unusedAccept, case .form(let index) = finding.subject {
                subject = rules.forms[index].id
            }
            return "\(finding.kind.rawValue) \(subject)"
                + (finding.isExplained ? " (explained)" : "")
        }
    }

    static let fixturePath = "Tests/OrgAdvisorTests/Fixtures/deep/findings.orgrules"

    static func fixtureRules() throws -> RuleBase {
        try RuleBase(source: try TestFiles.text(fixturePath), path: fixturePath)
    }

    @Test("small rule bases give exactly their known findings", arguments: cases)
    func knownFindings(_ test: Case) throws {
        let rules = try RuleBase(source: Self.header + test.declarations, path: "case.orgrules")
        let report = RuleBaseAudit(rules).run()
        #expect(report.isComplete)
        #expect(Self.summary(report) == test.expected)
    }

    @Test("the findings of the fixture: messages, examples, counts and best rank")
    func fixture() throws {
        let rules = try Self.fixtureRules()
        let report = RuleBaseAudit(rules).run()
        #expect(report.factProfiles == 9)
        #expect(report.profiles == 36)
        #expect(report.silentProfiles == 6)
        let tie = try #require(report.findings.first { $0.kind == .tie })
        #expect(tie.count == 3)
        #expect(report.flags(try #require(tie.example)) == "--phone yes")
        let gamma = try #require(report.findings.first { $0.kind == .neverWins })
        #expect(gamma.bestRank == 3)
        #expect(gamma.message == "form 'gamma' never wins: its best rank is 3 of 3")
        let shadowed = try #require(
            report.findings.first { $0.message.contains("large-if-one-site") })
        #expect(
            shadowed.message
                == "derivation 'large-if-one-site' never applies: whenever its condition is true, 'size' is already given or derived"
        )
        #expect(report.count(.error) == 3)
        #expect(report.findings.count(where: \.isExplained) == 1)
    }

    @Test("the default rule base passes: every finding is explained")
    func builtInPasses() {
        let report = RuleBaseAudit(RuleBase.builtIn).run(parts: 3)
        #expect(report.isComplete)
        #expect(report.unexplained.isEmpty, "\(report.unexplained.map(\.message))")
        #expect(report.findings.allSatisfy { $0.kind == .tie })
    }

    @Test("the output is the same whatever the number of parts", arguments: [1, 2, 3, 7, 64, 1000])
    func partsDoNotMatter(_ parts: Int) throws {
        for rules in [
            RuleBase.builtIn,
            try Self.fixtureRules(),
        ] {
            let audit = RuleBaseAudit(rules)
            let reference = JSONValue.object(audit.run(parts: 1).jsonMembers).serialized(
                pretty: true)
            let split = JSONValue.object(audit.run(parts: parts).jsonMembers).serialized(
                pretty: true)
            #expect(split == reference)
        }
    }

    @Test("the findings are the same whether local rules are cached per option or not")
    func firedBudgetDoesNotMatter() throws {
        var generator = SeededGenerator(state: 11)
        var bases = [RuleBase.builtIn, try Self.fixtureRules()]
        for _ in 0..<10 { bases.append(try Self.randomRuleBase(&generator)) }
        for rules in bases {
            let cached = RuleBaseAudit(rules).run(parts: 2)
            let evaluated = RuleBaseAudit(rules, firedBudget: 0).run(parts: 2)
            #expect(
                JSONValue.object(evaluated.jsonMembers).serialized(pretty: true)
                    == JSONValue.object(cached.jsonMembers).serialized(pretty: true))
        }
    }

    @Test("a space larger than the limit is said so and checked rule by rule")
    func tooLarge() throws {
        let source =
            Self.header + """
                rule contradiction
                    when size = small and size = large
                    points beta +1
                    because "c"
                rule small-alpha
                    when size = small
                    points alpha +2
                    because "a"
                    accept no-effect "Not checked: the space is too large."
                rule beta-less
                    when phone = yes or sites >= 3
                    points beta -1, alpha +1
                    because "alpha always scores at least as much as beta"
                """
        let rules = try RuleBase(source: source)
        let report = RuleBaseAudit(rules, limit: 2).run()
        #expect(!report.isComplete)
        #expect(report.findings.map(\.kind) == [.spaceTooLarge, .neverWins, .neverTrue])
        #expect(
            report.findings[1].message
                == "form 'beta' never wins: 'alpha' scores at least as much in every profile and is declared before it"
        )
        // With the whole space enumerated, the bound agrees.
        let full = RuleBaseAudit(rules).run()
        #expect(full.findings.contains { $0.kind == .neverWins && $0.forms == [1] })
        #expect(report.factProfiles == 0)
    }

    @Test("accept lines survive the built-in archive")
    func archive() throws {
        let compiled = try RuleBase(files: RuleBase.builtInFiles)
        #expect(compiled.acceptances == RuleBase.builtIn.acceptances)
        #expect(!compiled.acceptances.isEmpty)
    }

    // MARK: Brute force

    /// A random rule base over four criteria, with derivations, rules over one to
    /// three criteria, and three forms.
    static func randomRuleBase(_ generator: inout SeededGenerator) throws -> RuleBase {
        let criteria: [(id: String, values: [String])] = [
            ("size", ["small", "medium", "large"]), ("kind", ["one", "two"]),
            ("count", []), ("flag", ["yes", "no"]),
        ]
        func test() -> String {
            let criterion = criteria.randomElement(using: &generator)!
            if criterion.values.isEmpty {
                let op = ["<", "<=", ">", ">=", "=", "!="].randomElement(using: &generator)!
                return "count \(op) \(Int.random(in: 0...6, using: &generator))"
            }
            let value = criterion.values.randomElement(using: &generator)!
            switch Int.random(in: 0...3, using: &generator) {
            case 0: return "\(criterion.id) != \(value)"
            case 1: return "\(criterion.id) in [\(value)]"
            default: return "\(criterion.id) = \(value)"
            }
        }
        func condition(_ depth: Int) -> String {
            if depth == 0 || Bool.random(using: &generator) { return test() }
            switch Int.random(in: 0...2, using: &generator) {
            case 0: return "(\(condition(depth - 1)) and \(condition(depth - 1)))"
            case 1: return "(\(condition(depth - 1)) or \(condition(depth - 1)))"
            default: return "not \(condition(depth - 1))"
            }
        }
        var source = """
            criterion size: level
                label "S"
                value small
                value medium
                value large
            criterion kind: choice
                label "K"
                value one
                value two
            criterion count: integer from 0 to 9
                label "C"
            criterion flag: yesno
                label "F"
            form a
                label "A"
                description "A"
            form b
                label "B"
                description "B"
            form c
                label "C"
                description "C"

            """
        for index in 0..<Int.random(in: 0...3, using: &generator) {
            let target = ["size = small", "size = large", "kind = two", "flag = yes"].randomElement(
                using: &generator)!
            // Derivations read the number (never derived), and perhaps the flag: no cycle.
            var when =
                "count \(["<", ">=", "="].randomElement(using: &generator)!) \(Int.random(in: 0...6, using: &generator))"
            if target != "flag = yes" && Bool.random(using: &generator) {
                when += " and flag = yes"
            }
            source += "derive d\(index)\n    set \(target)\n    when \(when)\n"
        }
        for index in 0..<Int.random(in: 2...8, using: &generator) {
            var points: [String] = []
            for form in ["a", "b", "c"] where Bool.random(using: &generator) {
                points.append("\(form) \(Int.random(in: -3...3, using: &generator))")
            }
            if points.isEmpty { points = ["a 1"] }
            source +=
                "rule r\(index)\n    when \(condition(2))\n    points \(points.joined(separator: ", "))\n    because \"r\"\n"
        }
        return try RuleBase(source: source)
    }

    @Test("the reduced enumeration equals a brute-force enumeration of raw profiles")
    func bruteForce() throws {
        var generator = SeededGenerator(state: 5)
        for _ in 0..<40 {
            let rules = try Self.randomRuleBase(&generator)
            let audit = RuleBaseAudit(rules)
            let tally = audit.ranges(1).reduce(
                into: AuditTally(rules: rules.rules.count, forms: rules.forms.count)
            ) { $0.merge(audit.tally($1)) }
            // Every criterion, read or not, each class or unknown: the raw space.
            let space = ProfileSpace(rules)
            let all = Array(rules.criteria.indices)
            // What rules read, and what the derivations of those read, transitively.
            var involved = Set<Int>()
            for rule in rules.rules { involved.formUnion(rule.criteria) }
            for _ in rules.derivations {
                for derivation in rules.derivations where involved.contains(derivation.target) {
                    involved.formUnion(derivation.condition.criteria)
                }
            }
            let unread = all.filter { !involved.contains($0) }
            let multiplier = space.count(of: unread, includingUnknown: true)!
            var fires = [Int](repeating: 0, count: rules.rules.count)
            var changes = [Bool](repeating: false, count: rules.rules.count)
            var best = [Int](repeating: .max, count: rules.forms.count)
            var wins = [Int](repeating: 0, count: rules.forms.count)
            var ties: [[Int]: Int] = [:]
            var silent = 0
            var total = 0
            var scores: [Score] = []
            var lowest = [[Int64]](
                repeating: [Int64](repeating: .max, count: rules.forms.count),
                count: rules.forms.count)
            func ranking(_ scores: [Score]) -> [Int] {
                rules.forms.indices.sorted {
                    scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1
                }
            }
            space.forEach(varying: all, of: Profile(for: rules), includingUnknown: true) {
                _, profile in
                total += 1
                rules.score(profile, into: &scores)
                for a in rules.forms.indices {
                    for b in rules.forms.indices {
                        lowest[a][b] = min(lowest[a][b], (scores[a] - scores[b]).micro)
                    }
                }
                let facts = rules.withFacts(of: profile) { buffer, _ in Array(buffer) }
                let fired = rules.rules.filter { Tracer.truth($0.condition, facts: facts) == .true }
                if fired.isEmpty {
                    silent += 1
                    return
                }
                let order = ranking(scores)
                for (offset, form) in order.enumerated() {
                    best[form] = min(best[form], offset + 1)
                }
                wins[order[0]] += 1
                let tied = order.filter { scores[$0] == scores[order[0]] }
                if tied.count > 1 { ties[tied.sorted(), default: 0] += 1 }
                for rule in fired {
                    fires[rule.index] += 1
                    var without = scores
                    for entry in rule.points { without[entry.form] -= rule.weight * entry.points }
                    if ranking(without) != order { changes[rule.index] = true }
                }
            }
            #expect(tally.profiles * multiplier == total)
            #expect(tally.silentProfiles * multiplier == silent)
            #expect(tally.ruleFires.map { $0 * multiplier } == fires)
            #expect(tally.ruleChangesRanking == changes)
            #expect(tally.bestRank == best)
            #expect(tally.wins.map { $0 * multiplier } == wins)
            #expect(tally.ties.mapValues { $0.count * multiplier } == ties)
            #expect(audit.lowestDifferences() == lowest)
            // Derivations: applied in some raw profile.
            var applied = Set<Int>()
            space.forEach(varying: all, of: Profile(for: rules), includingUnknown: true) {
                _, profile in
                var values = profile.values
                for index in rules.derivationOrder
                where values[rules.derivations[index].target].isNaN {
                    if Tracer.truth(rules.derivations[index].condition, facts: values) == .true {
                        values[rules.derivations[index].target] = rules.derivations[index].value
                        applied.insert(index)
                    }
                }
            }
            let report = audit.report(tally)
            let reported = Set(
                report.findings.filter { $0.kind == .neverApplies }.compactMap { finding in
                    rules.derivations.first { $0.location == finding.location }?.index
                })
            #expect(reported == Set(rules.derivations.indices).subtracting(applied))
        }
    }
}
