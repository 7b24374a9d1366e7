import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The compiled tables an archive holds are checked against its rules before they are
/// used (``ProgramTables/validate(criteria:rules:classes:formCount:)``): each kind of damage
/// that the checksum of a resealed archive would not catch is refused with its reason.
@Suite("Compiled tables: checked against the rules")
struct ProgramTablesValidationTests {
    /// One kind of damage to a rule base's tables, and the reason it is refused for.
    struct Damage: Sendable, CustomTestStringConvertible {
        let testDescription: String
        let apply: @Sendable (inout ProgramTables) -> Void
        let reason: String
    }

    /// Random rules with tables over one to three criteria, and a few forms.
    static let rules = try! ClassAnalysisSearchTests.coupledRules(seed: 3, rules: 60)

    static let damages = [
        Damage(
            testDescription: "the first form of the first row above its rules' points",
            apply: { $0.rows[0] = Int64.max / 4 },
            reason: "a row of table 0 gives more points than its rules"),
        Damage(
            testDescription: "the last form of the last row below its rules' points",
            apply: { $0.rows[$0.rows.count - 1] = Int64.min / 4 },
            reason: "gives more points than its rules"),
        Damage(
            testDescription: "a form in the middle of a row above its rules' points",
            apply: { tables in
                let formCount = rules.forms.count
                tables.rows[(tables.rows.count / formCount / 2) * formCount + formCount / 2] =
                    Int64.max / 4
            },
            reason: "gives more points than its rules"),
        Damage(
            testDescription: "a row less",
            apply: { $0.rows.removeLast(rules.forms.count) },
            reason: "the rows end before table"),
        Damage(
            testDescription: "a rule in two tables",
            apply: { $0.tableRules[1] = $0.tableRules[0] },
            reason: "is unknown or in two tables"),
        Damage(
            testDescription: "a table's first two criteria swapped, with their class counts",
            apply: { tables in
                // The first table over two criteria, its two slots swapped.
                var slot = 0
                for count in tables.tableSlotCount {
                    if count >= 2 {
                        tables.slotCriterion.swapAt(slot, slot + 1)
                        tables.slotLocalCount.swapAt(slot, slot + 1)
                        return
                    }
                    slot += count
                }
            },
            reason: "the local classes of table"),
    ]

    /// Whether the tables of ``rules`` fit them, or the reason they do not.
    static func refusal(_ tables: ProgramTables) -> String? {
        do throws(RuleBaseArchive.Failure) {
            try tables.validate(
                criteria: rules.criteria, rules: rules.rules, classes: rules.valueClasses,
                formCount: rules.forms.count)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("the tables of a rule base fit it")
    func fit() {
        #expect(Self.refusal(ProgramTables(Self.rules.program.memory)) == nil)
        #expect(ProgramTables(Self.rules.program.memory).tableSlotCount.contains { $0 >= 2 })
    }

    @Test("damaged tables are refused with the reason", arguments: damages)
    func refused(_ damage: Damage) {
        var tables = ProgramTables(Self.rules.program.memory)
        damage.apply(&tables)
        let reason = Self.refusal(tables)
        #expect(reason?.contains(damage.reason) == true, "\(reason ?? "accepted")")
    }
}
