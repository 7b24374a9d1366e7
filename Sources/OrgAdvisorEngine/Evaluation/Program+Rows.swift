extension Program {
    /// The class of a criterion's value: for a listed criterion the value's index, for a
    /// number the class whose interval holds it (binary search), for NaN the unknown
    /// class (the criterion's class count); -1 for a value in no class (out of its
    /// range), which only ``scoreEveryRule(_:into:)`` can score. The plain form of
    /// ``classify(_:into:)``, which checks against it in debug builds.
    func classIndex(of value: Double, criterion: Int) -> Int {
        let count = memory.classCount.base[criterion]
        if value.isNaN { return count }
        let start = memory.classBoundsStart.base[criterion]
        if start < 0 { return value >= 0 && value < Double(count) ? Int(value) : -1 }
        let bounds = memory.classBounds.base + start
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low &+ high) >> 1
            if bounds[middle].reaches(value) { high = middle } else { low = middle &+ 1 }
        }
        return bounds[low].reaches(value) && bounds[low].startsBelow(value) ? low : -1
    }

    /// Writes the class of the value of each criterion that a table reads
    /// (``ProgramMemory/readCriteria``; the others are left as they are) into
    /// `classes`; false when one is in no class. With `checkingAll`, also false when
    /// the value of a criterion no table reads is in no class, as the general analysis
    /// must then decide.
    @inline(__always)
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        checkingAll: Bool = false
    ) -> Bool {
        let read = memory.readCriteria.buffer
        let counts = memory.classCount.base
        let starts = memory.classBoundsStart.base
        var valid = true
        for position in 0..<read.count {
            let criterion = read[position]
            let value = values[criterion]
            let start = starts[criterion]
            let found =
                start < 0
                ? Program.listedClass(value, count: counts[criterion])
                : numberClass(value, criterion: criterion, count: counts[criterion], start: start)
            classes[criterion] = found
            valid = valid && found >= 0
        }
        assert(
            read.allSatisfy { classes[$0] == classIndex(of: values[$0], criterion: $0) },
            "the class look-up and its plain form disagree")
        guard checkingAll && read.count < criterionCount else { return valid }
        for criterion in 0..<criterionCount
        where classIndex(of: values[criterion], criterion: criterion) < 0 {
            return false
        }
        return valid
    }

    /// The class of a listed criterion's value (its index), without a branch on the
    /// value; see ``classIndex(of:criterion:)``.
    @inline(__always)
    static func listedClass(_ value: Double, count: Int) -> Int {
        let inRange = (value >= 0 ? 1 : 0) & (value < Double(count) ? 1 : 0)
        let unknown = value.isNaN ? 1 : 0
        // The value, or 0 when out of range (its bits masked: a select here becomes a
        // branch).
        let index = Int(Double(bitPattern: value.bitPattern & UInt64(bitPattern: Int64(-inRange))))
        return (index & -inRange) | (count & -unknown) | -(1 &- inRange &- unknown)
    }

    /// The class of a number, from its criterion's search tree
    /// (``ProgramMemory/planClassSearch(_:)``), checked against the class's interval
    /// (a whole number's classes leave gaps between them), without a branch on the
    /// value; see ``classIndex(of:criterion:)``.
    @inline(__always)
    func numberClass(_ value: Double, criterion: Int, count: Int, start: Int) -> Int {
        let blocks = memory.classSearch.base
        let levels = memory.classSearchLevels.base
        let probe = SIMD8<Double>(repeating: value)
        var found = 0
        let first = memory.classSearchStart.base[criterion]
        let end = memory.classSearchStart.base[criterion &+ 1]
        for level in first..<end {
            let below = SIMD8<Int64>().replacing(
                with: 1, where: blocks[levels[level] &+ found] .<= probe)
            found = found &* 8 &+ Int(below.wrappedSum())
        }
        // ``ClassBounds/reaches(_:)`` and ``ClassBounds/startsBelow(_:)`` without a branch.
        let bounds = memory.classBounds.base[start &+ found]
        let reaches =
            (value < bounds.upper ? 1 : 0)
            | ((bounds.upperClosed ? 1 : 0) & (value == bounds.upper ? 1 : 0))
        let startsBelow =
            (value > bounds.lower ? 1 : 0)
            | ((bounds.lowerClosed ? 1 : 0) & (value == bounds.lower ? 1 : 0))
        let inside = reaches & startsBelow
        let unknown = value.isNaN ? 1 : 0
        return (found & -inside) | (count & -unknown) | -(1 &- inside &- unknown)
    }

    /// The row of table `group` for these classes, slot by slot.
    @inline(__always)
    func row(of group: RuleGroup, classes: UnsafePointer<Int>) -> Int {
        let codes = memory.slotCodes.base
        let maps = memory.slotMaps.base
        var row = group.firstRow
        for slot in group.slots {
            let code = codes[slot]
            row &+= Int(maps[Int(code[1]) &+ classes[Int(code[0])]])
        }
        return row
    }

    /// Writes the row of each table for these classes into `rows` (room for one per
    /// table), and returns their count: the tables that read one, two and three
    /// criteria each in a loop of their own, without a loop over their slots
    /// (``ProgramMemory/unaryCodes``), then the others slot by slot. Finding every row
    /// before reading any lets the processor load many rows at once.
    @inline(__always)
    func findRows(classes: UnsafePointer<Int>, into rows: UnsafeMutablePointer<Int32>) -> Int {
        let maps = memory.slotMaps.base
        /// What the slot whose criterion and map start are at `code` adds to the row.
        @inline(__always)
        func offset(_ code: UnsafePointer<Int32>) -> Int32 {
            maps[Int(code[1]) &+ classes[Int(code[0])]]
        }
        var count = 0
        var code = UnsafePointer(memory.unaryCodes.base)
        var end = code + memory.unaryCodes.count
        while code < end {
            rows[count] = code[0] &+ offset(code + 1)
            count &+= 1
            code += 3
        }
        code = UnsafePointer(memory.pairCodes.base)
        end = code + memory.pairCodes.count
        while code < end {
            rows[count] = code[0] &+ offset(code + 1) &+ offset(code + 3)
            count &+= 1
            code += 5
        }
        code = UnsafePointer(memory.tripleCodes.base)
        end = code + memory.tripleCodes.count
        while code < end {
            rows[count] = code[0] &+ offset(code + 1) &+ offset(code + 3) &+ offset(code + 5)
            count &+= 1
            code += 7
        }
        let groups = memory.groups.base
        for group in memory.otherTables.buffer {
            rows[count] = Int32(truncatingIfNeeded: row(of: groups[group], classes: classes))
            count &+= 1
        }
        return count
    }

    /// Adds to `scores` the row of each table for these classes.
    @inline(__always)
    func addRows(classes: UnsafePointer<Int>, into scores: UnsafeMutablePointer<Int64>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(memory.groups.count, 1)) {
            found in
            let found = found.baseAddress!
            let count = findRows(classes: classes, into: found)
            if memory.wideRows.count > 0 {
                let wide = memory.wideRows.base
                var sum = SIMD8<Int64>()
                for index in 0..<count { sum &+= wide[Int(found[index])] }
                for form in 0..<formCount { scores[form] &+= sum[form] }
                return
            }
            let rows = memory.rows.base
            let formCount = self.formCount
            for index in 0..<count {
                let points = rows + Int(found[index]) &* formCount
                for form in 0..<formCount { scores[form] &+= points[form] }
            }
        }
    }
}
