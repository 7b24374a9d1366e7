import OrgAdvisorRules

/// What the cases of a test suite exercise of their rule base (`orgadvisor test
/// --coverage`): how many cases each rule fired in, each value of each criterion was
/// reached in (after derivations; numbers by the classes of values the rules tell
/// apart, see ``ProfileSpace``), and each criterion was unknown in, each advice item
/// applied in, and each form won.
///
/// A form *wins* a case when it is ranked first there (ties broken by declaration
/// order) and some rule fired, as in the deep check: a case where no rule fires counts
/// for no form.
///
/// ```swift
/// let results = suite.run()
/// let coverage = RuleTestCoverage(results, ruleBase: suite.ruleBase)
/// print(coverage.unfiredRules.map { suite.ruleBase.rules[$0].id })
/// ```
public struct RuleTestCoverage: Sendable {
    /// The rule base the cases ran against.
    public let ruleBase: RuleBase
    /// The number of cases.
    public let caseCount: Int
    /// The ids of the cases that failed, in file order.
    public let failedCases: [String]
    /// For each rule, the number of cases in which it fired.
    public let ruleFirings: [Int]
    /// For each criterion, its classes of values, in increasing order.
    public let classes: [[ValueClass]]
    /// For each criterion, for each of its classes, the number of cases whose value
    /// (given or derived) falls in it.
    public let classCounts: [[Int]]
    /// For each criterion, the number of cases in which it is neither given nor derived.
    public let unknownCounts: [Int]
    /// For each advice item, the number of cases in which it applies.
    public let adviceCounts: [Int]
    /// For each form, the number of cases it wins.
    public let wins: [Int]

    /// The coverage of the results of running a suite against `ruleBase`.
    public init(_ results: [RuleTestResult], ruleBase: RuleBase) {
        self.ruleBase = ruleBase
        caseCount = results.count
        failedCases = results.filter { !$0.passed }.map { $0.testCase.id }
        let space = ProfileSpace(ruleBase)
        classes = space.classes
        var firings = [Int](repeating: 0, count: ruleBase.rules.count)
        var classCounts = space.classes.map { [Int](repeating: 0, count: $0.count) }
        var unknown = [Int](repeating: 0, count: ruleBase.criteria.count)
        var advice = [Int](repeating: 0, count: ruleBase.advice.count)
        var wins = [Int](repeating: 0, count: ruleBase.forms.count)
        for result in results {
            let evaluation = result.evaluation
            // The suite runs with traces; a result without one is evaluated again.
            let trace = evaluation.trace ?? ruleBase.evaluate(evaluation.profile, trace: true).trace
            var fired = false
            for rule in trace?.rules ?? [] where rule.outcome == .true {
                firings[rule.rule] += 1
                fired = true
            }
            for criterion in ruleBase.criteria.indices {
                if let value = evaluation.fact(criterion),
                    let index = space.classIndex(of: value, criterion: criterion)
                {
                    classCounts[criterion][index] += 1
                } else {
                    unknown[criterion] += 1
                }
            }
            for item in evaluation.advice { advice[item] += 1 }
            if fired { wins[evaluation.ranking[0]] += 1 }
        }
        ruleFirings = firings
        self.classCounts = classCounts
        unknownCounts = unknown
        adviceCounts = advice
        self.wins = wins
    }

    /// The rules that fired in no case, by index.
    public var unfiredRules: [Int] { ruleFirings.indices.filter { ruleFirings[$0] == 0 } }

    /// The classes of values that no case reached, in criterion order.
    public var unreachedClasses: [ValueClass] {
        var unreached: [ValueClass] = []
        for criterion in classes.indices {
            for index in classes[criterion].indices where classCounts[criterion][index] == 0 {
                unreached.append(classes[criterion][index])
            }
        }
        return unreached
    }

    /// The criteria that are known (given or derived) in every case, by index: no case
    /// tries them unknown.
    public var criteriaNeverUnknown: [Int] {
        unknownCounts.indices.filter { unknownCounts[$0] == 0 }
    }

    /// The advice items that apply in no case, by index.
    public var unreachedAdvice: [Int] { adviceCounts.indices.filter { adviceCounts[$0] == 0 } }

    /// The forms that win no case, by index.
    public var formsNeverWinning: [Int] { wins.indices.filter { wins[$0] == 0 } }

    /// The number of value options (every class of every criterion, and unknown for each)
    /// and how many of them some case reaches.
    public var valueOptions: (reached: Int, total: Int) {
        let total = classCounts.reduce(0) { $0 + $1.count } + unknownCounts.count
        let reached =
            classCounts.reduce(0) { sum, counts in sum + counts.count { $0 > 0 } }
            + unknownCounts.count { $0 > 0 }
        return (reached, total)
    }
}
