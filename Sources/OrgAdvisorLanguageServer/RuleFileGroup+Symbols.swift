import OrgAdvisorRules

/// What a name in a rule file stands for.
enum RuleSymbol: Sendable, Equatable {
    /// A declared id: a criterion, form, rule, derived fact or advice item.
    case declaration(String)
    /// A value of a criterion.
    case value(criterion: String, value: String)
}

extension RuleFileGroup {
    /// The symbol written at a byte offset of a file, and the byte range of its name.
    func symbol(inFile fileIndex: Int, at offset: Int) -> (symbol: RuleSymbol, range: Range<Int>)? {
        guard files.indices.contains(fileIndex) else { return nil }
        var finder = SymbolFinder(offset: offset)
        for declaration in files[fileIndex].declarations {
            finder.visit(declaration)
            if let found = finder.found { return found }
        }
        return nil
    }

    /// Where a symbol is declared: its file and the byte range of its name there.
    func definition(of symbol: RuleSymbol) -> (file: File, range: Range<Int>)? {
        switch symbol {
        case .declaration(let id):
            guard let (file, syntax) = declaration(id) else { return nil }
            return (file, syntax.name.range.start..<syntax.name.range.end)
        case .value(let criterionID, let valueID):
            guard let (file, syntax) = declaration(criterionID), syntax.kind == .criterion else {
                return nil
            }
            for attribute in syntax.attributes {
                if case .value(let value) = attribute.value, value.name.text == valueID {
                    return (file, value.name.range.start..<value.name.range.end)
                }
            }
            return nil
        }
    }
}

/// Walks a declaration for the name that holds an offset (its end included, so that a
/// cursor just after a name finds it).
private struct SymbolFinder {
    let offset: Int
    var found: (symbol: RuleSymbol, range: Range<Int>)?

    init(offset: Int) {
        self.offset = offset
    }

    mutating func visit(_ declaration: DeclarationSyntax) {
        if declaration.kind != .rulebase {
            check(declaration.name, .declaration(declaration.name.text))
        }
        for attribute in declaration.attributes where found == nil {
            switch attribute.value {
            case .value(let value):
                check(value.name, .value(criterion: declaration.name.text, value: value.name.text))
            case .condition(let condition):
                visit(condition)
            case .points(let entries):
                for entry in entries { check(entry.form, .declaration(entry.form.text)) }
            case .assignment(let criterion, let value):
                visit(criterion, value)
            case .names(let names):
                for name in names { check(name, .declaration(name.text)) }
            default:
                break
            }
        }
    }

    /// A condition, its chains walked in a loop (the parser bounds the nesting of
    /// parentheses and `not`).
    private mutating func visit(_ condition: ConditionSyntax) {
        guard found == nil, contains(condition.range.start..<condition.range.end) else { return }
        switch condition {
        case .compare(let criterion, _, let value, _):
            visit(criterion, value)
        case .member(let criterion, let values, _, _):
            check(criterion, .declaration(criterion.text))
            for value in values { visit(criterion, value) }
        case .and(let parts, _), .or(let parts, _):
            for part in parts where found == nil { visit(part) }
        case .not(let inner, _), .group(let inner, _):
            visit(inner)
        }
    }

    /// `criterion OP value` or `set criterion = value`.
    private mutating func visit(_ criterion: NameSyntax, _ value: ValueSyntax) {
        check(criterion, .declaration(criterion.text))
        if case .name(let text) = value.kind, contains(value.range.start..<value.range.end) {
            found = (
                .value(criterion: criterion.text, value: text), value.range.start..<value.range.end
            )
        }
    }

    private mutating func check(_ name: NameSyntax, _ symbol: RuleSymbol) {
        if found == nil, contains(name.range.start..<name.range.end) {
            found = (symbol, name.range.start..<name.range.end)
        }
    }

    private func contains(_ range: Range<Int>) -> Bool {
        range.lowerBound <= offset && offset <= range.upperBound
    }
}
