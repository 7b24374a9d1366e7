import TestSupport
import Testing

@testable import OrgAdvisor
@testable import OrgAdvisorBatch
@testable import OrgAdvisorEngine
@testable import OrgAdvisorReports
@testable import OrgAdvisorRules

/// `AtomBoundaries` answers "does some comparison tell these two values apart?" without
/// evaluating every comparison; these tests check it against the comparisons themselves.
@Suite("Atom boundaries")
struct AtomBoundariesTests {
    /// The plain answer: evaluate every comparison on both values.
    static func separatedByEvaluation(_ atoms: [ProfileSpace.Atom], _ a: Double, _ b: Double)
        -> Bool
    {
        atoms.contains { $0.holds(a) != $0.holds(b) }
    }

    @Test("agrees with evaluating every comparison", arguments: 0..<40)
    func agreesWithEvaluation(seed: Int) {
        var generator = SeededGenerator(state: UInt64(seed))
        let constants: [Double] = [-1, 0, 0.5, 1, 2, 2.5, 3, 7]
        let atoms = (0..<Int.random(in: 0...6, using: &generator)).map { _ in
            ProfileSpace.Atom(
                comparison: ComparisonOperator.allCases.randomElement(using: &generator)!,
                constant: constants.randomElement(using: &generator)!)
        }
        let boundaries = AtomBoundaries(atoms)
        let values: [Double] = [-2, -1, -0.5, 0, 0.25, 0.5, 1, 1.5, 2, 2.5, 3, 5, 7, 8]
        for (offset, a) in values.enumerated() {
            for b in values[(offset + 1)...] {
                #expect(
                    boundaries.separate(a, b) == Self.separatedByEvaluation(atoms, a, b),
                    "\(atoms) on \(a) and \(b)")
            }
        }
    }

    @Test("value classes of 100,000 listed constants are found in linear memory")
    func manyConstants() throws {
        let values = (1...100_000).map(String.init).joined(separator: ", ")
        let rules = try RuleBase(
            source: """
                criterion n: integer from 1 to 1000000
                    label "N"
                form a
                    label "A"
                    description "A"
                rule r
                    when n in [\(values)]
                    points a 1
                    because "r"
                """)
        let classes = ProfileSpace(rules).classes[0]
        // Every listed value alone, then everything above.
        #expect(classes.count == 100_001)
        #expect(classes.last?.intervalText == "100001…1000000")
    }
}
