import OrgAdvisorRules

extension Program {
    /// Compiles a checked rule base's rules and derivations (in `order`) into a program.
    convenience init(
        criteria: [Criterion], forms: [Form], rules: [Rule], derivations: [Derivation],
        order: [Int]
    ) {
        var memory = ProgramMemory()
        memory.criterionCount = criteria.count
        memory.formCount = forms.count
        for rule in rules {
            memory.ruleCode.append(memory.append(rule.condition))
            let start = memory.contributionForm.count
            for entry in rule.points {
                memory.contributionForm.append(entry.form)
                memory.contributionScore.append((rule.weight * entry.points).micro)
            }
            memory.ruleContributions.append(start..<memory.contributionForm.count)
        }
        memory.addTable(criteria: criteria, forms: forms, rules: rules)
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
    /// Folds the rules that read a single listed criterion into one row of points per
    /// value (``table``, and ``wideTable`` with at most 8 forms); the others stay
    /// ``genericRules``.
    mutating func addTable(criteria: [Criterion], forms: [Form], rules: [Rule]) {
        var folded: [Int: [Int]] = [:]
        for rule in rules {
            if rule.criteria.count == 1, criteria[rule.criteria[0]].kind.isEnumerated {
                folded[rule.criteria[0], default: []].append(rule.index)
            } else {
                genericRules.append(rule.index)
                for criterion in rule.criteria {
                    genericCriteriaMask |= criterion < 64 ? 1 << UInt64(criterion) : ~0
                }
            }
        }
        var facts = [Double](repeating: .nan, count: criteria.count)
        for criterion in folded.keys.sorted() {
            tableCriteria.append(criterion)
            tableOffsets.append(table.count)
            for value in criteria[criterion].values.indices {
                facts[criterion] = Double(value)
                var row = [Int64](repeating: 0, count: forms.count)
                for rule in folded[criterion] ?? []
                where Tracer.truth(rules[rule].condition, facts: facts) == .true {
                    for entry in rules[rule].points {
                        row[entry.form] &+= (rules[rule].weight * entry.points).micro
                    }
                }
                table.append(contentsOf: row)
            }
            facts[criterion] = .nan
        }
        guard forms.count <= 8 && forms.count > 0 else { return }
        for position in tableOffsets.indices {
            wideRows.append(tableOffsets[position] / forms.count)
        }
        for start in stride(from: 0, to: table.count, by: forms.count) {
            var row = SIMD8<Int64>()
            for form in forms.indices { row[form] = table[start + form] }
            wideTable.append(row)
        }
    }

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
