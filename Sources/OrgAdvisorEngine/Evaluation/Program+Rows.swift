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
    /// are left as they are), and the row of each criterion's table that reads it alone
    /// into `rows` (``ProgramMemory/listedCodes``; room for one per table and one more);
    /// false when a value is in no class (the classes and rows are then meaningless).
    ///
    /// Whether a class is valid is found from the comparisons alone, not from the class:
    /// a loop whose every step waited for the class would be compiled with branches.
    @inline(__always)
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        rows: UnsafeMutablePointer<Int32>
    ) -> Bool {
        let maps = memory.slotMaps.base
        /// Writes the row of the table at `code` (position, first row, map start) for
        /// class `found`.
        @inline(__always)
        func write(_ code: UnsafePointer<Int32>, _ found: Int) {
            rows[Int(code[0])] = code[1] &+ maps[Int(code[2]) &+ found]
        }
        var invalid = 0
        var code = UnsafePointer(memory.listedCodes.base)
        var end = code + memory.listedCodes.count
        while code < end {
            let criterion = Int(code[0])
            let (found, outside) = Program.listedClass(values[criterion], count: Int(code[1]))
            classes[criterion] = found
            invalid |= outside
            write(code + 2, found)
            code += 5
        }
        code = UnsafePointer(memory.numberCodes.base)
        end = code + memory.numberCodes.count
        while code < end {
            let criterion = Int(code[0])
            let (found, outside) = numberClass(
                values[criterion], criterion: criterion, count: Int(code[1]), start: Int(code[2]))
            classes[criterion] = found
            invalid |= outside
            write(code + 3, found)
            code += 6
        }
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

    /// ``classify(_:into:rows:)`` without the rows. With `checkingAll`, also false when
    /// the value of a criterion that no table reads is in no class, as the general
    /// analysis must then decide.
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        checkingAll: Bool = false
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: memory.groups.count + 1) { rows in
            classify(values, into: classes, rows: rows.baseAddress!)
        } && (!checkingAll || unreadInClasses(values))
    }

    /// Whether a table reads the criterion.
    @inline(__always)
    func isRead(_ criterion: Int) -> Bool {
        memory.criterionSlotStart[criterion] < memory.criterionSlotStart[criterion + 1]
    }

    /// Whether the value of each criterion that no table reads is in a class.
    func unreadInClasses(_ values: UnsafeMutableBufferPointer<Double>) -> Bool {
        guard memory.listedCodes.count / 5 + memory.numberCodes.count / 6 < criterionCount else {
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
        // those of others whatever they are.
        let nearest = Int(bitPattern: UInt((value + 0x1p52).bitPattern & (1 << 52 - 1)))
        let whole = (nearest < count ? 1 : 0) & (Double(nearest) == value ? 1 : 0)
        return (Swift.min(nearest, count), 1 &- (whole | (value.isNaN ? 1 : 0)))
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

    /// Writes the class of each criterion that a table reads into `classes`, and the row
    /// of each table into `rows` (room for one per table and one more); returns the
    /// number of rows, or -1 when a value is in no class. The first table of each
    /// criterion that reads it alone is found with the class; the other tables that read
    /// one, two and three criteria each in a loop of their own, without a loop over
    /// their slots (``ProgramMemory/pairCodes``), the rest slot by slot. Finding every
    /// row before reading any lets the processor load many rows at once.
    @inline(__always)
    func findRows(
        _ values: UnsafeMutableBufferPointer<Double>, classes: UnsafeMutablePointer<Int>,
        rows: UnsafeMutablePointer<Int32>
    ) -> Int {
        guard classify(values, into: classes, rows: rows) else { return -1 }
        var count = memory.classRowCount
        let maps = memory.slotMaps.base
        /// What the slot whose criterion and map start are at `code` adds to the row.
        @inline(__always)
        func offset(_ code: UnsafePointer<Int32>) -> Int32 {
            maps[Int(code[1]) &+ classes[Int(code[0])]]
        }
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
        assert(count == memory.groups.count, "a table without its row")
        return count
    }

    /// Adds to `scores` the row of each table for these values, and writes the class of
    /// each criterion that a table reads into `classes`; false, adding nothing, when a
    /// value is in no class.
    @inline(__always)
    func addRows(
        _ values: UnsafeMutableBufferPointer<Double>, classes: UnsafeMutablePointer<Int>,
        into scores: UnsafeMutablePointer<Int64>
    ) -> Bool {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: memory.groups.count + 1) {
            found in
            let found = found.baseAddress!
            let count = findRows(values, classes: classes, rows: found)
            guard count >= 0 else { return false }
            if memory.wideRows.count > 0 {
                let wide = memory.wideRows.base
                var sum = SIMD8<Int64>()
                for index in 0..<count { sum &+= wide[Int(found[index])] }
                for form in 0..<formCount { scores[form] &+= sum[form] }
                return true
            }
            let rows = memory.rows.base
            let formCount = self.formCount
            for index in 0..<count {
                let points = rows + Int(found[index]) &* formCount
                for form in 0..<formCount { scores[form] &+= points[form] }
            }
            return true
        }
    }
}
