import OrgAdvisorRules

/// The compiled, flat form of a rule base's conditions and points, evaluated without
/// allocating: conditions become postfix instructions over a small stack of truth
/// values (0 false, 1 true, 2 unknown).
///
/// A class of constants: evaluation reads the rule base's program in place, where a
/// struct of arrays would be copied, and each array retained, on every call.
package final class Program: Sendable {
    /// One postfix instruction.
    package struct Instruction: Sendable {
        /// What an instruction does: compare a criterion's value, test its membership
        /// in a set, or combine the truth values on the stack.
        enum Code: UInt8, Sendable {
            case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
            case member, notMember, and, or, not

            /// The instruction of a comparison.
            init(_ comparison: ComparisonOperator) {
                switch comparison {
                case .equal: self = .equal
                case .notEqual: self = .notEqual
                case .less: self = .less
                case .lessOrEqual: self = .lessOrEqual
                case .greater: self = .greater
                case .greaterOrEqual: self = .greaterOrEqual
                }
            }
        }
        var code: Code
        /// The criterion compared or tested.
        var criterion: Int32 = 0
        /// The set tested: its first value in ``ProgramMemory/sets``, and its size.
        var setStart: Int32 = 0
        var setCount: Int32 = 0
        /// The value compared with.
        var constant: Double = 0
    }

    /// A derivation in evaluation order.
    package struct DerivationCode: Sendable {
        var target: Int
        var value: Double
        var code: Range<Int>
    }

    /// The truth values on the condition stack (three-valued logic).
    static let falseValue: UInt8 = 0
    static let trueValue: UInt8 = 1
    static let unknownValue: UInt8 = 2

    /// The constants, in raw memory, for evaluation.
    package let memory: ProgramMemory
    /// The 8-byte words of scratch space ``withFacts(of:_:)`` may need.
    let scratchWords: Int
    /// The scratch space ``addRows(_:scratch:into:)`` needs: a class per criterion and a
    /// row per table.
    let rowScratch: Int
    /// Whether some table's row is not found with a listed criterion's class (see
    /// ``addRows(_:scratch:into:)``).
    let hasOtherRows: Bool
    /// Whether two derivations set the same criterion, so that giving an unknown
    /// criterion can change a derived fact (``derivationsCouldChange(given:facts:stack:)``).
    let sharesDerivationTargets: Bool

    /// The program of finished constants (``ProgramMemory/finish()`` is called here).
    init(_ memory: consuming ProgramMemory) {
        memory.finish()
        scratchWords = memory.criterionCount + (memory.maxStack + 8) / 8
        rowScratch = max(memory.criterionCount + memory.groups.count, 1)
        // Any other criterion that a table reads has a table of its own or one over
        // several criteria.
        hasOtherRows = memory.groups.count > memory.listedAloneCount
        // (``ProgramMemory/derivationTargets`` lists each target once.)
        sharesDerivationTargets = memory.derivations.count > memory.derivationTargets.count
        self.memory = memory
    }

    /// The number of criteria.
    var criterionCount: Int { memory.criterionCount }
    /// The number of forms.
    package var formCount: Int { memory.formCount }
    /// The deepest stack any condition needs.
    var maxStack: Int { memory.maxStack }
    /// See ``ProgramMemory/genericCriteriaMask``.
    var genericCriteriaMask: UInt64 { memory.genericCriteriaMask }

    /// Evaluates the instructions in `code` against `values` (NaN = unknown).
    @inline(__always)
    static func run(
        _ code: Range<Int>, _ instructions: UnsafeBufferPointer<Instruction>,
        _ sets: UnsafeBufferPointer<Double>, _ values: UnsafeMutableBufferPointer<Double>,
        _ stack: UnsafeMutablePointer<UInt8>
    ) -> UInt8 {
        var top = 0
        var index = code.lowerBound
        while index < code.upperBound {
            let instruction = instructions[index]
            index += 1
            var result: UInt8
            switch instruction.code {
            case .and, .or:
                // The decisive value (false for `and`, true for `or`) wins; else two
                // equal values stay, and a known value beside an unknown one is unknown.
                top -= 1
                let lhs = stack[top - 1]
                let rhs = stack[top]
                let decisive = instruction.code == .and ? falseValue : trueValue
                stack[top - 1] =
                    (lhs == decisive || rhs == decisive)
                    ? decisive : (lhs == rhs ? lhs : unknownValue)
                continue
            case .not:
                let operand = stack[top - 1]
                stack[top - 1] = operand == unknownValue ? unknownValue : trueValue - operand
                continue
            default:
                break
            }
            let value = values[Int(instruction.criterion)]
            if value.isNaN {
                result = unknownValue
            } else {
                switch instruction.code {
                case .equal: result = value == instruction.constant ? trueValue : falseValue
                case .notEqual: result = value != instruction.constant ? trueValue : falseValue
                case .less: result = value < instruction.constant ? trueValue : falseValue
                case .lessOrEqual: result = value <= instruction.constant ? trueValue : falseValue
                case .greater: result = value > instruction.constant ? trueValue : falseValue
                case .greaterOrEqual:
                    result = value >= instruction.constant ? trueValue : falseValue
                case .member, .notMember:
                    let start = Int(instruction.setStart)
                    let set = UnsafeBufferPointer(
                        rebasing: sets[start..<start + Int(instruction.setCount)])
                    let found = Condition.sortedContains(set, value) ? trueValue : falseValue
                    result = instruction.code == .member ? found : trueValue - found
                default: result = unknownValue
                }
            }
            stack[top] = result
            top += 1
        }
        return stack[0]
    }

    /// Applies the derivations to `values` in place: a derivation sets its target
    /// when the target is still unknown and its condition is true.
    func derive(_ values: UnsafeMutableBufferPointer<Double>, stack: UnsafeMutablePointer<UInt8>) {
        let derivations = memory.derivations.buffer
        // Usually every target is given: nothing to evaluate.
        var index = 0
        while index < derivations.count && !values[derivations[index].target].isNaN { index += 1 }
        derive(values, from: index, stack: stack)
    }

    /// Runs `body` with the facts of a profile's values (`given`, one per criterion) and
    /// a condition stack: the values themselves and no stack when no derivation can
    /// apply and there is no generic rule (the usual case), else a copy with the
    /// derivations applied, and a stack, both on the stack.
    @inline(__always)
    func withFacts<Result>(
        of given: UnsafePointer<Double>,
        _ body: (UnsafeMutableBufferPointer<Double>, UnsafeMutablePointer<UInt8>?) -> Result
    ) -> Result {
        if let facts = givenFacts(given) { return body(facts, nil) }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: scratchWords) { scratch in
            let raw = UnsafeMutableRawPointer(scratch.baseAddress!)
            let facts = UnsafeMutableBufferPointer(
                start: raw.bindMemory(to: Double.self, capacity: criterionCount),
                count: criterionCount)
            let stack = (raw + 8 * criterionCount).bindMemory(
                to: UInt8.self, capacity: maxStack + 1)
            for index in 0..<criterionCount { facts[index] = given[index] }
            derive(facts, stack: stack)
            return body(facts, stack)
        }
    }

    /// A profile's values (`given`, one per criterion) as its facts, when they are: no
    /// derivation target is unknown (so ``derive(_:stack:)`` would change nothing) and
    /// no generic rule needs a condition stack (the usual case); else nil, and
    /// ``withFacts(of:_:)`` derives them in a copy.
    @inline(__always)
    func givenFacts(_ given: UnsafePointer<Double>) -> UnsafeMutableBufferPointer<Double>? {
        guard memory.genericRules.count == 0 else { return nil }
        let targets = memory.derivationTargets.buffer
        for index in 0..<targets.count where given[targets[index]].isNaN { return nil }
        return UnsafeMutableBufferPointer(
            start: UnsafeMutablePointer(mutating: given), count: criterionCount)
    }

    /// Applies the derivations from the one at `index` on.
    private func derive(
        _ values: UnsafeMutableBufferPointer<Double>, from index: Int,
        stack: UnsafeMutablePointer<UInt8>
    ) {
        let derivations = memory.derivations.buffer
        var index = index
        let instructions = memory.instructions.buffer
        let sets = memory.sets.buffer
        while index < derivations.count {
            let derivation = derivations[index]
            if values[derivation.target].isNaN
                && Program.run(derivation.code, instructions, sets, values, stack)
                    == Program.trueValue
            {
                values[derivation.target] = derivation.value
            }
            index += 1
        }
    }

    /// Writes the scores of a profile's values (`given`, one per criterion, derivations
    /// not applied) into `scores` (one per form, overwritten): the derivations applied
    /// when they can change a fact, then ``score(_:into:stack:)``. No trace, no analysis,
    /// no allocation: ``RuleBase/score(_:into:)``.
    func score(given: UnsafePointer<Double>, into scores: UnsafeMutablePointer<Int64>) {
        for form in 0..<formCount { scores[form] = 0 }
        let buffer = UnsafeMutableBufferPointer(start: scores, count: formCount)
        // The usual case apart from ``withFacts(of:_:)``: a closure called from two places
        // is not inlined.
        if let facts = givenFacts(given) {
            score(facts, into: buffer, stack: nil)
        } else {
            withFacts(of: given) { facts, stack in score(facts, into: buffer, stack: stack) }
        }
    }

    /// Adds the weighted points of every rule whose condition is true to `scores`: one
    /// table row per set of criteria read, then the rules evaluated one by one.
    /// `stack` may be nil only without generic rules (see ``withFacts(of:_:)``).
    func score(
        _ values: UnsafeMutableBufferPointer<Double>,
        into scores: UnsafeMutableBufferPointer<Int64>,
        stack: UnsafeMutablePointer<UInt8>?
    ) {
        let scored = withUnsafeTemporaryAllocation(of: Int.self, capacity: rowScratch) { scratch in
            addRows(values, scratch: scratch.baseAddress!, into: scores.baseAddress!)
        }
        guard scored else {
            scoreEveryRule(values, into: scores.baseAddress!)
            return
        }
        guard let stack else {
            assert(memory.genericRules.count == 0, "generic rules need a condition stack")
            return
        }
        scoreGeneric(values, into: scores.baseAddress!, stack: stack)
    }

    /// Adds the points of every rule whose condition is true, evaluated one by one: for
    /// values in no class (out of their criterion's range), which the tables do not
    /// cover. Exact, and slow.
    @inline(never)
    func scoreEveryRule(
        _ values: UnsafeMutableBufferPointer<Double>, into scores: UnsafeMutablePointer<Int64>
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxStack + 1) { stack in
            for rule in memory.ruleCode.indices
            where ruleTruth(rule, values, stack: stack.baseAddress!) == Program.trueValue {
                forEachPoint(ofRule: rule) { form, points in scores[form] &+= points }
            }
        }
    }

    /// Adds the points of the rules not folded into a table whose condition is true.
    @inline(__always)
    func scoreGeneric(
        _ values: UnsafeMutableBufferPointer<Double>, into scores: UnsafeMutablePointer<Int64>,
        stack: UnsafeMutablePointer<UInt8>
    ) {
        let rules = memory.genericRules.buffer
        guard rules.count > 0 else { return }
        let instructions = memory.instructions.buffer
        let sets = memory.sets.buffer
        let ruleCode = memory.ruleCode.buffer
        let contributions = memory.ruleContributions.buffer
        let forms = memory.contributionForm.buffer
        let points = memory.contributionScore.buffer
        for position in 0..<rules.count {
            let rule = rules[position]
            if Program.run(ruleCode[rule], instructions, sets, values, stack) == Program.trueValue {
                for index in contributions[rule] { scores[forms[index]] &+= points[index] }
            }
        }
    }

    /// Calls `body` with each form that rule `rule` gives points to, and the weighted
    /// points (in millionths).
    @inline(__always)
    func forEachPoint(ofRule rule: Int, _ body: (_ form: Int, _ points: Int64) -> Void) {
        for index in memory.ruleContributions[rule] {
            body(memory.contributionForm[index], memory.contributionScore[index])
        }
    }

    /// Adds to `scores`, from `offset` on, the weighted points of each of `rules` whose
    /// condition is true with `values` (not false or unknown), and calls `fired` with
    /// each such rule, in order.
    @inline(__always)
    func addPoints<Rules: Sequence<Int>>(
        of rules: Rules, _ values: UnsafeMutableBufferPointer<Double>,
        stack: UnsafeMutablePointer<UInt8>, to scores: inout [Int64], at offset: Int = 0,
        fired: (Int) -> Void = { _ in }
    ) {
        for rule in rules where ruleTruth(rule, values, stack: stack) == Program.trueValue {
            fired(rule)
            forEachPoint(ofRule: rule) { form, points in scores[offset + form] &+= points }
        }
    }

    /// Whether a rule not folded into a table reads an unknown fact.
    @inline(__always)
    func readsUnknownGeneric(_ facts: UnsafeMutableBufferPointer<Double>) -> Bool {
        guard genericCriteriaMask != 0 else { return false }
        var unknownMask: UInt64 = 0
        for index in 0..<facts.count where facts[index].isNaN {
            unknownMask |= index < 64 ? 1 << UInt64(index) : ~0
        }
        return unknownMask & genericCriteriaMask != 0
    }

    /// The truth of one rule's condition.
    func ruleTruth(
        _ rule: Int, _ values: UnsafeMutableBufferPointer<Double>,
        stack: UnsafeMutablePointer<UInt8>
    ) -> UInt8 {
        Program.run(
            memory.ruleCode[rule], memory.instructions.buffer, memory.sets.buffer, values, stack)
    }
}
