import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The class tables as `TableBuilder` builds them (comparisons found by binary search,
/// each rule run once per combination of its own segments) against the plain
/// construction: local classes where some comparison of the table's rules tells two
/// neighbouring value classes apart (`AtomBoundaries.separate`), and each row the sum of
/// the points of the rules true on its representatives, every rule run on every row.
@Suite("Table builder")
struct TableBuilderTests {
    /// The plain local classes of one slot: for each value class and unknown, its local
    /// class, and the representatives of the local classes.
    static func plainLocalClasses(_ rules: RuleBase, group: RuleGroup, criterion: Int)
        -> (map: [Int32], representatives: [Double])
    {
        var atoms: [Int: [ProfileSpace.Atom]] = [:]
        for position in group.rules {
            let rule = rules.program.memory.groupRules[position]
            rules.rules[rule].condition.collectAtoms(into: &atoms)
        }
        let boundaries = AtomBoundaries(atoms[criterion] ?? [])
        let classes = rules.valueClasses[criterion]
        var map: [Int32] = []
        var representatives: [Double] = []
        for (index, valueClass) in classes.enumerated() {
            if index == 0 || rules.criteria[criterion].kind.isEnumerated
                || boundaries.separate(classes[index - 1].representative, valueClass.representative)
            {
                representatives.append(valueClass.representative)
            }
            map.append(Int32(representatives.count - 1))
        }
        map.append(Int32(representatives.count))
        representatives.append(.nan)
        return (map, representatives)
    }

    /// Every table's slot maps and rows against the plain construction.
    static func disagreements(_ rules: RuleBase) -> [String] {
        let program = rules.program
        let formCount = program.memory.formCount
        var problems: [String] = []
        var facts = [Double](repeating: .nan, count: rules.criteria.count)
        var stack = [UInt8](repeating: 0, count: program.memory.maxStack + 1)
        for groupIndex in program.memory.groups.indices {
            let group = program.memory.groups[groupIndex]
            var locals: [[Double]] = []
            for slot in group.slots {
                let criterion = program.memory.slotCriterion[slot]
                let (map, representatives) = plainLocalClasses(
                    rules, group: group, criterion: criterion)
                let start = program.memory.slotMapStart[slot]
                let built = (0..<map.count).map { program.memory.slotMaps[start + $0] }
                let stride = Int32(program.memory.slotStride[slot])
                if built != map.map({ $0 * stride }) {
                    problems.append("table \(groupIndex), criterion \(criterion): map \(built)")
                }
                locals.append(representatives)
            }
            for row in 0..<group.rowCount {
                for (offset, slot) in group.slots.enumerated() {
                    let local = row / program.memory.slotStride[slot] % locals[offset].count
                    facts[program.memory.slotCriterion[slot]] = locals[offset][local]
                }
                var expected = [Int64](repeating: 0, count: formCount)
                for position in group.rules {
                    let rule = program.memory.groupRules[position]
                    let truth = facts.withUnsafeMutableBufferPointer { values in
                        stack.withUnsafeMutableBufferPointer {
                            rules.program.ruleTruth(rule, values, stack: $0.baseAddress!)
                        }
                    }
                    guard truth == Program.trueValue else { continue }
                    rules.program.forEachPoint(ofRule: rule) { expected[$0] &+= $1 }
                }
                let built = (0..<formCount).map {
                    program.memory.point(row: group.firstRow + row, form: $0)
                }
                if built != expected {
                    problems.append(
                        "table \(groupIndex), row \(row): \(built), expected \(expected)")
                }
            }
            for slot in group.slots { facts[program.memory.slotCriterion[slot]] = .nan }
        }
        return problems
    }

    @Test(
        "the tables are those of the plain construction",
        arguments: [
            RuleBase.builtIn,
            try! RuleBase(source: CompletionAnalysisTableTests.mixedSource, path: "mixed"),
            try! RuleBase(source: ProgramAnalyseTests.tiesSource, path: "ties"),
        ])
    func builtInAndFixtures(_ rules: RuleBase) {
        #expect(Self.disagreements(rules) == [])
    }

    @Test("the tables of random rule bases are those of the plain construction", arguments: 1...4)
    func randomRuleBases(seed: UInt64) throws {
        var generator = SeededGenerator(state: 100 + seed)
        for number in 0..<40 {
            let base = RandomRuleBase.random(using: &generator)
            let rules = try RuleBase(source: base.source, path: "random-\(number).orgrules")
            let problems = Self.disagreements(rules)
            #expect(problems.count == 0, "\(base.source)\n\(problems.prefix(5))")
        }
    }
}
