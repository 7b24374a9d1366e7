/// Compiling rules, derivations, advice and the `accept` lines.
extension RuleBaseCompiler {
    mutating func compileRule(_ declaration: DeclarationSyntax, index: Int) -> Rule? {
        guard !isDuplicate(declaration) else { return nil }
        let condition = compileWhen(declaration)
        var entries: [PointsSyntax] = []
        if let pointsAttribute = declaration.attribute(.points),
            case .points(let written) = pointsAttribute.value
        {
            entries = written
        }
        var points: [FormPoints] = []
        var failed = condition == nil || entries.isEmpty
        for entry in entries {
            guard let form = resolveForm(entry.form) else {
                failed = true
                continue
            }
            guard let value = FixedDecimal(parsing: entry.points.text),
                abs(value.thousandths) <= 10_000_000
            else {
                error(
                    "invalid points '\(entry.points.text)'; expected a number from -10000 to 10000 with at most 3 decimals",
                    at: entry.points.range)
                failed = true
                continue
            }
            if points.contains(where: { $0.form == form }) {
                error(
                    "form '\(entry.form.text)' gets points twice in rule '\(declaration.name.text)'",
                    at: entry.form.range)
                failed = true
                continue
            }
            points.append(FormPoints(form: form, points: value))
        }
        let weightAttribute = declaration.attribute(.weight)
        let ownWeight = compileWeight(weightAttribute)
        if weightAttribute != nil && ownWeight == nil { failed = true }
        guard !failed, let condition else { return nil }
        let read = condition.criteria
        let weight: FixedDecimal
        let source: Rule.WeightSource
        if let ownWeight {
            weight = ownWeight
            source = .own
        } else {
            weight = criteria[read[0]].weight
            source = .criterion(read[0])
        }
        return Rule(
            id: declaration.name.text, index: index, condition: condition, points: points,
            weight: weight,
            weightSource: source,
            because: .text(declaration.attribute(.because)?.text ?? LocalizedText()),
            card: declaration.attribute(.card)?.string,
            note: declaration.attribute(.note)?.text.map { .text($0) },
            location: location(declaration.name.range), criteria: read)
    }

    mutating func compileDerivation(_ declaration: DeclarationSyntax, index: Int)
        -> Derivation?
    {
        guard !isDuplicate(declaration) else { return nil }
        let condition = compileWhen(declaration)
        guard let setAttribute = declaration.attribute(.set),
            case .assignment(let name, let value) = setAttribute.value,
            let target = resolveCriterion(name), let resolved = resolveValue(value, for: target),
            let condition
        else { return nil }
        return Derivation(
            id: declaration.name.text, index: index, target: target.index, value: resolved,
            condition: condition,
            because: declaration.attribute(.because)?.text,
            card: declaration.attribute(.card)?.string,
            note: declaration.attribute(.note)?.text, location: location(declaration.name.range))
    }

    mutating func compileAdvice(_ declaration: DeclarationSyntax, index: Int) -> Advice? {
        guard !isDuplicate(declaration) else { return nil }
        var condition: Condition?
        if declaration.attribute(.when)?.condition != nil {
            condition = compileWhen(declaration)
            if condition == nil { return nil }
        }
        var forms: [Int] = []
        if let forAttribute = declaration.attribute(.for),
            case .names(let names) = forAttribute.value
        {
            for name in names {
                guard let form = resolveForm(name) else { return nil }
                forms.append(form)
            }
        }
        return Advice(
            id: declaration.name.text, index: index,
            title: declaration.attribute(.title)?.text ?? LocalizedText(),
            text: declaration.attribute(.text)?.text ?? LocalizedText(), condition: condition,
            forms: forms,
            card: declaration.attribute(.card)?.string, location: location(declaration.name.range))
    }

    /// The declaration's `when` condition compiled: nil when it has none (or it did not
    /// parse) or when it does not compile.
    private mutating func compileWhen(_ declaration: DeclarationSyntax) -> Condition? {
        guard let syntax = declaration.attribute(.when)?.condition else { return nil }
        return compileCondition(syntax)
    }

    // MARK: Acceptances

    /// The `accept` lines of a declaration, checked: a known kind of finding, allowed on
    /// this kind of declaration, at most once per kind.
    mutating func compileAcceptances(
        _ declaration: DeclarationSyntax, subject: Acceptance.Subject
    ) -> [Acceptance] {
        var result: [Acceptance] = []
        for attribute in declaration.attributes {
            guard case .acceptance(let name, let reason) = attribute.value else { continue }
            let what =
                declaration.kind == .rulebase
                ? "the rule base" : "\(declaration.kind.rawValue) '\(declaration.name.text)'"
            let kinds = FindingKind.acceptable.map { $0.rawValue }
            guard let kind = FindingKind(rawValue: name.text),
                FindingKind.acceptable.contains(kind)
            else {
                error(
                    "unknown finding kind '\(name.text)'; expected one of \(QuotedList.commaSeparated(kinds))",
                    at: name.range, help: NameSuggestion.help(for: name.text, in: kinds))
                continue
            }
            guard kind.acceptedOn.contains(declaration.kind.rawValue) else {
                let places = kind.acceptedOn.map { $0 == "derive" ? "a derivation" : "a \($0)" }
                error(
                    "'\(kind.rawValue)' cannot be accepted on \(what); it is accepted on \(places.joined(separator: " or "))",
                    at: name.range)
                continue
            }
            if result.contains(where: { $0.kind == kind }) {
                error("'accept \(kind.rawValue)' is given twice for \(what)", at: name.range)
                continue
            }
            result.append(
                Acceptance(
                    kind: kind, subject: subject, reason: reason.text,
                    location: location(attribute.keyword.range)))
        }
        return result
    }
}
