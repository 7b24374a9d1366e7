import OrgAdvisorRules

extension Program {
    /// Compiles a checked rule base's rules and derivations (in `order`) into a program,
    /// its rules folded into tables over the criteria's value classes: built, or restored
    /// from `tables` taken from a program of the same rule base (and checked).
    convenience init(
        criteria: [Criterion], forms: [Form], rules: [Rule], derivations: [Derivation],
        order: [Int], classes: [[ValueClass]], tables: ProgramTables? = nil
    ) {
        var memory = ProgramMemory()
        memory.criterionCount = criteria.count
        memory.formCount = forms.count
        memory.ruleCode.reserveCapacity(rules.count)
        memory.ruleContributions.reserveCapacity(rules.count)
        // By index: a `for rule in rules` loop would copy (retain and release) each rule.
        for index in rules.indices {
            memory.ruleCode.append(memory.append(rules[index].condition))
            let start = memory.contributionForm.count
            let weight = rules[index].weight
            for entry in rules[index].points {
                memory.contributionForm.append(entry.form)
                memory.contributionScore.append((weight * entry.points).micro)
            }
            memory.ruleContributions.append(start..<memory.contributionForm.count)
        }
        memory.addClasses(criteria: criteria, classes: classes)
        if let tables {
            memory.restore(tables, rules: rules)
        } else {
            memory.addGroups(rules: rules, classes: classes)
        }
        for index in order {
            let derivation = derivations[index]
            memory.derivations.append(
                DerivationCode(
                    target: derivation.target, value: derivation.value,
                    code: memory.append(derivation.condition)))
        }
        self.init(memory)
    }
}

extension ProgramMemory {
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
            instructions.append(
                Program.Instruction(
                    code: Program.Instruction.Code(op), criterion: Int32(criterion), constant: value
                ))
            push()
        case .member(let criterion, let values, let negated, _):
            instructions.append(
                Program.Instruction(
                    code: negated ? .notMember : .member, criterion: Int32(criterion),
                    setStart: Int32(sets.count), setCount: Int32(values.count)))
            sets.append(contentsOf: values)
            push()
        case .and(let parts, _), .or(let parts, _):
            let isAnd = if case .and = condition { true } else { false }
            emit(parts[0], depth: &depth, deepest: &deepest)
            for part in parts.dropFirst() {
                emit(part, depth: &depth, deepest: &deepest)
                instructions.append(Program.Instruction(code: isAnd ? .and : .or))
                depth -= 1
            }
        case .not(let part, _):
            emit(part, depth: &depth, deepest: &deepest)
            instructions.append(Program.Instruction(code: .not))
        }
    }
}
