/// The checks of a decoded rule base that no single value shows: what the compiler
/// guarantees of every rule base it makes, and what the engine relies on.
extension RuleBaseArchive {
    /// Checks what the compiler guarantees: criterion, form and value ids that are
    /// unique (they name options and keys; rule ids only name rules in texts), listed values for exactly the listed kinds, number ranges in order,
    /// derivations ordered each once, and weighted points that no score can overflow.
    static func validate(_ parts: CheckedRuleBase, at reader: ArchiveReader) throws(Failure) {
        guard !parts.forms.isEmpty else { throw reader.failure("a rule base without forms") }
        try unique(parts.criteria.map { $0.id }, "criterion", at: reader)
        try unique(parts.forms.map { $0.id }, "form", at: reader)
        for criterion in parts.criteria {
            try unique(criterion.values.map { $0.id }, "value of '\(criterion.id)'", at: reader)
            let ordered =
                criterion.kind.isEnumerated
                ? !criterion.values.isEmpty && criterion.minimum == nil && criterion.maximum == nil
                : criterion.values.isEmpty && (criterion.minimum.map { !$0.isNaN } ?? true)
                    && (criterion.maximum.map { !$0.isNaN } ?? true)
                    && (criterion.minimum ?? -.infinity) <= (criterion.maximum ?? .infinity)
            guard ordered, criterion.weight.thousandths >= 0 else {
                throw reader.failure("criterion '\(criterion.id)' has invalid values or weight")
            }
        }
        var seen = [Bool](repeating: false, count: parts.derivations.count)
        for index in parts.derivationOrder {
            guard !seen[index] else { throw reader.failure("derivation \(index) ordered twice") }
            seen[index] = true
        }
        guard !seen.contains(false) else {
            throw reader.failure("a derivation missing from the derivation order")
        }
        if let excess = ScoreLimit.firstExcess(parts.rules) {
            throw reader.failure(
                "the scores of form '\(parts.forms[excess.form].id)' could exceed the largest"
                    + " score orgadvisor can compute")
        }
    }

    /// Fails when an id is empty or appears twice.
    private static func unique(_ ids: [String], _ what: String, at reader: ArchiveReader)
        throws(Failure)
    {
        var seen = Set<String>()
        for id in ids where id.isEmpty || !seen.insert(id).inserted {
            throw reader.failure("the \(what) id '\(id)' is empty or appears twice")
        }
    }
}
