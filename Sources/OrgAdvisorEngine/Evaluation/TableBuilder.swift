import OrgAdvisorRules

/// Builds the class tables of a ``ProgramMemory`` (see ``ProgramMemory/addGroups(rules:classes:)``):
/// a table's local classes of each criterion, and its rows. Holds the scratch space that
/// every table reuses.
///
/// Where a comparison changes its truth is found by binary search over sorted
/// representatives (``AtomBoundaries/forEachSeparation(of:in:_:)``), so that a table's
/// local classes cost the number of its comparisons (times a logarithm) plus one step per
/// value class, and a rule is run once per combination of its own segments (the local
/// classes between the places where one of its comparisons changes), not once per row.
struct TableBuilder {
    /// The representatives of each criterion's value classes, in increasing order.
    private let representatives: [[Double]]
    /// The comparisons of the current table's rules: `atomCriterion[i]` compares with
    /// `atoms[i]`.
    private var atoms: [ProfileSpace.Atom] = []
    private var atomCriterion: [Int] = []
    /// One mark per value class: a local class starts there.
    private var marks: [Bool] = []
    /// The comparisons of the current rule, and the slot of each.
    private var ruleAtoms: [ProfileSpace.Atom] = []
    private var ruleAtomSlot: [Int] = []
    /// The segments of each slot of each rule of the current table, rule after rule:
    /// `starts[startOffset[r * slots + s]..<startOffset[r * slots + s + 1]]` (see
    /// ``appendSegments(of:rules:criteria:_:)``).
    private var starts: [Int] = []
    private var startOffset: [Int] = []
    /// The current segment of each slot, and the current local class within it.
    private var segment: [Int] = []
    private var local: [Int] = []
    /// The facts a condition is run on (NaN but for the criteria being tried).
    private var facts: [Double]
    /// The condition stack.
    private var stack: [UInt8]

    init(classes: [[ValueClass]], criterionCount: Int, maxStack: Int) {
        representatives = classes.map { list in list.map { $0.representative } }
        facts = [Double](repeating: .nan, count: criterionCount)
        stack = [UInt8](repeating: 0, count: maxStack + 1)
    }

    /// Collects the comparisons of the conditions of `members`.
    mutating func collectAtoms(of members: [Int], rules: [Rule]) {
        atoms.removeAll(keepingCapacity: true)
        atomCriterion.removeAll(keepingCapacity: true)
        for rule in members {
            rules[rule].condition.forEachAtom { criterion, atom in
                atomCriterion.append(criterion)
                atoms.append(atom)
            }
        }
    }

    /// The current table's local classes of one criterion: the neighbouring value classes
    /// that no comparison of the table's rules tells apart are merged (listed values stay
    /// one class each). Returns, for each value class and "unknown" (last), its local
    /// class, and a representative value of each local class (NaN for unknown).
    mutating func localClasses(of criterion: Int, enumerated: Bool)
        -> (map: [Int32], representatives: [Double])
    {
        let values = representatives[criterion]
        var map: [Int32] = []
        var locals: [Double] = []
        map.reserveCapacity(values.count + 1)
        if enumerated {
            for index in values.indices { map.append(Int32(index)) }
            locals = values
        } else {
            if marks.count < values.count { marks = [Bool](repeating: false, count: values.count) }
            values.withUnsafeBufferPointer { sorted in
                for index in atoms.indices where atomCriterion[index] == criterion {
                    AtomBoundaries.forEachSeparation(of: atoms[index], in: sorted) {
                        marks[$0] = true
                    }
                }
            }
            for index in values.indices {
                if index == 0 || marks[index] { locals.append(values[index]) }
                marks[index] = false
                map.append(Int32(locals.count - 1))
            }
        }
        map.append(Int32(locals.count))
        locals.append(.nan)
        return (map, locals)
    }

