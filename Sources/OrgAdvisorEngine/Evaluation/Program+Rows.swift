extension Program {
    /// The class of a criterion's value: for a listed criterion the value's index, for a
    /// number the class whose interval holds it (binary search), for NaN the unknown
    /// class (the criterion's class count); -1 for a value in no class (out of its
    /// range, or not a whole number for a listed criterion), which only
    /// ``scoreEveryRule(_:into:)`` can score. The plain form of
    /// ``classify(_:into:)``, which checks against it in debug builds.
    func classIndex(of value: Double, criterion: Int) -> Int {
        let count = memory.classCount.base[criterion]
        if value.isNaN { return count }
        let start = memory.classBoundsStart.base[criterion]
        if start < 0 {
            guard let index = Int(exactly: value), index >= 0, index < count else { return -1 }
            return index
        }
        let bounds = memory.classBounds.base + start
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low &+ high) >> 1
            if bounds[middle].reaches(value) { high = middle } else { low = middle &+ 1 }
        }
        return bounds[low].reaches(value) && bounds[low].startsBelow(value) ? low : -1
    }

    /// Writes the class of each criterion that a table reads into `classes` (the others
    /// are left as they are), and calls `aloneRow` with the position and row of each
    /// criterion's first table that reads it alone (``ProgramMemory/listedCodes``),
    /// found with the class; false when a value is in no class (the classes and rows
    /// are then meaningless, but within their tables).
    ///
    /// Whether a class is valid is found from the comparisons alone, not from the class:
    /// a loop whose every step waited for the class would be compiled with branches.
    @inline(__always)
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        aloneRow: (_ position: Int, _ row: Int32) -> Void
    ) -> Bool {
        let maps = memory.slotMaps.base
        var invalid = 0
        var position = 0
        /// Classifies the listed criteria of the codes from `code` to `end`, with their
        /// rows when `alone`.
        @inline(__always)
        func listed(_ code: UnsafePointer<Int32>, _ end: UnsafePointer<Int32>, alone: Bool) {
            var code = code
            while code < end {
                let criterion = Int(code[0])
                let (found, outside) = Program.listedClass(values[criterion], count: Int(code[1]))
                classes[criterion] = found
                invalid |= outside
                if alone {
                    aloneRow(position, code[2] &+ Int32(truncatingIfNeeded: found))
                    position &+= 1
                }
                code += 3
            }
        }
        /// Classifies the numeric criteria of the codes from `code` to `end`, with their
        /// rows when `alone`.
        @inline(__always)
        func numbers(_ code: UnsafePointer<Int32>, _ end: UnsafePointer<Int32>, alone: Bool) {
            var code = code
            while code < end {
                let criterion = Int(code[0])
                let (found, outside) = numberClass(
                    values[criterion], criterion: criterion, count: Int(code[1]),
                    start: Int(code[2]))
                classes[criterion] = found
                invalid |= outside
                if alone {
                    aloneRow(position, code[3] &+ maps[Int(code[4]) &+ found])
                    position &+= 1
                }
                code += 5
            }
        }
        let listedCodes = UnsafePointer(memory.listedCodes.base)
        let listedSplit = listedCodes + 3 &* memory.listedAloneCount
        listed(listedCodes, listedSplit, alone: true)
        listed(listedSplit, listedCodes + memory.listedCodes.count, alone: false)
        let numberCodes = UnsafePointer(memory.numberCodes.base)
        let numberSplit = numberCodes + 5 &* memory.numberAloneCount
        numbers(numberCodes, numberSplit, alone: true)
        numbers(numberSplit, numberCodes + memory.numberCodes.count, alone: false)
        assert(
            (0..<criterionCount).allSatisfy { criterion in
                let plain = classIndex(of: values[criterion], criterion: criterion)
                return !isRead(criterion) || (invalid == 0 ? classes[criterion] == plain : true)
            }
                && (invalid == 0)
                    == (0..<criterionCount).allSatisfy { criterion in
                        !isRead(criterion)
                            || classIndex(of: values[criterion], criterion: criterion) >= 0
                    },
            "the class look-up and its plain form disagree")
        return invalid == 0
    }

    /// ``classify(_:into:aloneRow:)`` without the rows. With `checkingAll`, also false
    /// when the value of a criterion that no table reads is in no class, as the general
    /// analysis must then decide.
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        checkingAll: Bool = false
    ) -> Bool {
        classify(values, into: classes, aloneRow: { _, _ in })
            && (!checkingAll || unreadInClasses(values))
    }

    /// Whether a table reads the criterion.
    @inline(__always)
    func isRead(_ criterion: Int) -> Bool {
        memory.criterionSlotStart[criterion] < memory.criterionSlotStart[criterion + 1]
    }

    /// Whether the value of each criterion that no table reads is in a class.
    func unreadInClasses(_ values: UnsafeMutableBufferPointer<Double>) -> Bool {
        guard memory.listedCodes.count / 3 + memory.numberCodes.count / 5 < criterionCount else {
            return true
        }
        for criterion in 0..<criterionCount
        where !isRead(criterion) && classIndex(of: values[criterion], criterion: criterion) < 0 {
            return false
        }
        return true
    }

    /// The class of a listed criterion's value (its index), and 1 when the value is in
    /// no class (else 0; the class is then meaningless, but one of the criterion's, or
    /// its count), without a branch on the value;
    /// see ``classIndex(of:criterion:)``.
    @inline(__always)
    static func listedClass(_ value: Double, count: Int) -> (found: Int, outside: Int) {
        // The nearest whole number without the checks of `Int(_:)` (nor a select of
        // numbers, which is compiled as a branch): from 0 to 2^52, the low bits of a
        // number plus 2^52 are its nearest whole number; those of NaN are 2^51 or more,
        // those of others whatever they are. At most the last index, it is the value
        // when the value is an index; NaN gets the last index, plus one.
        let nearest = Int(bitPattern: UInt((value + 0x1p52).bitPattern & (1 << 52 - 1)))
        let index = Swift.min(nearest, count &- 1)
        let unknown = value.isNaN ? 1 : 0
        let valid = (Double(index) == value ? 1 : 0) | unknown
        return (index &+ unknown, 1 &- valid)
    }

    /// The class of a number, from its criterion's search tree
    /// (``ProgramMemory/planClassSearch(_:)``), checked against the class's interval
    /// (a whole number's classes leave gaps between them), and 1 when the number is in
    /// no class (else 0; the class is then meaningless, but one of the criterion's),
    /// without a branch on the value; see
    /// ``classIndex(of:criterion:)``.
    @inline(__always)
    func numberClass(_ value: Double, criterion: Int, count: Int, start: Int) -> (
        found: Int, outside: Int
    ) {
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
        // NaN is at or above no threshold: class 0, made the count.
        let unknown = value.isNaN ? 1 : 0
        return (found | (count & -unknown), 1 &- (inside | unknown))
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

    /// Writes the row of each table not found with a class (``classify(_:into:aloneRow:)``)
    /// into `rows` (room for one per table), and returns their count: the other tables
    /// that read one, two and three criteria each in a loop of their own, without a loop
    /// over their slots (``ProgramMemory/pairCodes``), the rest slot by slot. Finding
    /// every row before reading any lets the processor load many rows at once.
    @inline(__always)
    func findRows(classes: UnsafeMutablePointer<Int>, rows: UnsafeMutablePointer<Int>) -> Int {
        var count = 0
        let maps = memory.slotMaps.base
        /// What the slot whose criterion and map start are at `code` adds to the row.
        @inline(__always)
        func offset(_ code: UnsafePointer<Int32>) -> Int {
            Int(maps[Int(code[1]) &+ classes[Int(code[0])]])
        }
        var code = UnsafePointer(memory.unaryCodes.base)
        var end = code + memory.unaryCodes.count
        while code < end {
            rows[count] = Int(code[0]) &+ offset(code + 1)
            count &+= 1
            code += 3
        }
        code = UnsafePointer(memory.pairCodes.base)
        end = code + memory.pairCodes.count
        while code < end {
            rows[count] = Int(code[0]) &+ offset(code + 1) &+ offset(code + 3)
            count &+= 1
            code += 5
        }
        code = UnsafePointer(memory.tripleCodes.base)
        end = code + memory.tripleCodes.count
        while code < end {
            rows[count] = Int(code[0]) &+ offset(code + 1) &+ offset(code + 3) &+ offset(code + 5)
            count &+= 1
            code += 7
        }
        let groups = memory.groups.base
        for group in memory.otherTables.buffer {
            rows[count] = row(of: groups[group], classes: classes)
            count &+= 1
        }
        return count
    }

    /// Adds to `scores` the row of each table for these values; false, adding nothing,
    /// when a value is in no class. `scratch` has room for ``rowScratch`` numbers: the
    /// classes of the criteria that tables read (one per criterion, at the start), then
    /// the rows. With at most 8 forms, the rows found with a class are added as they are
    /// found, and the others after they are all found.
    @inline(__always)
    func addRows(
        _ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutablePointer<Int>,
        into scores: UnsafeMutablePointer<Int64>
    ) -> Bool {
        let classes = scratch
        let found = scratch + criterionCount
        let alone = memory.listedAloneCount &+ memory.numberAloneCount
        let others = memory.groups.count &- alone
        if memory.wideRows.count > 0 {
            let wide = memory.wideRows.base
            var sum = SIMD8<Int64>()
            guard classify(values, into: classes, aloneRow: { _, row in sum &+= wide[Int(row)] })
            else { return false }
            if others > 0 {
                let count = findRows(classes: classes, rows: found)
                for index in 0..<count { sum &+= wide[found[index]] }
            }
            for form in 0..<formCount { scores[form] &+= sum[form] }
            return true
        }
        guard classify(values, into: classes, aloneRow: { found[$0] = Int($1) }) else {
            return false
        }
        let count = alone &+ findRows(classes: classes, rows: found + alone)
        assert(count == memory.groups.count, "a table without its row")
        let rows = memory.rows.base
        let formCount = self.formCount
        for index in 0..<count {
            let points = rows + found[index] &* formCount
            for form in 0..<formCount { scores[form] &+= points[form] }
        }
        return true
    }
}
