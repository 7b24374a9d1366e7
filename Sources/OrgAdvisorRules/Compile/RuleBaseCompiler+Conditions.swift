/// Resolving the names of forms, criteria and values, and compiling conditions.
extension RuleBaseCompiler {
    /// Up to this many ids are searched one by one, which costs less than hashing the id
    /// (most ids are short strings compared whole in registers); more, through a table.
    static let fewIDs = 16

    /// The index of the first of `items` whose id (`itemID`) is `id`: searched one by one
    /// among at most ``fewIDs`` items, else looked up with `table`.
    static func index<Item>(
        of id: String, in items: [Item], id itemID: (Item) -> String, else table: () -> Int?
    ) -> Int? {
        guard items.count <= fewIDs else { return table() }
        return items.withUnsafeBufferPointer { items in items.firstIndex { itemID($0) == id } }
    }

    mutating func resolveForm(_ name: NameSyntax) -> Int? {
        if let index = formIndex(name.text) { return index }
        unknown("form", name, among: forms.map { $0.id })
        return nil
    }

    /// The index of the form with this id, if one is declared.
    func formIndex(_ id: String) -> Int? {
        RuleBaseCompiler.index(of: id, in: forms, id: { $0.id }, else: { formByID[id] })
    }

    mutating func resolveCriterion(_ name: NameSyntax) -> Criterion? {
        if let index = criterionIndex(name.text) { return criteria[index] }
        unknown("criterion", name, among: criteria.map { $0.id })
        return nil
    }

    /// The index of the criterion with this id, if one is declared.
    func criterionIndex(_ id: String) -> Int? {
        RuleBaseCompiler.index(of: id, in: criteria, id: { $0.id }, else: { criterionByID[id] })
    }

    /// Reports a name that no declaration of its kind has: the declared ones, or that
    /// there are none, and the nearest as help.
    private mutating func unknown(_ kind: String, _ name: NameSyntax, among ids: [String]) {
        error(
            "unknown \(kind) '\(name.text)'"
                + (ids.isEmpty
                    ? "; no \(kind) is declared"
                    : "; expected one of \(QuotedList.commaSeparated(ids))"),
            at: name.range, help: NameSuggestion.help(for: name.text, in: ids))
    }

    /// The index of an enumerated criterion's value by its id: one by one among a few
    /// values, else from a table built the first time the criterion is read, so that long
    /// value lists resolve in linear time.
    private mutating func valueIndex(_ id: String, of criterion: Criterion) -> Int? {
        RuleBaseCompiler.index(
            of: id, in: criterion.values, id: { $0.id }, else: { valueTable(of: criterion)[id] })
    }

    /// The table of an enumerated criterion's values by id (the first of two with the
    /// same id), built the first time it is needed.
    private mutating func valueTable(of criterion: Criterion) -> [String: Int] {
        if let table = valueIndexes[criterion.index] { return table }
        var table: [String: Int] = [:]
        for (index, value) in criterion.values.enumerated() where table[value.id] == nil {
            table[value.id] = index
        }
        valueIndexes[criterion.index] = table
        return table
    }

    /// Resolves a value written for a criterion: an enumerated value id (its index)
    /// or a number within range.
    mutating func resolveValue(_ value: ValueSyntax, for criterion: Criterion) -> Double? {
        if criterion.kind.isEnumerated {
            if case .name(let text) = value.kind, let index = valueIndex(text, of: criterion) {
                return Double(index)
            }
            let ids = criterion.values.map { $0.id }
            let expected = "expected one of \(QuotedList.commaSeparated(ids)) for '\(criterion.id)'"
            switch value.kind {
            case .name(let text):
                let byLabel = criterion.values.first { $0.matches(folded: TextFolding.fold(text)) }?
                    .id
                error(
                    "unknown value '\(text)'; \(expected)", at: value.range,
                    help: (byLabel ?? NameSuggestion.nearest(to: text, in: ids)).map {
                        "did you mean '\($0)'?"
                    })
            case .number(_, let text):
                error("expected a value, found the number \(text); \(expected)", at: value.range)
            case .string(let text):
                let byLabel = criterion.values.first { $0.matches(folded: TextFolding.fold(text)) }?
                    .id
                error(
                    "values in rules are written as ids, not strings; \(expected)", at: value.range,
                    help: byLabel.map { "write '\($0)'" })
            }
            return nil
        }
        guard case .number(let number, let text) = value.kind else {
            error(
                "expected a number for '\(criterion.id)', found '\(value.shown)'", at: value.range)
            return nil
        }
        if criterion.kind == .integer, number != number.rounded() {
            error(
                "expected a whole number for integer criterion '\(criterion.id)', found \(text)",
                at: value.range)
            return nil
        }
        if (criterion.minimum.map { number < $0 } ?? false)
            || (criterion.maximum.map { number > $0 } ?? false)
        {
            error(
                "value \(text) is outside the range of '\(criterion.id)' (\(criterion.rangeDescription ?? ""))",
                at: value.range)
            return nil
        }
        return number
    }

    mutating func compileCondition(_ syntax: ConditionSyntax) -> Condition? {
        let range = syntax.range
        let source = ConditionSource(utf8: utf8(range), location: location(range))
        switch syntax {
        case .compare(let name, let op, let value, _):
            guard let criterion = resolveCriterion(name) else { return nil }
            if op.needsOrder, criterion.kind == .choice || criterion.kind == .yesNo {
                error(
                    "cannot compare '\(criterion.id)' with '\(op.rawValue)': it is a \(criterion.kind.rawValue) and its values have no order; use '=', '!=' or 'in'",
                    at: name.range.union(value.range))
                return nil
            }
            guard let resolved = resolveValue(value, for: criterion) else { return nil }
            return .compare(criterion: criterion.index, op, value: resolved, source: source)
        case .member(let name, let values, let negated, _):
            guard let criterion = resolveCriterion(name),
                let resolved = values.mapEvery({ resolveValue($0, for: criterion) })
            else { return nil }
            return .member(
                criterion: criterion.index, values: Condition.memberValues(resolved),
                negated: negated, source: source)
        case .and(let parts, _), .or(let parts, _):
            guard let compiled = parts.mapEvery({ compileCondition($0) }) else { return nil }
            if case .and = syntax { return .and(compiled, source: source) }
            return .or(compiled, source: source)
        case .not(let inner, _):
            return compileCondition(inner).map { .not($0, source: source) }
        case .group(let inner, _):
            return compileCondition(inner)
        }
    }
}

extension Sequence {
    /// Each element transformed, or nil when the transform fails for any. Unlike a map
    /// that stops at the first failure, it tries every element, so that the compiler
    /// reports every error.
    fileprivate func mapEvery<Transformed>(_ transform: (Element) -> Transformed?)
        -> [Transformed]?
    {
        var result: [Transformed] = []
        var failed = false
        for element in self {
            if let transformed = transform(element) {
                result.append(transformed)
            } else {
                failed = true
            }
        }
        return failed ? nil : result
    }
}
