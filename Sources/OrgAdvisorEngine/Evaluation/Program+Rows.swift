extension Program {
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
    /// over their slots (``ProgramMemory/pairCodes``), the rest slot by slot
    /// (``ProgramMemory/wideCodes``). Finding every row before reading any lets the
    /// processor load many rows at once.
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
        code = UnsafePointer(memory.wideCodes.base)
        end = code + memory.wideCodes.count
        while code < end {
            var row = Int(code[0])
            var slot = code + 2
            let last = slot + 2 &* Int(code[1])
            while slot < last {
                row &+= offset(slot)
                slot += 2
            }
            rows[count] = row
            count &+= 1
            code = last
        }
        return count
    }

    /// Adds to `scores` the row of each table for these values; false, adding nothing,
    /// when a value is in no class. `scratch` has room for ``rowScratch`` numbers: the
    /// classes of the criteria that tables read (one per criterion, at the start), then
    /// the rows.
    ///
    /// With at most 8 forms, the rows of the listed criteria's tables that read them
    /// alone are added as the classes are found, here; the other rows (when
    /// ``hasOtherRows``) in ``addOtherRows(_:scratch:to:invalid:)``, out of line.
    @inline(__always)
    func addRows(
        _ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutablePointer<Int>,
        into scores: UnsafeMutablePointer<Int64>
    ) -> Bool {
        guard memory.wideRows.count > 0 else {
            return addRowsByForm(values, scratch: scratch, into: scores)
        }
        let wide = memory.wideRows.base
        var sum = SIMD8<Int64>()
        var invalid = classifyListed(
            values, scratch, 0..<memory.listedAloneCount, alone: true, { sum &+= wide[Int($0)] })
        if hasOtherRows {
            invalid = addOtherRows(values, scratch: scratch, to: &sum, invalid: invalid)
        } else {
            assert(
                classesAgree(values, scratch, valid: invalid == 0),
                "the class look-up and its plain form disagree")
        }
        guard invalid == 0 else { return false }
        for form in 0..<formCount { scores[form] &+= sum[form] }
        return true
    }

    /// Adds to `sum` the rows that ``addRows(_:scratch:into:)`` does not: of the numeric
    /// criteria's tables that read them alone, as their classes are found, then of the
    /// others, after they are all found (which lets the processor load many at once).
    /// Returns 1 when a value is in no class (or `invalid` is 1: a listed criterion's),
    /// else 0.
    @inline(never)
    func addOtherRows(
        _ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutablePointer<Int>,
        to sum: inout SIMD8<Int64>, invalid listedInvalid: Int
    ) -> Int {
        let wide = memory.wideRows.base
        let classes = scratch
        let listed = memory.listedCodes.count / 3
        let numbers = memory.numberCodes.count / 5
        var total = sum
        let invalid =
            listedInvalid
            | classifyListed(values, classes, memory.listedAloneCount..<listed, alone: false) { _ in
            }
            | classifyNumbers(values, classes, 0..<memory.numberAloneCount, alone: true) {
                total &+= wide[Int($0)]
            }
            | classifyNumbers(values, classes, memory.numberAloneCount..<numbers, alone: false) {
                _ in
            }
        assert(
            classesAgree(values, classes, valid: invalid == 0),
            "the class look-up and its plain form disagree")
        let alone = memory.listedAloneCount &+ memory.numberAloneCount
        if invalid == 0 && memory.groups.count > alone {
            let found = scratch + criterionCount
            let count = findRows(classes: classes, rows: found)
            for index in 0..<count { total &+= wide[found[index]] }
        }
        sum = total
        return invalid
    }

    /// ``addRows(_:scratch:into:)`` with more than 8 forms: every row found, then added
    /// form by form.
    @inline(never)
    func addRowsByForm(
        _ values: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutablePointer<Int>,
        into scores: UnsafeMutablePointer<Int64>
    ) -> Bool {
        let classes = scratch
        let found = scratch + criterionCount
        guard classify(values, into: classes, aloneRow: { found[$0] = Int($1) }) else {
            return false
        }
        let alone = memory.listedAloneCount &+ memory.numberAloneCount
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
