/// Compiling criteria, their ranges, values and weights, and forms.
extension RuleBaseCompiler {
    mutating func compileCriterion(_ declaration: DeclarationSyntax) {
        guard !isDuplicate(declaration), let type = declaration.type else { return }
        let id = declaration.name.text
        let kind = type.kind
        let weight = compileWeight(declaration.attribute(.weight)) ?? FixedDecimal(1)
        let (minimum, maximum) = compileRange(type, kind: kind)
        let values = compileValues(declaration, kind: kind)
        let criterion = Criterion(
            id: id, index: criteria.count, kind: kind, minimum: minimum, maximum: maximum,
            label: declaration.attribute(.label)?.text ?? LocalizedText(id),
            question: declaration.attribute(.question)?.text, weight: weight, values: values,
            location: location(declaration.name.range))
        criterionByID[id] = criteria.count
        criteria.append(criterion)
    }

    /// The checked `from` and `to` of a criterion's type: whole numbers for an integer
    /// criterion, and not an empty range.
    private mutating func compileRange(_ type: TypeSyntax, kind: Criterion.Kind) -> (
        minimum: Double?, maximum: Double?
    ) {
        var minimum = type.from?.value
        var maximum = type.to?.value
        if kind == .integer {
            for bound in [type.from, type.to].compactMap({ $0 })
            where bound.value != bound.value.rounded() {
                error(
                    "the range of an integer criterion needs whole numbers, found \(bound.text)",
                    at: bound.range)
                minimum = nil
                maximum = nil
            }
        }
        if let low = minimum, let high = maximum, low > high, let to = type.to {
            error(
                "empty range: 'from' \(NumberFormatting.format(low)) is above 'to' \(NumberFormatting.format(high))",
                at: to.range)
        }
        return (minimum, maximum)
    }

    /// A criterion's values: the built-in ones of a yesno criterion, the checked `value`
    /// lines of an enumerated one, none for a number.
    private mutating func compileValues(_ declaration: DeclarationSyntax, kind: Criterion.Kind)
        -> [CriterionValue]
    {
        let valueLines = declaration.attributes.compactMap { attribute -> ValueDeclarationSyntax? in
            if case .value(let value) = attribute.value { return value }
            return nil
        }
        if kind == .yesNo {
            if let first = valueLines.first {
                error(
                    "a yesno criterion has the built-in values 'yes' and 'no'; remove the 'value' lines",
                    at: first.name.range)
            }
            return [
                CriterionValue(
                    id: "yes", label: LocalizedText(english: "yes", french: "oui"),
                    aliases: ["true", "y", "o", "1"]),
                CriterionValue(
                    id: "no", label: LocalizedText(english: "no", french: "non"),
                    aliases: ["false", "n", "0"]),
            ]
        } else if kind.isEnumerated {
            return compileEnumeratedValues(valueLines, of: declaration, kind: kind)
        } else if let first = valueLines.first {
            error(
                "a \(kind.rawValue) criterion has no 'value' lines; use 'from' and 'to' for its range",
                at: first.name.range)
        }
        return []
    }

    /// The `value` lines of an enumerated criterion, checked: no id twice, no spelling
    /// naming two values, at least two values.
    private mutating func compileEnumeratedValues(
        _ valueLines: [ValueDeclarationSyntax], of declaration: DeclarationSyntax,
        kind: Criterion.Kind
    ) -> [CriterionValue] {
        let id = declaration.name.text
        var values: [CriterionValue] = []
        var spellings: [String: (value: String, range: SourceRange)] = [:]
        var ids = Set<String>()
        for line in valueLines {
            let value = CriterionValue(
                id: line.name.text, label: line.label?.text ?? LocalizedText(line.name.text),
                aliases: line.aliases.map { $0.0 })
            guard ids.insert(value.id).inserted else {
                error("duplicate value '\(value.id)' in criterion '\(id)'", at: line.name.range)
                continue
            }
            var own: [(String, SourceRange)] = [(value.id, line.name.range)]
            if let label = line.label {
                own += [label.text.english, label.text.french].compactMap { $0 }.map {
                    ($0, label.range)
                }
            }
            own += line.aliases
            for (spelling, range) in own {
                let key = TextFolding.fold(spelling)
                if let other = spellings[key], other.value != value.id {
                    error(
                        "'\(spelling)' would name both '\(other.value)' and '\(value.id)' of criterion '\(id)'",
                        at: range)
                } else {
                    spellings[key] = (value.id, range)
                }
            }
            values.append(value)
        }
        if values.count < 2 {
            error(
                "a \(kind.rawValue) criterion needs at least two values; add 'value' lines to '\(id)'",
                at: declaration.name.range)
        }
        return values
    }

    mutating func compileWeight(_ attribute: AttributeSyntax?) -> FixedDecimal? {
        guard let attribute, case .number(let number) = attribute.value else { return nil }
        guard let weight = FixedDecimal(parsing: number.text), weight.thousandths >= 0,
            weight.thousandths <= 10_000_000
        else {
            error(
                "invalid weight '\(number.text)'; expected a number from 0 to 10000 with at most 3 decimals",
                at: number.range)
            return nil
        }
        return weight
    }

    mutating func compileForm(_ declaration: DeclarationSyntax) {
        guard !isDuplicate(declaration) else { return }
        let form = Form(
            id: declaration.name.text, index: forms.count,
            label: declaration.attribute(.label)?.text ?? LocalizedText(declaration.name.text),
            description: declaration.attribute(.description)?.text ?? LocalizedText(),
            card: declaration.attribute(.card)?.string, location: location(declaration.name.range))
        formByID[form.id] = forms.count
        forms.append(form)
    }
}
