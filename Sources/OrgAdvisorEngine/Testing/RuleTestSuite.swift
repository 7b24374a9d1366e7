import OrgAdvisorRules

/// Loads rule test cases from `.orgtests` files and runs them against a rule base.
///
/// ```
/// case hotline-small-office
///     given structure = centralised, size = small, volume = low
///     expect winner hotline
///     expect advice ticket-system
///     card "Hotline"
/// ```
public struct RuleTestSuite: Sendable {
    /// The extension of test files.
    public static let fileExtension = "orgtests"

    /// The cases, in file order.
    public let cases: [RuleTestCase]
    /// The rule base they are resolved against.
    public let ruleBase: RuleBase

    /// Parses test files and resolves their names against `ruleBase`.
    ///
    /// - Throws: ``RuleBaseError`` with every diagnostic (syntax, unknown criterion,
    ///   value, form or advice, with suggestions).
    public init(files: [SourceFile], ruleBase: RuleBase) throws(RuleBaseError) {
        var diagnostics: [Diagnostic] = []
        var cases: [RuleTestCase] = []
        var seen: [String: SourceLocation] = [:]
        for (index, file) in files.enumerated() {
            if let bad = file.firstInvalidUTF8Offset() {
                diagnostics.append(
                    Diagnostic(
                        .error, "invalid UTF-8; test files must be UTF-8 text", in: file,
                        range: bad..<bad + 1))
                continue
            }
            var parser = Parser(file: file, fileIndex: index, allowed: [.testCase])
            let declarations = parser.parseFile()
            diagnostics += parser.diagnostics
            var resolver = Resolver(file: file, ruleBase: ruleBase)
            for declaration in declarations {
                let location = file.location(of: declaration.name.range.start)
                if let first = seen[declaration.name.text] {
                    diagnostics.append(
                        Diagnostic(
                            .error,
                            "duplicate test case '\(declaration.name.text)'; first declared at \(first)",
                            in: file,
                            range: declaration.name.range.start..<declaration.name.range.end))
                    continue
                }
                seen[declaration.name.text] = location
                if let testCase = resolver.resolve(declaration) { cases.append(testCase) }
            }
            diagnostics += resolver.diagnostics
        }
        if cases.isEmpty && diagnostics.isEmpty {
            diagnostics.append(
                Diagnostic(
                    severity: .error, message: "no test cases found; expected 'case' declarations"))
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw RuleBaseError(diagnostics: diagnostics)
        }
        self.cases = cases
        self.ruleBase = ruleBase
    }

    /// Runs every case.
    public func run() -> [RuleTestResult] {
        cases.map { testCase in
            let evaluation = ruleBase.evaluate(testCase.profile, trace: true)
            let failures = testCase.expectations.compactMap { expectation, location in
                RuleTestSuite.check(expectation, location: location, evaluation)
            }
            return RuleTestResult(testCase: testCase, evaluation: evaluation, failures: failures)
        }
    }

    private static func check(
        _ expectation: RuleTestCase.Expectation, location: SourceLocation, _ evaluation: Evaluation
    ) -> RuleTestFailure? {
        let rules = evaluation.ruleBase
        func name(_ form: Int) -> String { "'\(rules.forms[form].id)'" }
        func list(_ forms: [Int]) -> String { forms.map(name).joined(separator: ", ") }
        switch expectation {
        case .winner(let form):
            guard evaluation.ranking[0] != form else { return nil }
            return RuleTestFailure(
                location: location, expected: "winner \(name(form))",
                actual:
                    "winner \(name(evaluation.ranking[0])) (\(name(form)) is #\(evaluation.position(of: form)))",
                expectation: expectation)
        case .ranking(let forms):
            let actual = Array(evaluation.ranking.prefix(forms.count))
            guard actual != forms else { return nil }
            return RuleTestFailure(
                location: location, expected: "ranking \(list(forms))",
                actual: "ranking \(list(actual))", expectation: expectation)
        case .rank(let form, let position):
            let actual = evaluation.position(of: form)
            guard actual != position else { return nil }
            return RuleTestFailure(
                location: location, expected: "rank \(name(form)) \(position)",
                actual: "rank \(name(form)) \(actual)", expectation: expectation)
        case .score(let form, let score):
            let actual = evaluation.scores[form]
            guard actual != score else { return nil }
            return RuleTestFailure(
                location: location, expected: "score \(name(form)) \(score)",
                actual: "score \(name(form)) \(actual)", expectation: expectation)
        case .advice(let advice, let present):
            let applies = evaluation.advice.contains(advice)
            guard applies != present else { return nil }
            let id = "'\(rules.advice[advice].id)'"
            return RuleTestFailure(
                location: location, expected: present ? "advice \(id)" : "no advice \(id)",
                actual: applies ? "advice \(id) applies" : "advice \(id) does not apply",
                expectation: expectation)
        case .possibleWinners(let forms):
            guard evaluation.possibleWinners != forms.sorted() else { return nil }
            return RuleTestFailure(
                location: location, expected: "possible winners \(list(forms.sorted()))",
                actual: "possible winners \(list(evaluation.possibleWinners))",
                expectation: expectation)
        case .status(let status):
            guard evaluation.status != status else { return nil }
            return RuleTestFailure(
                location: location, expected: "status \(status.rawValue)",
                actual: "status \(evaluation.status.rawValue)", expectation: expectation)
        case .lead(let least):
            let lead =
                evaluation.scores[evaluation.ranking[0]] - evaluation.scores[evaluation.ranking[1]]
            guard lead < least else { return nil }
            return RuleTestFailure(
                location: location,
                expected: "lead >= \(least) (\(name(evaluation.ranking[0])) over the second)",
                actual:
                    "lead \(lead) (\(name(evaluation.ranking[0])) over \(name(evaluation.ranking[1])))",
                expectation: expectation)
        }
    }
}

