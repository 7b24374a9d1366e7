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
        return bounds[low].contains(value) ? low : -1
    }

    /// Writes the class of each criterion that a table reads into `classes` (the others
    /// are left as they are), and calls `aloneRow` with the position and row of each
    /// criterion's first table that reads it alone (``ProgramMemory/listedCodes``),
    /// found with the class; false when a value is in no class (the classes and rows
    /// are then meaningless, but within their tables).
    @inline(__always)
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        aloneRow: (_ position: Int, _ row: Int32) -> Void
    ) -> Bool {
        var position = 0
        /// Calls `aloneRow` with the next position.
        @inline(__always)
        func next(_ row: Int32) {
            aloneRow(position, row)
            position &+= 1
        }
        let listed = memory.listedCodes.count / 3
        let numbers = memory.numberCodes.count / 5
        let invalid =
            classifyListed(values, classes, 0..<memory.listedAloneCount, alone: true, next)
            | classifyListed(values, classes, memory.listedAloneCount..<listed, alone: false, next)
            | classifyNumbers(values, classes, 0..<memory.numberAloneCount, alone: true, next)
            | classifyNumbers(
                values, classes, memory.numberAloneCount..<numbers, alone: false, next)
        assert(
            classesAgree(values, classes, valid: invalid == 0),
            "the class look-up and its plain form disagree")
        return invalid == 0
    }

    /// Classifies the listed criteria of ``ProgramMemory/listedCodes`` at `positions`,
    /// and when `alone`, calls `row` with the row of each one's table that reads it
    /// alone; returns 1 when a value is in no class, else 0.
    ///
    /// Whether a class is valid is found from the comparisons alone, not from the class:
    /// a loop whose every step waited for the class would be compiled with branches.
    @inline(__always)
    func classifyListed(
        _ values: UnsafeMutableBufferPointer<Double>, _ classes: UnsafeMutablePointer<Int>,
        _ positions: Range<Int>, alone: Bool, _ row: (Int32) -> Void
    ) -> Int {
        var invalid = 0
        var code = UnsafePointer(memory.listedCodes.base) + 3 &* positions.lowerBound
        let end = UnsafePointer(memory.listedCodes.base) + 3 &* positions.upperBound
        while code < end {
            let criterion = Int(code[0])
            let (found, outside) = Program.listedClass(values[criterion], count: Int(code[1]))
            classes[criterion] = found
            invalid |= outside
            if alone { row(code[2] &+ Int32(truncatingIfNeeded: found)) }
            code += 3
        }
        return invalid
    }

    /// ``classifyListed(_:_:_:alone:_:)`` for the numeric criteria
    /// (``ProgramMemory/numberCodes``).
    @inline(__always)
    func classifyNumbers(
        _ values: UnsafeMutableBufferPointer<Double>, _ classes: UnsafeMutablePointer<Int>,
        _ positions: Range<Int>, alone: Bool, _ row: (Int32) -> Void
    ) -> Int {
        let maps = memory.slotMaps.base
        var invalid = 0
        var code = UnsafePointer(memory.numberCodes.base) + 5 &* positions.lowerBound
        let end = UnsafePointer(memory.numberCodes.base) + 5 &* positions.upperBound
        while code < end {
            let criterion = Int(code[0])
            let (found, outside) = numberClass(
                values[criterion], criterion: criterion, count: Int(code[1]), start: Int(code[2]))
            classes[criterion] = found
            invalid |= outside
            if alone { row(code[3] &+ maps[Int(code[4]) &+ found]) }
            code += 5
        }
        return invalid
    }

    /// Whether the classes agree with ``classIndex(of:criterion:)`` (all when `valid`), and
    /// `valid` with every class being found (for debug builds).
    func classesAgree(
        _ values: UnsafeMutableBufferPointer<Double>, _ classes: UnsafeMutablePointer<Int>,
        valid: Bool
    ) -> Bool {
        var allFound = true
        for criterion in 0..<criterionCount where isRead(criterion) {
            let plain = classIndex(of: values[criterion], criterion: criterion)
            allFound = allFound && plain >= 0
            if valid && classes[criterion] != plain { return false }
        }
        return valid == allFound
    }

    /// ``classify(_:into:aloneRow:)`` without the rows. With `checkingAll`, the classes
    /// of the criteria that no table reads too (``classifyUnread(_:into:)``), and false
    /// when one is in no class, as the general analysis must then decide.
    func classify(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>,
        checkingAll: Bool = false
    ) -> Bool {
        classify(values, into: classes, aloneRow: { _, _ in })
            && (!checkingAll || classifyUnread(values, into: classes))
    }

    /// Whether a table reads the criterion.
    @inline(__always)
    func isRead(_ criterion: Int) -> Bool {
        memory.criterionSlotStart[criterion] < memory.criterionSlotStart[criterion + 1]
    }

    /// Writes the class of each criterion that no table reads into `classes` (the plain
    /// look-up: the analysis reads every class); false when one is in no class.
    func classifyUnread(
        _ values: UnsafeMutableBufferPointer<Double>, into classes: UnsafeMutablePointer<Int>
    ) -> Bool {
        guard memory.listedCodes.count / 3 + memory.numberCodes.count / 5 < criterionCount else {
            return true
        }
        var valid = true
        for criterion in 0..<criterionCount where !isRead(criterion) {
            classes[criterion] = classIndex(of: values[criterion], criterion: criterion)
            valid = valid && classes[criterion] >= 0
        }
        return valid
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
        // (In 64 bits: `Int` has 32 on wasm32.)
        let nearest = (value + 0x1p52).bitPattern & (1 << 52 - 1)
        let index = Int(
            truncatingIfNeeded: Swift.min(nearest, UInt64(truncatingIfNeeded: count &- 1)))
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
        // Compared two lanes at a time: a mask of two 64-bit lanes is one SSE2 register,
        // where one of eight is split and shuffled.
        let probe = SIMD2<Double>(repeating: value)
        var found = 0
        let first = memory.classSearchStart.base[criterion]
        let end = memory.classSearchStart.base[criterion &+ 1]
        for level in first..<end {
            let block = blocks[levels[level] &+ found]
            var below = SIMD2<Int64>()
            for pair in 0..<4 {
                let lanes = SIMD2(block[2 &* pair], block[2 &* pair &+ 1])
                below &+= SIMD2<Int64>().replacing(with: 1, where: lanes .<= probe)
            }
            found = found &* 8 &+ Int(below[0] &+ below[1])
        }
        let inside = memory.classBounds.base[start &+ found].contains(value) ? 1 : 0
        // NaN is at or above no threshold: class 0, made the count.
        let unknown = value.isNaN ? 1 : 0
        return (found | (count & -unknown), 1 &- (inside | unknown))
    }
}