    /// The rows of a table of `members` over `criteria`: for each combination of local
    /// classes (`representatives`, unknown last, the first criterion changing fastest),
    /// the points of the rules whose condition is true there, `formCount` per row.
    ///
    /// Each rule is run once on each combination of its segments: per criterion, the
    /// runs of local classes between the places where one of its own comparisons
    /// changes its truth (and unknown on its own); its truth is the same on every row
    /// of such a combination, whose rows get its points if it is true. The segments of
    /// every rule are found first, then the rules run with the scratch space held once.
    mutating func rows(
        of members: [Int], rules: [Rule], criteria: [Int], representatives: [[Double]],
        strides: [Int], count: Int, memory: borrowing ProgramMemory
    ) -> [Int64] {
        let formCount = memory.formCount
        var table = [Int64](repeating: 0, count: count * formCount)
        let slots = criteria.count
        if segment.count < slots {
            segment = [Int](repeating: 0, count: slots)
            local = segment
        }
        starts.removeAll(keepingCapacity: true)
        startOffset.removeAll(keepingCapacity: true)
        for rule in members {
            appendSegments(of: rule, rules: rules, criteria: criteria, representatives)
        }
        startOffset.append(starts.count)
        let code = memory.ruleCode.buffer
        let contributions = memory.ruleContributions.buffer
        let program = RulePrograms(
            instructions: memory.instructions.buffer, sets: memory.sets.buffer,
            forms: memory.contributionForm.buffer, points: memory.contributionScore.buffer)
        table.withUnsafeMutableBufferPointer { table in
            starts.withUnsafeBufferPointer { starts in
                startOffset.withUnsafeBufferPointer { offsets in
                    segment.withUnsafeMutableBufferPointer { segment in
                        local.withUnsafeMutableBufferPointer { local in
                            facts.withUnsafeMutableBufferPointer { facts in
                                stack.withUnsafeMutableBufferPointer { stack in
                                    let scratch = Scratch(
                                        starts: starts.baseAddress!, segment: segment.baseAddress!,
                                        local: local.baseAddress!, facts: facts,
                                        stack: stack.baseAddress!, table: table.baseAddress!)
                                    for (position, rule) in members.enumerated() {
                                        TableBuilder.addPoints(
                                            code: code[rule], contributions: contributions[rule],
                                            offset: offsets.baseAddress! + position * slots,
                                            criteria: criteria, representatives: representatives,
                                            strides: strides, formCount: formCount,
                                            program: program, scratch)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        TableBuilder.prefixSums(
            &table, lineLength: representatives.first?.count ?? 1, formCount: formCount)
        return table
    }

    /// The rows of a table merged from tables over listed criteria (``TableFusion``), as
    /// ``rows(of:rules:criteria:representatives:strides:count:memory:)`` gives them: each
    /// part's table is built over its own criteria (some of `criteria`: a listed value is
    /// a local class of its own in every table, so the part's classes are the merged
    /// table's), then added to every row of the merged table with the same classes of
    /// those criteria. Building each part on its own runs each rule only on its own
    /// criteria's classes.
    mutating func mergedRows(
        parts: [(criteria: [Int], rules: [Int])], rules: [Rule], criteria: [Int],
        representatives: [[Double]], count: Int, memory: borrowing ProgramMemory
    ) -> [Int64] {
        let formCount = memory.formCount
        var table = [Int64](repeating: 0, count: count * formCount)
        let radices = representatives.map { $0.count }
        for part in parts {
            // Per slot of the merged table: what its class adds to the part's row (0 for
            // a criterion the part does not read).
            var partStrides: [Int] = []
            var ownStrides: [Int] = []
            var ownRepresentatives: [[Double]] = []
            var stride = 1
            for slot in criteria.indices {
                guard part.criteria.contains(criteria[slot]) else {
                    partStrides.append(0)
                    continue
                }
                partStrides.append(stride)
                ownStrides.append(stride)
                ownRepresentatives.append(representatives[slot])
                stride *= radices[slot]
            }
            let own = rows(
                of: part.rules, rules: rules, criteria: part.criteria,
                representatives: ownRepresentatives, strides: ownStrides, count: stride,
                memory: memory)
            // The part's row for each merged row (the first slot's class changing
            // fastest): each slot's classes in turn repeat the rows of the slots before it.
            var partRows = [0]
            partRows.reserveCapacity(count)
            for slot in criteria.indices {
                let block = partRows.count
                for digit in 1..<radices[slot] {
                    for row in 0..<block {
                        partRows.append(partRows[row] &+ digit &* partStrides[slot])
                    }
                }
            }
            table.withUnsafeMutableBufferPointer { table in
                own.withUnsafeBufferPointer { own in
                    for (row, partRow) in partRows.enumerated() {
                        let into = table.baseAddress! + row &* formCount
                        let from = own.baseAddress! + partRow &* formCount
                        for form in 0..<formCount { into[form] &+= from[form] }
                    }
                }
            }
        }
        return table
    }

    /// Appends to ``starts`` a rule's segments of each slot, and to ``startOffset`` where
    /// each slot's begin: where they start (0, then where one of its comparisons of the
    /// slot's criterion changes), then the unknown class, then the end.
    private mutating func appendSegments(
        of rule: Int, rules: [Rule], criteria: [Int], _ representatives: [[Double]]
    ) {
        ruleAtoms.removeAll(keepingCapacity: true)
        ruleAtomSlot.removeAll(keepingCapacity: true)
        rules[rule].condition.forEachAtom { criterion, atom in
            guard let slot = criteria.firstIndex(of: criterion) else { return }
            ruleAtoms.append(atom)
            ruleAtomSlot.append(slot)
        }
        for slot in criteria.indices {
            let first = starts.count
            startOffset.append(first)
            let unknown = representatives[slot].count - 1
            starts.append(0)
            representatives[slot].withUnsafeBufferPointer { locals in
                let known = UnsafeBufferPointer(rebasing: locals[0..<unknown])
                for index in ruleAtoms.indices where ruleAtomSlot[index] == slot {
                    AtomBoundaries.forEachSeparation(of: ruleAtoms[index], in: known) {
                        starts.append($0)
                    }
                }
            }
            starts.append(unknown)
            // Usually few starts: sorted by insertion; a condition with thousands of
            // comparisons of one criterion (a 100,000-clause chain) by the library's sort,
            // as insertion would take quadratic time. Then each start is kept once.
            if starts.count - first > 32 {
                starts[(first + 1)...].sort()
            } else {
                for index in (first + 1)..<starts.count {
                    let value = starts[index]
                    var place = index
                    while place > first && starts[place - 1] > value {
                        starts[place] = starts[place - 1]
                        place -= 1
                    }
                    starts[place] = value
                }
            }
            var kept = first + 1
            for index in (first + 1)..<starts.count where starts[index] != starts[kept - 1] {
                starts[kept] = starts[index]
                kept += 1
            }
            starts.removeLast(starts.count - kept)
            starts.append(unknown + 1)
        }
    }

    /// The program's constants a rule is run with.
    private struct RulePrograms {
        let instructions: UnsafeBufferPointer<Program.Instruction>
        let sets: UnsafeBufferPointer<Double>
        let forms: UnsafeBufferPointer<Int>
        let points: UnsafeBufferPointer<Int64>
    }

    /// The scratch space of ``addPoints(code:contributions:offset:criteria:representatives:strides:formCount:program:_:)``,
    /// held for a whole table.
    private struct Scratch {
        let starts: UnsafePointer<Int>
        let segment: UnsafeMutablePointer<Int>
        let local: UnsafeMutablePointer<Int>
        let facts: UnsafeMutableBufferPointer<Double>
        let stack: UnsafeMutablePointer<UInt8>
        let table: UnsafeMutablePointer<Int64>
    }

    /// Runs a rule (its `code`) on each combination of its segments (``starts``, slot `s`'s
    /// from `offset[s]` to `offset[s + 1]`) and adds its points to every row of the
    /// combinations where it is true. The first slot's local classes are consecutive rows
    /// (its stride is 1): its range of them gets the points at its start and loses them
    /// at its end, and ``prefixSums(_:lineLength:formCount:)`` turns these differences
    /// into rows.
    private static func addPoints(
        code: Range<Int>, contributions: Range<Int>, offset: UnsafePointer<Int>,
        criteria: [Int], representatives: [[Double]], strides: [Int], formCount: Int,
        program: RulePrograms, _ scratch: Scratch
    ) {
        let slots = criteria.count
        let lineLength = representatives[0].count
        let (segment, local, facts) = (scratch.segment, scratch.local, scratch.facts)
        /// Where segment `digit` of `slot` starts.
        func start(_ slot: Int, _ digit: Int) -> Int { scratch.starts[offset[slot] + digit] }
        for slot in 0..<slots { segment[slot] = 0 }
        repeat {
            for slot in 0..<slots {
                facts[criteria[slot]] = representatives[slot][start(slot, segment[slot])]
            }
            guard
                Program.run(code, program.instructions, program.sets, facts, scratch.stack)
                    == Program.trueValue
            else { continue }
            let first = start(0, segment[0])
            let end = start(0, segment[0] + 1)
            // Each line of the combination: the other slots' local classes.
            for slot in 0..<slots { local[slot] = 0 }
            repeat {
                var line = 0
                for slot in 1..<max(slots, 1) {
                    line += (start(slot, segment[slot]) + local[slot]) * strides[slot]
                }
                for index in contributions {
                    let row = scratch.table + program.forms[index]
                    row[(line + first) * formCount] &+= program.points[index]
                    if end < lineLength { row[(line + end) * formCount] &-= program.points[index] }
                }
            } while slots > 1
                && MixedRadixCounter.increment(
                    local + 1, count: slots - 1,
                    radix: { start($0 + 1, segment[$0 + 1] + 1) - start($0 + 1, segment[$0 + 1]) },
                    { _, _ in })
        } while MixedRadixCounter.increment(
            segment, count: slots, radix: { offset[$0 + 1] - offset[$0] - 1 }, { _, _ in })
        for slot in 0..<slots { facts[criteria[slot]] = .nan }
    }

    /// Turns differences along lines of `lineLength` rows into the rows: each row the
    /// sum of its line's differences up to it.
    private static func prefixSums(_ table: inout [Int64], lineLength: Int, formCount: Int) {
        let rowCount = table.count / max(formCount, 1)
        var line = 0
        while line < rowCount {
            for local in 1..<lineLength {
                let row = (line + local) * formCount
                for form in 0..<formCount { table[row + form] &+= table[row - formCount + form] }
            }
            line += lineLength
        }
    }
}
