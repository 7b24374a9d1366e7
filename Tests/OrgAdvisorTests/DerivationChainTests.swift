import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// Derivations that read each other in a long chain are ordered without recursion and
/// in memory linear in the chain (a chain of 30,000 took more than 4 GB and one of
/// 100,000 crashed the loader).
@Suite("Derivation chains")
struct DerivationChainTests {
    /// `count` yes/no criteria, `c0` derived from `c1`, `c1` from `c2`, and so on; with
    /// `cycle`, the last is derived from the one before it as well.
    static func chain(_ count: Int, cycle: Bool = false) -> String {
        var source = "form f\n    label \"f\"\n    description \"d\"\n"
        for index in 0..<count {
            source += "criterion c\(index): yesno\n    label \"c\"\n"
        }
        for index in 0..<count - 1 {
            source += "derive d\(index)\n    set c\(index) = yes\n    when c\(index + 1) = yes\n"
        }
        if cycle {
            source += "derive back\n    set c\(count - 1) = yes\n    when c\(count - 2) = yes\n"
        }
        return source + "rule r\n    when c0 = yes\n    points f +1\n    because \"b\"\n"
    }

    @Test("a chain of 50,000 derivations loads and derives from one end to the other")
    func longChain() throws {
        let count = 50_000
        let rules = try RuleBase(source: Self.chain(count))
        #expect(rules.derivationOrder.first == count - 2)
        #expect(rules.derivationOrder.last == 0)
        var profile = Profile(for: rules)
        profile.setRawValue(0, at: count - 1)
        #expect(rules.evaluate(profile, trace: false).fact(0) == 0)
    }

    @Test("a cycle at the end of a chain of 50,000 derivations is reported")
    func cycleAtTheEnd() {
        let count = 50_000
        #expect {
            try RuleBase(source: Self.chain(count, cycle: true))
        } throws: { error in
            let messages = (error as? RuleBaseError)?.diagnostics.map(\.message) ?? []
            return messages.contains(
                "derivations form a cycle: 'c\(count - 2)' → 'c\(count - 1)' → 'c\(count - 2)'; a derived criterion cannot depend on itself"
            )
        }
    }
}
