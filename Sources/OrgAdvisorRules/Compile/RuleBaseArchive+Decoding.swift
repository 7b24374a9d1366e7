/// Reading an archive written by ``RuleBaseArchive/encode(_:sources:)``.
extension RuleBaseArchive {
    /// The checked rule base of an archive (its compiled tables, if any, are not read).
    ///
    /// - Throws: ``Failure`` for an archive of another format version, cut short,
    ///   damaged, or whose contents do not make a valid rule base.
    public static func decode(_ archive: [UInt8]) throws(Failure) -> CheckedRuleBase {
        let result = archive.withUnsafeBytes { bytes -> Result<CheckedRuleBase, Failure> in
            do throws(Failure) {
                var reader = try open(bytes)
                reader.share(archive)
                _ = try reader.sources()
                return .success(try reader.checkedRuleBase())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The deepest condition an archive may hold (the parser's limit).
    static let maximumDepth = 200
}

extension ArchiveReader {
    /// Where the rule files were, or nothing.
    package mutating func sources() throws(RuleBaseArchive.Failure) -> RuleBaseArchive.Sources? {
        guard try bool() else { return nil }
        let path = try string()
        let absolutePath = try string()
        let files = try list { reader, _ throws(RuleBaseArchive.Failure) in
            RuleBaseArchive.Sources.Stamp(
                path: try reader.string(), size: try reader.int64(), modified: try reader.int64())
        }
        return RuleBaseArchive.Sources(path: path, absolutePath: absolutePath, files: files)
    }

    /// A checked rule base, every index and value checked (``RuleBaseArchive`` says why).
    package mutating func checkedRuleBase() throws(RuleBaseArchive.Failure) -> CheckedRuleBase {
        let name = try string()
        let version = try string()
        let title = try optionalText()
        let paths = try list { reader, _ throws(RuleBaseArchive.Failure) in try reader.string() }
        let fingerprint = try string()
        let criteria = try list { reader, index throws(RuleBaseArchive.Failure) in
            try reader.criterion(index: index, paths)
        }
        var scope = ConditionScope(criteria: criteria)
        let forms = try list { reader, index throws(RuleBaseArchive.Failure) in
            try reader.form(index: index, paths)
        }
        let rules = try list { reader, index throws(RuleBaseArchive.Failure) in
            try reader.rule(index: index, forms: forms.count, &scope, paths)
        }
        let derivations = try list { reader, index throws(RuleBaseArchive.Failure) in
            try reader.derivation(index: index, &scope, paths)
        }
        let order = try list { reader, _ throws(RuleBaseArchive.Failure) in
            try reader.index(below: derivations.count, "derivation")
        }
        let advice = try list { reader, index throws(RuleBaseArchive.Failure) in
            try reader.adviceItem(index: index, forms: forms.count, &scope, paths)
        }
        let acceptances = try list { reader, _ throws(RuleBaseArchive.Failure) in
            try reader.acceptance(
                rules: rules.count, derivations: derivations.count, forms: forms.count, paths)
        }
        let parts = CheckedRuleBase(
            name: name, version: version, title: title, criteria: criteria, forms: forms,
            rules: rules, derivations: derivations, derivationOrder: order, advice: advice,
            acceptances: acceptances, fingerprint: fingerprint, warnings: [], paths: paths)
        try RuleBaseArchive.validate(parts, at: self)
        return parts
    }

    /// What a condition may name: the criteria (what a value of each must be, kept apart
    /// from the criteria so that reading one copies no criterion), and how deep it is.
    struct ConditionScope {
        /// For each criterion, its number of listed values, or nil for a number.
        let listed: [Int?]
        let ids: [String]
        var depth = 0
        /// The criteria read since ``take()``, in order of first appearance (as
        /// ``Condition/criteria`` lists them); its storage is kept from one rule to the
        /// next.
        private var read: [Int] = []

        /// Notes that a condition reads `criterion`.
        mutating func note(_ criterion: Int) {
            if !read.contains(criterion) { read.append(criterion) }
        }

        /// The criteria read since the last call.
        mutating func take() -> [Int] {
            let taken = Array(read)
            read.removeAll(keepingCapacity: true)
            return taken
        }

        init(criteria: [Criterion]) {
            listed = criteria.map { $0.kind.isEnumerated ? $0.values.count : nil }
            ids = criteria.map { $0.id }
        }

        var count: Int { listed.count }
    }

    private mutating func text() throws(RuleBaseArchive.Failure) -> LocalizedText {
        LocalizedText(english: try optionalString(), french: try optionalString())
    }

    /// A text kept as the archive's bytes, made when asked for (as ``text()`` reads it).
    private mutating func storedText() throws(RuleBaseArchive.Failure) -> StoredText {
        .utf8(
            english: try bool() ? try sharedUTF8() : nil,
            french: try bool() ? try sharedUTF8() : nil)
    }

    private mutating func optionalText() throws(RuleBaseArchive.Failure) -> LocalizedText? {
        try bool() ? try text() : nil
    }

    private mutating func location(_ paths: [String]) throws(RuleBaseArchive.Failure)
        -> SourceLocation
    {
        let index = try index(below: paths.count + 1, "path")
        let path = index > 0 ? paths[index - 1] : try string()
        return SourceLocation(path: path, line: try int(), column: try int())
    }

    /// A value compared with a criterion: a listed value's index, or a finite number.
    private mutating func value(of criterion: Int, _ scope: ConditionScope)
        throws(RuleBaseArchive.Failure) -> Double
    {
        let value = try double()
        if let count = scope.listed[criterion] {
            guard let index = Int(exactly: value), index >= 0, index < count else {
                throw failure("no value \(value) of criterion '\(scope.ids[criterion])'")
            }
        } else if !value.isFinite {
            throw failure("the number \(value) for criterion '\(scope.ids[criterion])'")
        }
        return value
    }

    private mutating func condition(
        _ scope: inout ConditionScope, _ paths: [String]
    ) throws(RuleBaseArchive.Failure) -> Condition {
        guard scope.depth < RuleBaseArchive.maximumDepth else {
            throw failure("a condition nested deeper than \(RuleBaseArchive.maximumDepth)")
        }
        scope.depth += 1
        defer { scope.depth -= 1 }
        let tag = try byte()
        let source = ConditionSource(utf8: try sharedUTF8(), location: try location(paths))
        switch tag {
        case ArchiveWriter.compareTag:
            let criterion = try index(below: scope.count, "criterion")
            scope.note(criterion)
            let op = ComparisonOperator.allCases[
                try Int(index(below: ComparisonOperator.allCases.count, "operator"))]
            return .compare(
                criterion: criterion, op, value: try value(of: criterion, scope), source: source)
        case ArchiveWriter.memberTag, ArchiveWriter.notMemberTag:
            let criterion = try index(below: scope.count, "criterion")
            scope.note(criterion)
            let values = try list(itemBytes: 8) {
                [scope] reader, _ throws(RuleBaseArchive.Failure) in
                try reader.value(of: criterion, scope)
            }
            guard zip(values, values.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw failure("the values of a list are not sorted and distinct")
            }
            return .member(
                criterion: criterion, values: values,
                negated: tag == ArchiveWriter.notMemberTag, source: source)
        case ArchiveWriter.andTag, ArchiveWriter.orTag:
            let parts = try list { reader, _ throws(RuleBaseArchive.Failure) in
                try reader.condition(&scope, paths)
            }
            guard !parts.isEmpty else { throw failure("an 'and' or 'or' of no condition") }
            return tag == ArchiveWriter.andTag
                ? .and(parts, source: source) : .or(parts, source: source)
        case ArchiveWriter.notTag:
            return .not(try self.condition(&scope, paths), source: source)
        default:
            throw failure("unknown condition tag \(tag)")
        }
    }

    private mutating func decimal() throws(RuleBaseArchive.Failure) -> FixedDecimal {
        FixedDecimal(thousandths: try int64())
    }

    private mutating func criterion(index: Int, _ paths: [String]) throws(RuleBaseArchive.Failure)
        -> Criterion
    {
        let id = try string()
        let kind = Criterion.Kind.allCases[
            try self.index(below: Criterion.Kind.allCases.count, "criterion kind")]
        let minimum = try optionalDouble()
        let maximum = try optionalDouble()
        let label = try text()
        let question = try optionalText()
        let weight = try decimal()
        let values = try list(itemBytes: 3) { reader, _ throws(RuleBaseArchive.Failure) in
            CriterionValue(
                id: try reader.string(), label: try reader.text(),
                aliases: try reader.list { reader, _ throws(RuleBaseArchive.Failure) in
                    try reader.string()
                })
        }
        return Criterion(
            id: id, index: index, kind: kind, minimum: minimum, maximum: maximum, label: label,
            question: question, weight: weight, values: values, location: try location(paths))
    }

    private mutating func form(index: Int, _ paths: [String]) throws(RuleBaseArchive.Failure)
        -> Form
    {
        Form(
            id: try string(), index: index, label: try text(), description: try text(),
            card: try optionalString(), location: try location(paths))
    }

    private mutating func rule(
        index: Int, forms: Int, _ scope: inout ConditionScope, _ paths: [String]
    ) throws(RuleBaseArchive.Failure) -> Rule {
        let id = try string()
        _ = scope.take()
        let condition = try self.condition(&scope, paths)
        let criteria = scope.take()
        assert(criteria == condition.criteria, "the criteria read differ from the condition's")
        let points = try list(itemBytes: 2) { reader, _ throws(RuleBaseArchive.Failure) in
            FormPoints(form: try reader.index(below: forms, "form"), points: try reader.decimal())
        }
        let weight = try decimal()
        let source = try self.index(below: scope.count + 1, "weight criterion")
        return Rule(
            id: id, index: index, condition: condition, points: points, weight: weight,
            weightSource: source == 0 ? .own : .criterion(source - 1), because: try storedText(),
            card: try optionalString(), note: try bool() ? try storedText() : nil,
            location: try location(paths),
            criteria: criteria)
    }

    private mutating func derivation(
        index: Int, _ scope: inout ConditionScope, _ paths: [String]
    ) throws(RuleBaseArchive.Failure) -> Derivation {
        let id = try string()
        let target = try self.index(below: scope.count, "criterion")
        return Derivation(
            id: id, index: index, target: target, value: try value(of: target, scope),
            condition: try condition(&scope, paths), because: try optionalText(),
            card: try optionalString(), note: try optionalText(), location: try location(paths))
    }

    private mutating func adviceItem(
        index: Int, forms: Int, _ scope: inout ConditionScope, _ paths: [String]
    ) throws(RuleBaseArchive.Failure) -> Advice {
        let id = try string()
        let title = try text()
        let text = try text()
        let condition = try bool() ? try self.condition(&scope, paths) : nil
        return Advice(
            id: id, index: index, title: title, text: text, condition: condition,
            forms: try list { reader, _ throws(RuleBaseArchive.Failure) in
                try reader.index(below: forms, "form")
            }, card: try optionalString(), location: try location(paths))
    }

    private mutating func acceptance(
        rules: Int, derivations: Int, forms: Int, _ paths: [String]
    ) throws(RuleBaseArchive.Failure) -> Acceptance {
        let kindText = try string()
        guard let kind = FindingKind(rawValue: kindText) else {
            throw failure("unknown finding kind '\(kindText)'")
        }
        let subject: Acceptance.Subject
        switch try byte() {
        case 0: subject = .ruleBase
        case 1: subject = .rule(try index(below: rules, "rule"))
        case 2: subject = .derivation(try index(below: derivations, "derivation"))
        case 3: subject = .form(try index(below: forms, "form"))
        default: throw failure("unknown subject of an 'accept' line")
        }
        return Acceptance(
            kind: kind, subject: subject, reason: try text(), location: try location(paths))
    }
}
