/// The scratch space of the analysis and of its search: how much any profile takes, and
/// where it comes from (the caller's when it has room, else temporary space).
extension ClassAnalysis {
    /// Room for `vectors` vectors and then `ints` numbers, uninitialised, at the start of
    /// `scratch` when it is aligned for vectors and has room, with the rest of it (aligned
    /// for vectors too); else nil, and the caller takes temporary space
    /// (``withTemporarySpace(vectors:ints:_:)``). Not a function taking a closure: a
    /// closure would copy what it captures for each profile (the effort's leads, with a
    /// reference count).
    static func space(vectors: Int, ints: Int, in scratch: UnsafeMutableRawBufferPointer?)
        -> (
            vectors: UnsafeMutablePointer<SIMD8<Int64>>, ints: UnsafeMutablePointer<Int>,
            rest: UnsafeMutableRawBufferPointer
        )?
    {
        let used = spaceBytes(vectors: vectors, ints: ints)
        guard let scratch, let base = scratch.baseAddress,
            Int(bitPattern: base) % MemoryLayout<SIMD8<Int64>>.alignment == 0,
            used <= scratch.count
        else { return nil }
        return (
            base.bindMemory(to: SIMD8<Int64>.self, capacity: vectors),
            (base + vectors * MemoryLayout<SIMD8<Int64>>.stride).bindMemory(
                to: Int.self, capacity: ints),
            UnsafeMutableRawBufferPointer(rebasing: scratch[used...])
        )
    }

    /// Runs `body` with room for `vectors` vectors and `ints` numbers, uninitialised, in
    /// temporary space (on the heap past 1 KiB): when the caller gave no scratch space.
    static func withTemporarySpace<Result>(
        vectors: Int, ints: Int,
        _ body: (UnsafeMutablePointer<SIMD8<Int64>>, UnsafeMutablePointer<Int>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: SIMD8<Int64>.self, capacity: vectors) { vectorSpace in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: ints) { intSpace in
                body(vectorSpace.baseAddress!, intSpace.baseAddress!)
            }
        }
    }

    /// The bytes that ``space(vectors:ints:in:)`` takes from the caller's scratch
    /// space, rounded up so that what follows is aligned for vectors too.
    static func spaceBytes(vectors: Int, ints: Int) -> Int {
        alignedForVectors(
            vectors * MemoryLayout<SIMD8<Int64>>.stride + ints * MemoryLayout<Int>.stride)
    }

    /// `bytes` rounded up to a multiple of a vector's alignment.
    static func alignedForVectors(_ bytes: Int) -> Int {
        let alignment = MemoryLayout<SIMD8<Int64>>.alignment
        return (bytes + alignment - 1) / alignment * alignment
    }

    /// The numbers of scratch space of an analysis of `unknown` unknown criteria with
    /// `classes` classes in all (its vectors: `(3 + formCount) * classes`).
    static func analysisInts(_ program: Program, unknown: Int, classes: Int) -> Int {
        4 * unknown + 1 + 5 * program.memory.groups.count + 2 * program.memory.slotCriterion.count
            + 4 * classes + unknown + 1
    }

    /// The vectors and numbers of scratch space of a search over `count` unknown criteria,
    /// `tables` joint tables with `jointSlots` slots and `conditions` local classes in all
    /// over those slots, and `moves` changes of row (segments times slots).
    static func searchSizes(
        formCount: Int, tables: Int, count: Int, conditions: Int, jointSlots: Int, moves: Int
    ) -> (vectors: Int, ints: Int) {
        (
            (3 * count + tables + 1 + conditions + jointSlots) * formCount + count + 1,
            2 * tables + 4 * count + 5 * jointSlots + tables + 3 + moves
        )
    }

    /// The bytes of scratch space, aligned for vectors, with which
    /// ``run(program:classes:scores:low:high:wantsBounds:limit:effort:foundRows:ranges:scratch:)``
    /// and its search allocate nothing for any profile: every criterion that a table reads
    /// unknown, every slot of a joint table, and every class of each criterion with every
    /// slot that reads it.
    static func scratchBytes(for program: Program) -> Int {
        let slots = program.memory.slotCriterion.count
        var unknown = 0
        var classes = 0
        var moves = 0
        for criterion in 0..<program.criterionCount {
            let reading =
                program.memory.criterionSlotStart[criterion + 1]
                - program.memory.criterionSlotStart[criterion]
            guard reading > 0 else { continue }
            unknown += 1
            classes += program.memory.classCount[criterion]
            moves += program.memory.classCount[criterion] * reading
        }
        var conditions = 0
        for slot in 0..<slots { conditions += program.memory.slotLocalCount[slot] }
        let search = searchSizes(
            formCount: program.formCount, tables: program.memory.groups.count, count: unknown,
            conditions: conditions, jointSlots: slots, moves: moves)
        return spaceBytes(
            vectors: (3 + program.formCount) * classes,
            ints: analysisInts(program, unknown: unknown, classes: classes))
            + spaceBytes(vectors: search.vectors, ints: search.ints)
    }
}
