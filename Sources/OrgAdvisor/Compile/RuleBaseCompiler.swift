/// Turns rule files into a ``RuleBase``: parses every file, resolves names, checks
/// types, ranges, duplicates and derivation cycles, and collects every diagnostic.
struct RuleBaseCompiler {
    private let files: [SourceFile]
    private var diagnostics: [Diagnostic] = []
    private var declarations: [DeclarationSyntax] = []
    private var criteria: [Criterion] = []
    private var criterionByID: [String: Int] = [:]
    /// Each enumerated criterion's value indexes by id, built when first needed.
    private var valueIndexes: [Int: [String: Int]] = [:]
    private var forms: [Form] = []
    private var formByID: [String: Int] = [:]
    /// Where each id is first declared.
    private var firstDeclaration: [String: SourceRange] = [:]

    init(files: [SourceFile]) {
        self.files = files
    }

    /// The checked parts of a rule base, from which ``RuleBase`` builds its program.
    struct Parts {
        var name: String
        var version: String
        var title: LocalizedText?
        var criteria: [Criterion]
        var forms: [Form]
        var rules: [Rule]
        var derivations: [Derivation]
        var derivationOrder: [Int]
        var advice: [Advice]
        /// The `accept` lines, in file order.
        var acceptances: [Acceptance] = []
        var fingerprint: String
        var warnings: [Diagnostic]
        var paths: [String]
    }

