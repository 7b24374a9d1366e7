extension Program {
    /// Whether giving the criteria that `facts` leave unknown could change a derived fact:
    /// a derivation whose target `facts` derive (the target not given in `given`) with a
    /// later derivation, and whose own condition is undecided in `facts`. In a completion
    /// where its condition is true, it applies first, and the fact changes.
    ///
    /// Without such a derivation, every derivation keeps its outcome in every completion
    /// of the unknown criteria (in dependency order, a condition reads given facts,
    /// unknown ones, which a completion gives, and derived facts that keep theirs; a true
    /// or false condition stays so), so the analysis of `facts` as they are is the
    /// analysis of the completions with the derivations replayed.
    func derivationsCouldChange(
        given: UnsafePointer<Double>, facts: UnsafeMutableBufferPointer<Double>,
        stack: UnsafeMutablePointer<UInt8>
    ) -> Bool {
        guard sharesDerivationTargets else { return false }
        let instructions = memory.instructions.buffer
        let sets = memory.sets.buffer
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(criterionCount, 1)) {
            settled in
            settled.initialize(repeating: false)
            for derivation in memory.derivations.buffer {
                let target = derivation.target
                guard given[target].isNaN, !facts[target].isNaN, !settled[target] else {
                    continue
                }
                // The derivations of a target are tried in order: the first whose
                // condition is true set it, those before it were false.
                switch Program.run(derivation.code, instructions, sets, facts, stack) {
                case Program.trueValue: settled[target] = true
                case Program.falseValue: continue
                default: return true
                }
            }
            return false
        }
    }
}
