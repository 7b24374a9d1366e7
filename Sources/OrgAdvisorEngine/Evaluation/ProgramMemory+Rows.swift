extension ProgramMemory {
    /// Fills what evaluation reads to find each table's row (see ``listedCodes``,
    /// ``classSearch`` and ``pairCodes``): derived from the classes and tables, so called
    /// by ``finish()``.
    mutating func planRows() {
        // The slot of each criterion's first table that reads it alone; the others are
        // found as the tables over several criteria are.
        var aloneSlot = [Int](repeating: -1, count: criterionCount)
        for group in groups.indices where groups[group].slots.count == 1 {
            let slot = groups[group].slots.lowerBound
            let criterion = slotCriterion[slot]
            // A listed criterion's row is its first row plus its class: its map must
            // be the identity (as ``localClasses`` makes it).
            let identity =
                classBoundsStart[criterion] >= 0
                || (0...classCount[criterion]).allSatisfy {
                    slotMaps[slotMapStart[slot] + $0] == $0
                }
            if aloneSlot[criterion] < 0 && identity {
                aloneSlot[criterion] = slot
            } else {
                unaryCodes.append(contentsOf: code(of: groups[group]))
            }
        }
        var listedOthers: [Int32] = []
        var numberOthers: [Int32] = []
        for criterion in 0..<criterionCount {
            classSearchStart.append(classSearchLevels.count)
            let isNumber = classBoundsStart[criterion] >= 0
            if isNumber { planClassSearch(criterion) }
            guard criterionSlotStart[criterion] < criterionSlotStart[criterion + 1] else {
                continue
            }
            var code = [Int32(criterion), Int32(classCount[criterion])]
            if isNumber { code.append(Int32(classBoundsStart[criterion])) }
            let slot = aloneSlot[criterion]
            if slot < 0 {
                code += isNumber ? [0, 0] : [0]
                if isNumber { numberOthers += code } else { listedOthers += code }
                continue
            }
            code.append(Int32(groups[slotGroup[slot]].firstRow))
            if isNumber { code.append(Int32(slotMapStart[slot])) }
            if isNumber {
                numberCodes.append(contentsOf: code)
                numberAloneCount += 1
            } else {
                listedCodes.append(contentsOf: code)
                listedAloneCount += 1
            }
        }
        listedCodes.append(contentsOf: listedOthers)
        numberCodes.append(contentsOf: numberOthers)
        classSearchStart.append(classSearchLevels.count)
        var wideTables: [Int] = []
        for group in groups.indices {
            switch groups[group].slots.count {
            case 1: continue
            case 2: pairCodes.append(contentsOf: code(of: groups[group]))
            case 3: tripleCodes.append(contentsOf: code(of: groups[group]))
            default:
                var code = code(of: groups[group])
                code.insert(Int32(groups[group].slots.count), at: 1)
                wideCodes.append(contentsOf: code)
                wideTables.append(group)
            }
        }
        planFoundRows(aloneSlot: aloneSlot, wideTables: wideTables)
    }

    /// Fills ``foundRowIndex``, in the order of ``Program/findRows(classes:rows:)``.
    private mutating func planFoundRows(aloneSlot: [Int], wideTables: [Int]) {
        var index = [Int](repeating: -1, count: groups.count)
        var next = 0
        for group in groups.indices where groups[group].slots.count == 1 {
            let slot = groups[group].slots.lowerBound
            guard aloneSlot[slotCriterion[slot]] != slot else { continue }
            index[group] = next
            next += 1
        }
        for count in [2, 3] {
            for group in groups.indices where groups[group].slots.count == count {
                index[group] = next
                next += 1
            }
        }
        for group in wideTables {
            index[group] = next
            next += 1
        }
        foundRowIndex = RawArray(index)
    }

    /// Appends the search tree of a numeric criterion's classes.
    ///
    /// Its thresholds are, for each class but the last, the lowest number past the
    /// class's upper end (the end itself when open, the next number when closed), in
    /// increasing order: a number's class is the count of thresholds at or below it. The
    /// bottom level holds them in blocks of eight (NaN after the last, never at or below
    /// a number); each level above holds the first threshold of each block of the level
    /// below but the first. Counting, at each level from the top, the thresholds at or
    /// below the number in one block gives the block to read in the level below (block
    /// `8 × block + count`), and at the bottom the class, without a branch on the number.
    mutating func planClassSearch(_ criterion: Int) {
        let start = classBoundsStart[criterion]
        var keys: [Double] = []
        for index in start..<start + classCount[criterion] - 1 {
            keys.append(classBounds[index].threshold)
        }
        var levels: [[SIMD8<Double>]] = []
        while true {
            var blocks: [SIMD8<Double>] = []
            for first in Swift.stride(from: 0, to: max(keys.count, 1), by: 8) {
                var block = SIMD8<Double>(repeating: .nan)
                for lane in 0..<8 where first + lane < keys.count {
                    block[lane] = keys[first + lane]
                }
                blocks.append(block)
            }
            levels.append(blocks)
            if blocks.count == 1 { break }
            keys = blocks.dropFirst().map { $0[0] }
        }
        for level in levels.reversed() {
            classSearchLevels.append(classSearch.count)
            classSearch.append(contentsOf: level)
        }
    }

    /// A table's first row, then each slot's criterion and map start.
    private func code(of table: RuleGroup) -> [Int32] {
        var code = [Int32(table.firstRow)]
        for slot in table.slots {
            code.append(Int32(slotCriterion[slot]))
            code.append(Int32(slotMapStart[slot]))
        }
        return code
    }
}
