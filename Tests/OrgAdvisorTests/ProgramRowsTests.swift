import TestSupport
import Testing

@testable import OrgAdvisorEngine
@testable import OrgAdvisorRules

/// The row look-up's paths (``Program/addRows(_:scratch:into:)``: the classes found
/// without branches, a listed criterion's table read alone found with its class, a
/// numeric criterion's search tree, the tables over two, three and more criteria each in
/// a loop of their own, more than one table reading a criterion alone, more than 8
/// forms) against every rule evaluated one by one (``Program/scoreEveryRule(_:into:)``),
/// on rule bases that reach each path, with values at and around every threshold,
/// unknown, out of range, not whole, infinite and -0.
@Suite("Program: the row look-up's paths")
struct ProgramRowsTests {
    /// A path of the row look-up.
    enum Path: String, Sendable, CaseIterable {
        /// Listed criteria with a table that reads them alone, found with the class.
        case listedAlone
        /// Listed criteria read only by tables over several criteria.
        case listedJoint
        /// Numeric criteria with a table that reads them alone.
        case numberAlone
        /// Numeric criteria read only by tables over several criteria.
        case numberJoint
        /// A criterion with more than one table that reads it alone.
        case moreUnary
        /// Tables over two criteria.
        case pairs
        /// Tables over three criteria.
        case triples
        /// Tables over four criteria or more.
        case wider
        /// A search tree of three levels or more (more than 64 thresholds).
        case deepSearch
        /// More than 8 forms: rows added form by form.
        case byForm
        /// Only listed criteria read alone: no other rows.
        case listedOnly

        /// Whether the program takes this path.
        func isReached(by program: Program) -> Bool {
            switch self {
            case .listedAlone: return program.memory.listedAloneCount > 0
            case .listedJoint:
                return program.memory.listedCodes.count / 3 > program.memory.listedAloneCount
            case .numberAlone: return program.memory.numberAloneCount > 0
            case .numberJoint:
                return program.memory.numberCodes.count / 5 > program.memory.numberAloneCount
            case .moreUnary: return !program.memory.unaryCodes.isEmpty
            case .pairs: return !program.memory.pairCodes.isEmpty
            case .triples: return !program.memory.tripleCodes.isEmpty
            case .wider: return !program.memory.wideCodes.isEmpty
            case .deepSearch:
                return (0..<program.criterionCount).contains {
                    program.memory.classSearchStart[$0 + 1] - program.memory.classSearchStart[$0]
                        >= 3
                }
            case .byForm: return program.memory.wideRows.isEmpty
            case .listedOnly: return !program.hasOtherRows
            }
        }
    }

    /// A rule base and the paths it must reach.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let source: String
        let paths: [Path]
        let profiles: Int

        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "every path but more than 8 forms",
            source: ProgramRowsTests.source(forms: 3),
            paths: Path.allCases.filter { ![.byForm, .listedOnly, .moreUnary].contains($0) },
            profiles: 3000),
        Case(
            name: "more than 8 forms", source: ProgramRowsTests.source(forms: 9),
            paths: Path.allCases.filter { $0 != .listedOnly && $0 != .moreUnary },
            profiles: 1500),
        Case(
            name: "two tables reading one criterion alone",
            source: ProgramRowsTests.twoUnarySource, paths: [.moreUnary, .numberAlone],
            profiles: 1500),
        Case(
            name: "listed criteria read alone only", source: ProgramRowsTests.listedSource,
            paths: [.listedAlone, .listedOnly], profiles: 1500),
    ]

    @Test("the rows give the points of the rules one by one", arguments: cases)
    func rowsMatchRules(_ run: Case) throws {
        let rules = try RuleBase(source: run.source, path: "\(run.name).orgrules")
        for path in run.paths {
            #expect(path.isReached(by: rules.program), "\(path.rawValue) not reached")
        }
        // Values in a class (the plain look-up's), and now and then one in none.
        let candidates = ProgramRowsTests.candidates(rules)
        let inClass = rules.criteria.indices.map { index in
            candidates[index].filter { rules.program.classIndex(of: $0, criterion: index) >= 0 }
        }
        let outside = rules.criteria.indices.flatMap { index in
            candidates[index].filter { rules.program.classIndex(of: $0, criterion: index) < 0 }
                .map { (index, $0) }
        }
        var generator = SeededGenerator(state: 77)
        for round in 0..<run.profiles {
            var profile = Profile(for: rules)
            for index in rules.criteria.indices
            where round % 5 == 0 || Bool.random(using: &generator) {
                profile.setRawValue(inClass[index].randomElement(using: &generator)!, at: index)
            }
            if round % 8 == 7, let (index, value) = outside.randomElement(using: &generator) {
                profile.setRawValue(value, at: index)
            }
            let (tables, one) = ProgramTests.scores(rules, profile)
            #expect(tables == one, "\(profile)")
            // Batch's analysis scores through the same rows.
            var scores = [Int64](repeating: 0, count: rules.forms.count)
            var ranking = [Int](repeating: 0, count: rules.forms.count)
            _ = profile.values.withUnsafeBufferPointer { given in
                rules.program.analyse(given.baseAddress!, scores: &scores, ranking: &ranking)
            }
            #expect(scores == one, "\(profile)")
        }
    }

    @Test("the classes found without branches are those of the plain look-up", arguments: cases)
    func classesMatchPlainLookUp(_ run: Case) throws {
        let rules = try RuleBase(source: run.source, path: "\(run.name).orgrules")
        let program = rules.program
        let candidates = ProgramRowsTests.candidates(rules)
        var classes = [Int](repeating: -2, count: rules.criteria.count)
        for criterion in rules.criteria.indices where program.isRead(criterion) {
            for value in candidates[criterion] {
                var values = [Double](repeating: .nan, count: rules.criteria.count)
                values[criterion] = value
                let valid = values.withUnsafeMutableBufferPointer { values in
                    program.classify(values, into: &classes)
                }
                let plain = program.classIndex(of: value, criterion: criterion)
                #expect(valid == (plain >= 0), "\(rules.criteria[criterion].id) = \(value)")
                if valid {
                    #expect(
                        classes[criterion] == plain, "\(rules.criteria[criterion].id) = \(value)")
                }
            }
        }
    }

    /// The values tried for each criterion: every index of a listed criterion and around
    /// every constant of a number, unknown, and values in no class.
    static func candidates(_ rules: RuleBase) -> [[Double]] {
        var constants: [Int: [Double]] = [:]
        for rule in rules.rules { rule.condition.collectConstants(into: &constants) }
        return rules.criteria.map { criterion in
            var values: [Double] = [.nan, .nan, -0.0, .infinity, -.infinity]
            if criterion.kind.isEnumerated {
                values += criterion.values.indices.map { Double($0) }
                values += criterion.values.indices.map { Double($0) }
                values += [-1, Double(criterion.values.count), 0.5, 1e300, 0x1p52 + 1]
                return values
            }
            for constant in constants[criterion.index] ?? [] {
                values += [
                    constant, constant.nextUp, constant.nextDown, constant + 0.5, constant - 0.5,
                    constant + 1, constant - 1,
                ]
            }
            if let minimum = criterion.minimum { values += [minimum, minimum - 1, minimum - 0.5] }
            if let maximum = criterion.maximum { values += [maximum, maximum + 1, maximum.nextUp] }
            return values
        }
    }
}
