import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The criterion kinds are declared once, by ``Criterion/Kind``: every kind's name is a
/// type the rule language accepts and compiles to that kind, and the error for an
/// unknown type lists exactly those names.
@Suite("Criterion kinds")
struct CriterionKindTests {
    /// A rule base with one criterion of the type `type` (values for listed kinds).
    static func source(type: String) -> String {
        """
        criterion c: \(type)
            label "C"
        \(type == "choice" || type == "level" ? "    value a\n    value b\n" : "")\
        form f
            label "F"
            description "F"

        """
    }

    @Test("each kind's name compiles to that kind", arguments: Criterion.Kind.allCases)
    func kindNameCompiles(_ kind: Criterion.Kind) throws {
        let rules = try RuleBase(source: Self.source(type: kind.rawValue))
        #expect(rules.criteria[0].kind == kind)
    }

    @Test("an unknown type is an error that lists every kind's name")
    func unknownTypeListsKinds() throws {
        #expect(throws: RuleBaseError.self) {
            try RuleBase(source: Self.source(type: "decimals"))
        }
        do {
            _ = try RuleBase(source: Self.source(type: "decimals"))
        } catch {
            let message = try #require(error.diagnostics.first?.message)
            #expect(
                message == "unknown type 'decimals'; expected "
                    + QuotedList.alternatives(Criterion.Kind.allCases.map(\.rawValue)))
        }
    }
}