/// Resolves the names of test case declarations against a rule base.
private struct Resolver {
    let file: SourceFile
    let ruleBase: RuleBase
    var diagnostics: [Diagnostic] = []

    init(file: SourceFile, ruleBase: RuleBase) {
        self.file = file
        self.ruleBase = ruleBase
    }

    private mutating func error(_ message: String, _ range: SourceRange, help: String? = nil) {
        diagnostics.append(
            Diagnostic(.error, message, in: file, range: range.start..<range.end, help: help))
    }

    private mutating func form(_ name: NameSyntax) -> Int? {
        if let form = ruleBase.form(name.text) { return form.index }
        error(
            "unknown form '\(name.text)'", name.range,
            help: NameSuggestion.help(for: name.text, in: ruleBase.forms.map { $0.id }))
        return nil
    }

    mutating func resolve(_ declaration: DeclarationSyntax) -> RuleTestCase? {
        var profile = Profile(for: ruleBase)
        var expectations: [(RuleTestCase.Expectation, SourceLocation)] = []
        var failed = false
        var givenSeen = false
        for attribute in declaration.attributes {
            let location = file.location(of: attribute.keyword.range.start)
            switch attribute.value {
            case .assignments(let assignments):
                if givenSeen {
                    error(
                        "'given' is written twice in case '\(declaration.name.text)'",
                        attribute.keyword.range)
                    failed = true
                }
                givenSeen = true
                for assignment in assignments {
                    guard let criterion = ruleBase.criterion(assignment.criterion.text) else {
                        error(
                            "unknown criterion '\(assignment.criterion.text)'",
                            assignment.criterion.range,
                            help: NameSuggestion.help(
                                for: assignment.criterion.text, in: ruleBase.criteria.map { $0.id })
                        )
                        failed = true
                        continue
                    }
                    if profile.isGiven(criterion.index) {
                        error("'\(criterion.id)' is given twice", assignment.criterion.range)
                        failed = true
                    }
                    do {
                        profile.setRawValue(
                            try ruleBase.parse(assignment.value.shown, for: criterion),
                            at: criterion.index)
                    } catch {
                        self.error("\(error)", assignment.value.range)
                        failed = true
                    }
                }
            case .expectation(let syntax):
                guard let expectation = resolve(syntax) else {
                    failed = true
                    continue
                }
                expectations.append((expectation, location))
            case .invalid:
                failed = true
            default:
                break
            }
        }
        if expectations.isEmpty && !failed {
            error("case '\(declaration.name.text)' has no 'expect' line", declaration.name.range)
            failed = true
        }
        guard !failed else { return nil }
        return RuleTestCase(
            id: declaration.name.text, location: file.location(of: declaration.name.range.start),
            profile: profile,
            expectations: expectations, card: declaration.attribute(.card)?.string)
    }

    private mutating func resolve(_ syntax: ExpectationSyntax) -> RuleTestCase.Expectation? {
        switch syntax {
        case .winner(let name):
            return form(name).map { .winner(form: $0) }
        case .ranking(let names):
            let forms = names.compactMap { form($0) }
            return forms.count == names.count ? .ranking(forms: forms) : nil
        case .possibleWinners(let names):
            let forms = names.compactMap { form($0) }
            return forms.count == names.count ? .possibleWinners(forms: forms) : nil
        case .rank(let name, let number):
            guard let form = form(name) else { return nil }
            guard let position = Int(exactly: number.value), position >= 1,
                position <= ruleBase.forms.count
            else {
                error(
                    "expected a position from 1 to \(ruleBase.forms.count), found \(number.text)",
                    number.range)
                return nil
            }
            return .rank(form: form, position: position)
        case .score(let name, let number):
            guard let form = form(name) else { return nil }
            guard let value = FixedDecimal(parsing: number.text) else {
                error(
                    "invalid score '\(number.text)'; expected a number with at most 3 decimals",
                    number.range)
                return nil
            }
            return .score(form: form, score: Score(micro: value.thousandths * 1000))
        case .advice(let name, let present):
            guard let advice = ruleBase.advice(name.text) else {
                error(
                    "unknown advice '\(name.text)'", name.range,
                    help: NameSuggestion.help(for: name.text, in: ruleBase.advice.map { $0.id }))
                return nil
            }
            return .advice(advice: advice.index, present: present)
        case .status(let name):
            let statuses = RecommendationStatus.allCases.map { $0.rawValue }
            guard let status = RecommendationStatus(rawValue: name.text) else {
                error(
                    "unknown status '\(name.text)'; expected \(QuotedList.alternatives(statuses))",
                    name.range, help: NameSuggestion.help(for: name.text, in: statuses))
                return nil
            }
            return .status(status)
        case .lead(let number):
            guard let value = FixedDecimal(parsing: number.text), value.thousandths >= 0 else {
                error(
                    "invalid lead '\(number.text)'; expected a number of points, 0 or more,"
                        + " with at most 3 decimals", number.range)
                return nil
            }
            return .lead(atLeast: Score(micro: value.thousandths * 1000))
        }
    }
}
