import OrgAdvisorRules

extension Program {
    /// Collects a program's parts while a rule base is compiled.
    struct Builder {
        // The program's parts (see there), while they are collected.
        var instructions: [Instruction] = []
        var sets: [Double] = []
        var ruleCode: [Range<Int>] = []
        var ruleContributions: [Range<Int>] = []
        var contributionForm: [Int] = []
        var contributionScore: [Int64] = []
        var derivations: [DerivationCode] = []
        var maxStack = 1
        var tableCriteria: [Int] = []
        var tableOffsets: [Int] = []
        var table: [Int64] = []
        var wideTable: [SIMD8<Int64>] = []
        var wideRows: [Int] = []
        var genericRules: [Int] = []
        var genericCriteriaMask: UInt64 = 0
        var criterionCount = 0
        var formCount = 0

        /// Appends a condition's instructions and returns their range.
        mutating func append(_ condition: Condition) -> Range<Int> {
            let start = instructions.count
            var depth = 0
            var deepest = 0
            emit(condition, depth: &depth, deepest: &deepest)
            maxStack = max(maxStack, deepest)
            return start..<instructions.count
        }

        private mutating func emit(_ condition: Condition, depth: inout Int, deepest: inout Int) {
            func push() {
                depth += 1
                deepest = max(deepest, depth)
            }
            switch condition {
            case .compare(let criterion, let op, let value, _):
                let code: Instruction.Code
                switch op {
                case .equal: code = .equal
                case .notEqual: code = .notEqual
                case .less: code = .less
                case .lessOrEqual: code = .lessOrEqual
                case .greater: code = .greater
                case .greaterOrEqual: code = .greaterOrEqual
                }
                instructions.append(
                    Instruction(
                        code: code, criterion: Int32(criterion), setStart: 0, setCount: 0,
                        constant: value))
                push()
            case .member(let criterion, let values, let negated, _):
                instructions.append(
                    Instruction(
                        code: negated ? .notMember : .member, criterion: Int32(criterion),
                        setStart: Int32(sets.count), setCount: Int32(values.count), constant: 0))
                sets.append(contentsOf: values)
                push()
            case .and(let parts, _), .or(let parts, _):
                let isAnd = if case .and = condition { true } else { false }
                emit(parts[0], depth: &depth, deepest: &deepest)
                for part in parts.dropFirst() {
                    emit(part, depth: &depth, deepest: &deepest)
                    instructions.append(
                        Instruction(
                            code: isAnd ? .and : .or, criterion: 0, setStart: 0, setCount: 0,
                            constant: 0))
                    depth -= 1
                }
            case .not(let part, _):
                emit(part, depth: &depth, deepest: &deepest)
                instructions.append(
                    Instruction(code: .not, criterion: 0, setStart: 0, setCount: 0, constant: 0))
            }
        }
    }
}