    /// Compiles, returning the parts, or throwing every diagnostic when any is an error.
    mutating func compile() throws(RuleBaseError) -> Parts {
        parseFiles()
        let header = declarations.first { $0.kind == .rulebase }
        checkDuplicates()
        for declaration in declarations { checkAttributes(declaration) }
        for declaration in declarations where declaration.kind == .criterion {
            compileCriterion(declaration)
        }
        var acceptances: [Acceptance] = []
        for declaration in declarations where declaration.kind == .form {
            let index = forms.count
            compileForm(declaration)
            if forms.count > index {
                acceptances += compileAcceptances(declaration, subject: .form(index))
            }
        }
        if let header {
            acceptances += compileAcceptances(header, subject: .ruleBase)
        }
        var rules: [Rule] = []
        var derivations: [Derivation] = []
        var advice: [Advice] = []
        for declaration in declarations {
            switch declaration.kind {
            case .rule:
                if let rule = compileRule(declaration, index: rules.count) {
                    acceptances += compileAcceptances(declaration, subject: .rule(rule.index))
                    rules.append(rule)
                }
            case .derive:
                if let derivation = compileDerivation(declaration, index: derivations.count) {
                    acceptances += compileAcceptances(
                        declaration, subject: .derivation(derivation.index))
                    derivations.append(derivation)
                }
            case .advice:
                if let item = compileAdvice(declaration, index: advice.count) {
                    advice.append(item)
                }
            default: break
            }
        }
        let order = orderDerivations(derivations)
        if declarations.isEmpty && !diagnostics.contains(where: { $0.severity == .error }) {
            let location = files.first.map { SourceLocation(path: $0.path, line: 1, column: 1) }
            diagnostics.append(
                Diagnostic(
                    severity: .error,
                    message: "empty rule base: no criterion, form or rule is declared",
                    location: location))
        } else if forms.isEmpty && !declarations.contains(where: { $0.kind == .form })
            && !diagnostics.contains(where: { $0.severity == .error })
        {
            diagnostics.append(
                Diagnostic(
                    severity: .error,
                    message: "the rule base declares no form; declare at least one 'form'",
                    location: files.first.map { SourceLocation(path: $0.path, line: 1, column: 1) })
            )
        }
        checkOverflow(rules)
        if !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += warnings(rules: rules, derivations: derivations, advice: advice)
        }
        let sorted = diagnostics.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            let lFile =
                l.location.map { location in files.firstIndex { $0.path == location.path } ?? 0 }
                ?? -1
            let rFile =
                r.location.map { location in files.firstIndex { $0.path == location.path } ?? 0 }
                ?? -1
            if lFile != rFile { return lFile < rFile }
            let lPos = (l.location?.line ?? 0, l.location?.column ?? 0)
            let rPos = (r.location?.line ?? 0, r.location?.column ?? 0)
            if lPos != rPos { return lPos < rPos }
            return lhs.offset < rhs.offset
        }.map(\.element)
        if sorted.contains(where: { $0.severity == .error }) {
            throw RuleBaseError(diagnostics: RuleBaseCompiler.shortened(sorted))
        }
        let name =
            header?.name.text ?? files.first.map { RuleBaseCompiler.stem($0.path) } ?? "rules"
        let version = header?.version?.text ?? "unversioned"
        let title = header?.attribute("title").flatMap(\.text)
        return Parts(
            name: name, version: version, title: title, criteria: criteria, forms: forms,
            rules: rules, derivations: derivations, derivationOrder: order, advice: advice,
            acceptances: acceptances.sorted { $0.location < $1.location },
            fingerprint: Fingerprint.of(files), warnings: sorted, paths: files.map(\.path))
    }

    /// The most diagnostics a load reports: past it, a note says how many more there
    /// are, so that a file of garbage cannot make an error report without bound.
    static let diagnosticLimit = 1000

    static func shortened(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.count > diagnosticLimit else { return diagnostics }
        let rest = diagnostics.count - diagnosticLimit
        return Array(diagnostics.prefix(diagnosticLimit)) + [
            Diagnostic(
                severity: .note,
                message:
                    "\(rest) more \(rest == 1 ? "diagnostic" : "diagnostics") not shown; fix the ones above first"
            )
        ]
    }

    static func stem(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            return String(last[..<dot])
        }
        return last
    }

    // MARK: Parsing and declarations

    private mutating func parseFiles() {
        let allowed: Set<DeclarationKind> = [.rulebase, .criterion, .form, .rule, .derive, .advice]
        for (index, file) in files.enumerated() {
            if let bad = file.firstInvalidUTF8Offset() {
                let byte = file.bytes[bad]
                let hex = String(byte, radix: 16, uppercase: true)
                diagnostics.append(
                    Diagnostic(
                        .error,
                        "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" + hex : hex); rule files must be UTF-8 text",
                        in: file, range: bad..<bad + 1))
                continue
            }
            var parser = Parser(file: file, fileIndex: index, allowed: allowed)
            declarations += parser.parseFile()
            diagnostics += parser.diagnostics
        }
    }

    private func file(_ range: SourceRange) -> SourceFile { files[range.file] }

    private func location(_ range: SourceRange) -> SourceLocation {
        files[range.file].location(of: range.start)
    }

    private mutating func error(_ message: String, at range: SourceRange, help: String? = nil) {
        diagnostics.append(
            Diagnostic(.error, message, in: file(range), range: range.start..<range.end, help: help)
        )
    }

    private mutating func warning(_ message: String, at range: SourceRange, help: String? = nil) {
        diagnostics.append(
            Diagnostic(
                .warning, message, in: file(range), range: range.start..<range.end, help: help))
    }

    private mutating func checkDuplicates() {
        var seen: [String: DeclarationSyntax] = [:]
        var header: DeclarationSyntax?
        for declaration in declarations {
            if declaration.kind == .rulebase {
                if let first = header {
                    error(
                        "a rule base has one 'rulebase' declaration; another is at \(location(first.keyword))",
                        at: declaration.keyword)
                } else {
                    header = declaration
                }
                continue
            }
            let id = declaration.name.text
            if firstDeclaration[id] == nil { firstDeclaration[id] = declaration.name.range }
            if let first = seen[id] {
                error(
                    "duplicate id '\(id)'; \(first.kind.rawValue) '\(id)' is already declared at \(location(first.name.range))",
                    at: declaration.name.range)
            } else {
                seen[id] = declaration
            }
        }
    }

    private mutating func checkAttributes(_ declaration: DeclarationSyntax) {
        var seen: Set<String> = []
        for attribute in declaration.attributes {
            let keyword = attribute.keyword.text
            if seen.contains(keyword) && !declaration.kind.repeatable.contains(keyword) {
                error(
                    "'\(keyword)' is given twice for \(declaration.kind.rawValue) '\(declaration.name.text)'",
                    at: attribute.keyword.range)
            }
            seen.insert(keyword)
        }
        for keyword in declaration.kind.required where !seen.contains(keyword) {
            error(
                "\(declaration.kind.rawValue) '\(declaration.name.text)' has no '\(keyword)'; expected a '\(keyword)' line",
                at: declaration.name.range)
        }
    }

    /// True when an earlier declaration has the same id (that one is compiled instead).
    private func isDuplicate(_ declaration: DeclarationSyntax) -> Bool {
        firstDeclaration[declaration.name.text] != declaration.name.range
    }

    // MARK: Criteria and forms

    private mutating func compileCriterion(_ declaration: DeclarationSyntax) {
        guard !isDuplicate(declaration), let type = declaration.type else { return }
        let id = declaration.name.text
        let kind: Criterion.Kind
        switch type.name.text {
        case "choice": kind = .choice
        case "level": kind = .level
        case "yesno": kind = .yesNo
        case "integer": kind = .integer
        default: kind = .decimal
        }
        let weight = compileWeight(declaration.attribute("weight")) ?? FixedDecimal(1)
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
        var values: [CriterionValue] = []
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
            values = [
                CriterionValue(
                    id: "yes", label: LocalizedText(english: "yes", french: "oui"),
                    aliases: ["true", "y", "o", "1"]),
                CriterionValue(
                    id: "no", label: LocalizedText(english: "no", french: "non"),
                    aliases: ["false", "n", "0"]),
            ]
        } else if kind.isEnumerated {
            var spellings: [String: (value: String, range: SourceRange)] = [:]
            var ids = Set<String>()
            for line in valueLines {
                let value = CriterionValue(
                    id: line.name.text, label: line.label?.text ?? LocalizedText(line.name.text),
                    aliases: line.aliases.map(\.0))
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
        } else if let first = valueLines.first {
            error(
                "a \(kind.rawValue) criterion has no 'value' lines; use 'from' and 'to' for its range",
                at: first.name.range)
        }
        let criterion = Criterion(
            id: id, index: criteria.count, kind: kind, minimum: minimum, maximum: maximum,
            label: declaration.attribute("label")?.text ?? LocalizedText(id),
            question: declaration.attribute("question")?.text, weight: weight, values: values,
            location: location(declaration.name.range))
        criterionByID[id] = criteria.count
        criteria.append(criterion)
    }

    private mutating func compileWeight(_ attribute: AttributeSyntax?) -> FixedDecimal? {
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

    private mutating func compileForm(_ declaration: DeclarationSyntax) {
        guard !isDuplicate(declaration) else { return }
        let form = Form(
            id: declaration.name.text, index: forms.count,
            label: declaration.attribute("label")?.text ?? LocalizedText(declaration.name.text),
            description: declaration.attribute("description")?.text ?? LocalizedText(),
            card: declaration.attribute("card")?.string, location: location(declaration.name.range))
        formByID[form.id] = forms.count
        forms.append(form)
    }

    // MARK: Rules, derivations, advice

    private mutating func resolveForm(_ name: NameSyntax) -> Int? {
        if let index = formByID[name.text] { return index }
        error(
            "unknown form '\(name.text)'; expected one of \(QuotedList.commaSeparated(forms.map(\.id)))",
            at: name.range, help: NameSuggestion.help(for: name.text, in: forms.map(\.id)))
        return nil
    }

    private mutating func resolveCriterion(_ name: NameSyntax) -> Criterion? {
        if let index = criterionByID[name.text] { return criteria[index] }
        let ids = criteria.map(\.id)
        error(
            "unknown criterion '\(name.text)'"
                + (ids.isEmpty
                    ? "; no criterion is declared"
                    : "; expected one of \(QuotedList.commaSeparated(ids))"),
            at: name.range, help: NameSuggestion.help(for: name.text, in: ids))
        return nil
    }

    /// The index of an enumerated criterion's value by its id, from a table built the
    /// first time the criterion is read, so that long value lists resolve in linear time.
    private mutating func valueIndex(_ id: String, of criterion: Criterion) -> Int? {
        if let table = valueIndexes[criterion.index] { return table[id] }
        var table: [String: Int] = [:]
        for (index, value) in criterion.values.enumerated() where table[value.id] == nil {
            table[value.id] = index
        }
        valueIndexes[criterion.index] = table
        return table[id]
    }

    /// Resolves a value written for a criterion: an enumerated value id (its index)
    /// or a number within range.
    private mutating func resolveValue(_ value: ValueSyntax, for criterion: Criterion) -> Double? {
        if criterion.kind.isEnumerated {
            if case .name(let text) = value.kind, let index = valueIndex(text, of: criterion) {
                return Double(index)
            }
            let ids = criterion.values.map(\.id)
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

    private mutating func compileCondition(_ syntax: ConditionSyntax) -> Condition? {
        let range = syntax.range
        let source = ConditionSource(
            text: file(range).text(range.start..<range.end), location: location(range))
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
            guard let criterion = resolveCriterion(name) else { return nil }
            var resolved: [Double] = []
            var failed = false
            for value in values {
                if let number = resolveValue(value, for: criterion) {
                    resolved.append(number)
                } else {
                    failed = true
                }
            }
            return failed
                ? nil
                : .member(
                    criterion: criterion.index, values: Condition.memberValues(resolved),
                    negated: negated, source: source)
        case .and(let parts, _), .or(let parts, _):
            var compiled: [Condition] = []
            var failed = false
            for part in parts {
                if let condition = compileCondition(part) {
                    compiled.append(condition)
                } else {
                    failed = true
                }
            }
            if failed { return nil }
            if case .and = syntax { return .and(compiled, source: source) }
            return .or(compiled, source: source)
        case .not(let inner, _):
            return compileCondition(inner).map { .not($0, source: source) }
        case .group(let inner, _):
            return compileCondition(inner)
        }
    }

    private mutating func compileRule(_ declaration: DeclarationSyntax, index: Int) -> Rule? {
        guard !isDuplicate(declaration) else { return nil }
        var condition: Condition?
        if let whenAttribute = declaration.attribute("when"),
            case .condition(let syntax) = whenAttribute.value
        {
            condition = compileCondition(syntax)
        }
        var entries: [PointsSyntax] = []
        if let pointsAttribute = declaration.attribute("points"),
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
        let ownWeight = compileWeight(declaration.attribute("weight"))
        if declaration.attribute("weight") != nil && ownWeight == nil { failed = true }
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
            because: declaration.attribute("because")?.text ?? LocalizedText(),
            card: declaration.attribute("card")?.string, note: declaration.attribute("note")?.text,
            location: location(declaration.name.range), criteria: read)
    }

    private mutating func compileDerivation(_ declaration: DeclarationSyntax, index: Int)
        -> Derivation?
    {
        guard !isDuplicate(declaration) else { return nil }
        var condition: Condition?
        if let whenAttribute = declaration.attribute("when"),
            case .condition(let syntax) = whenAttribute.value
        {
            condition = compileCondition(syntax)
        }
        guard let setAttribute = declaration.attribute("set"),
            case .assignment(let name, let value) = setAttribute.value,
            let target = resolveCriterion(name), let resolved = resolveValue(value, for: target),
            let condition
        else { return nil }
        return Derivation(
            id: declaration.name.text, index: index, target: target.index, value: resolved,
            condition: condition,
            because: declaration.attribute("because")?.text,
            card: declaration.attribute("card")?.string,
            note: declaration.attribute("note")?.text, location: location(declaration.name.range))
    }

    private mutating func compileAdvice(_ declaration: DeclarationSyntax, index: Int) -> Advice? {
        guard !isDuplicate(declaration) else { return nil }
        var condition: Condition?
        if let whenAttribute = declaration.attribute("when"),
            case .condition(let syntax) = whenAttribute.value
        {
            condition = compileCondition(syntax)
            if condition == nil { return nil }
        }
        var forms: [Int] = []
        if let forAttribute = declaration.attribute("for"),
            case .names(let names) = forAttribute.value
        {
            for name in names {
                guard let form = resolveForm(name) else { return nil }
                forms.append(form)
            }
        }
        return Advice(
            id: declaration.name.text, index: index,
            title: declaration.attribute("title")?.text ?? LocalizedText(),
            text: declaration.attribute("text")?.text ?? LocalizedText(), condition: condition,
            forms: forms,
            card: declaration.attribute("card")?.string, location: location(declaration.name.range))
    }

    // MARK: Acceptances

    /// The `accept` lines of a declaration, checked: a known kind of finding, allowed on
    /// this kind of declaration, at most once per kind.
    private mutating func compileAcceptances(
        _ declaration: DeclarationSyntax, subject: Acceptance.Subject
    ) -> [Acceptance] {
        var result: [Acceptance] = []
        let what =
            declaration.kind == .rulebase
            ? "the rule base" : "\(declaration.kind.rawValue) '\(declaration.name.text)'"
        for attribute in declaration.attributes {
            guard case .acceptance(let name, let reason) = attribute.value else { continue }
            let kinds = AuditFinding.Kind.acceptable.map(\.rawValue)
            guard let kind = AuditFinding.Kind(rawValue: name.text),
                AuditFinding.Kind.acceptable.contains(kind)
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

    // MARK: Derivation order

    /// Orders derivations so that every criterion is derived before any derivation
    /// reads it; reports cycles. Depth first with a stack of its own, so that a chain of
    /// any length is ordered without recursion, in memory linear in its length.
    private mutating func orderDerivations(_ derivations: [Derivation]) -> [Int] {
        var byTarget: [Int: [Int]] = [:]
        for derivation in derivations {
            byTarget[derivation.target, default: []].append(derivation.index)
        }
        var state: [Int: Int] = [:]  // 1 visiting, 2 done
        var order: [Int] = []
        var reported = false
        /// The derived criteria that the derivations of `target` read.
        func reads(_ target: Int) -> [Int] {
            (byTarget[target] ?? []).flatMap { index in
                derivations[index].condition.criteria.filter { byTarget[$0] != nil }
            }
        }
        /// Orders `root` and what it reads; returns a cycle met on the way.
        func visit(_ root: Int) -> [Int]? {
            if state[root] == 2 { return nil }
            if state[root] == 1 { return [root] }
            state[root] = 1
            var stack: [(target: Int, reads: [Int], next: Int)] = [(root, reads(root), 0)]
            while let top = stack.last {
                guard top.next < top.reads.count else {
                    state[top.target] = 2
                    order += byTarget[top.target] ?? []
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let read = top.reads[top.next]
                if state[read] == 2 { continue }
                if state[read] == 1 {
                    let path = stack.map(\.target)
                    return path[(path.firstIndex(of: read) ?? 0)...] + [read]
                }
                state[read] = 1
                stack.append((read, reads(read), 0))
            }
            return nil
        }
        for derivation in derivations where state[derivation.target] != 2 {
            if let cycle = visit(derivation.target), !reported {
                reported = true
                let names = cycle.map { "'\(criteria[$0].id)'" }.joined(separator: " → ")
                let culprit = derivations.first { $0.target == cycle[0] } ?? derivation
                diagnostics.append(
                    Diagnostic(
                        severity: .error,
                        message:
                            "derivations form a cycle: \(names); a derived criterion cannot depend on itself",
                        location: culprit.location,
                        lineText: files.first { $0.path == culprit.location.path }?.lineText(
                            culprit.location.line),
                        length: culprit.id.count))
            }
        }
        return order
    }

    // MARK: Overflow and warnings

    private mutating func checkOverflow(_ rules: [Rule]) {
        guard let excess = ScoreLimit.firstExcess(rules) else { return }
        diagnostics.append(
            Diagnostic(
                severity: .error,
                message:
                    "the scores of form '\(forms[excess.form].id)' could exceed the largest score orgadvisor can compute; lower the weights or points",
                location: rules[excess.rule].location))
    }

    private func warnings(rules: [Rule], derivations: [Derivation], advice: [Advice])
        -> [Diagnostic]
    {
        var read: Set<Int> = []
        var mentioned: [Int: Set<Int>] = [:]
        func note(_ condition: Condition) {
            switch condition {
            case .compare(let criterion, let op, let value, _):
                read.insert(criterion)
                if op.needsOrder {
                    mentioned[criterion, default: []].formUnion(criteria[criterion].values.indices)
                } else {
                    mentioned[criterion, default: []].insert(Int(value))
                }
            case .member(let criterion, let values, _, _):
                read.insert(criterion)
                mentioned[criterion, default: []].formUnion(values.map { Int($0) })
            case .and(let parts, _), .or(let parts, _):
                parts.forEach(note)
            case .not(let part, _):
                note(part)
            }
        }
        for rule in rules { note(rule.condition) }
        for derivation in derivations { note(derivation.condition) }
        var result: [Diagnostic] = []
        for criterion in criteria {
            let line = files.first { $0.path == criterion.location.path }?.lineText(
                criterion.location.line)
            if !read.contains(criterion.index) {
                if derivations.contains(where: { $0.target == criterion.index }) { continue }
                result.append(
                    Diagnostic(
                        severity: .warning,
                        message: "criterion '\(criterion.id)' is read by no rule or derivation",
                        location: criterion.location, lineText: line, length: criterion.id.count))
                continue
            }
            guard criterion.kind == .choice else { continue }
            for (index, value) in criterion.values.enumerated()
            where !(mentioned[criterion.index]?.contains(index) ?? false) {
                result.append(
                    Diagnostic(
                        severity: .warning,
                        message:
                            "value '\(value.id)' of criterion '\(criterion.id)' is mentioned by no rule",
                        location: criterion.location, lineText: line, length: criterion.id.count))
            }
        }
        return result
    }
}

extension AttributeSyntax {
    /// The attribute's text, when it is a text.
    var text: LocalizedText? {
        if case .text(let text) = value { return text.text }
        return nil
    }

    /// The attribute's string, when it is a string.
    var string: String? {
        if case .string(let string) = value { return string }
        return nil
    }
}
