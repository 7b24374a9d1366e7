/// Writing an archive: the model walked in the order ``ArchiveReader/checkedRuleBase()``
/// reads it.
extension RuleBaseArchive {
    /// The archive of a checked rule base, without compiled tables (a rule base read from
    /// it builds them); `sources` says where its rule files were, if anywhere.
    public static func encode(_ parts: CheckedRuleBase, sources: Sources? = nil) -> [UInt8] {
        var writer = ArchiveWriter()
        writer.sources(sources)
        writer.checkedRuleBase(parts)
        writer.bool(false)
        return seal(writer)
    }
}

extension ArchiveWriter {
    /// Where the rule files were, or nothing.
    package mutating func sources(_ sources: RuleBaseArchive.Sources?) {
        bool(sources != nil)
        guard let sources else { return }
        string(sources.path)
        string(sources.absolutePath)
        list(sources.files) { writer, file in
            writer.string(file.path)
            writer.int64(file.size)
            writer.int64(file.modified)
        }
    }

    /// A checked rule base: its header, then its declarations.
    package mutating func checkedRuleBase(_ parts: CheckedRuleBase) {
        string(parts.name)
        string(parts.version)
        optionalText(parts.title)
        list(parts.paths) { $0.string($1) }
        string(parts.fingerprint)
        let paths = Dictionary(keepingFirst: parts.paths.enumerated().map { ($1, $0) })
        list(parts.criteria) { $0.criterion($1, paths) }
        list(parts.forms) { $0.form($1, paths) }
        list(parts.rules) { $0.rule($1, paths) }
        list(parts.derivations) { $0.derivation($1, paths) }
        list(parts.derivationOrder) { $0.index($1) }
        list(parts.advice) { $0.advice($1, paths) }
        list(parts.acceptances) { $0.acceptance($1, paths) }
    }

    private mutating func text(_ text: LocalizedText) {
        optionalString(text.english)
        optionalString(text.french)
    }

    private mutating func optionalText(_ value: LocalizedText?) {
        bool(value != nil)
        if let value { text(value) }
    }

    /// A location: its path's index among the rule base's paths plus one, or 0 and the
    /// path.
    private mutating func location(_ location: SourceLocation, _ paths: [String: Int]) {
        if let index = paths[location.path] {
            self.index(index + 1)
        } else {
            unsigned(0)
            string(location.path)
        }
        int(location.line)
        int(location.column)
    }

    /// A condition: its tag, its source, then what it compares or combines.
    private mutating func condition(_ condition: Condition, _ paths: [String: Int]) {
        switch condition {
        case .compare: byte(ArchiveWriter.compareTag)
        case .member(_, _, let negated, _):
            byte(negated ? ArchiveWriter.notMemberTag : ArchiveWriter.memberTag)
        case .and: byte(ArchiveWriter.andTag)
        case .or: byte(ArchiveWriter.orTag)
        case .not: byte(ArchiveWriter.notTag)
        }
        utf8(condition.source.utf8)
        location(condition.source.location, paths)
        switch condition {
        case .compare(let criterion, let op, let value, _):
            index(criterion)
            byte(UInt8(ComparisonOperator.allCases.firstIndex(of: op) ?? 0))
            double(value)
        case .member(let criterion, let values, _, _):
            index(criterion)
            list(values) { $0.double($1) }
        case .and(let parts, _), .or(let parts, _):
            list(parts) { $0.condition($1, paths) }
        case .not(let part, _):
            self.condition(part, paths)
        }
    }

    /// The tags of the conditions.
    static let compareTag: UInt8 = 0
    static let memberTag: UInt8 = 1
    static let notMemberTag: UInt8 = 2
    static let andTag: UInt8 = 3
    static let orTag: UInt8 = 4
    static let notTag: UInt8 = 5

    private mutating func criterion(_ criterion: Criterion, _ paths: [String: Int]) {
        string(criterion.id)
        byte(UInt8(Criterion.Kind.allCases.firstIndex(of: criterion.kind) ?? 0))
        optionalDouble(criterion.minimum)
        optionalDouble(criterion.maximum)
        text(criterion.label)
        optionalText(criterion.question)
        int64(criterion.weight.thousandths)
        list(criterion.values) { writer, value in
            writer.string(value.id)
            writer.text(value.label)
            writer.list(value.aliases) { $0.string($1) }
        }
        location(criterion.location, paths)
    }

    private mutating func form(_ form: Form, _ paths: [String: Int]) {
        string(form.id)
        text(form.label)
        text(form.description)
        optionalString(form.card)
        location(form.location, paths)
    }

    private mutating func rule(_ rule: Rule, _ paths: [String: Int]) {
        string(rule.id)
        condition(rule.condition, paths)
        list(rule.points) { writer, entry in
            writer.index(entry.form)
            writer.int64(entry.points.thousandths)
        }
        int64(rule.weight.thousandths)
        switch rule.weightSource {
        case .own: unsigned(0)
        case .criterion(let criterion): index(criterion + 1)
        }
        text(rule.because)
        optionalString(rule.card)
        optionalText(rule.note)
        location(rule.location, paths)
    }

    private mutating func derivation(_ derivation: Derivation, _ paths: [String: Int]) {
        string(derivation.id)
        index(derivation.target)
        double(derivation.value)
        condition(derivation.condition, paths)
        optionalText(derivation.because)
        optionalString(derivation.card)
        optionalText(derivation.note)
        location(derivation.location, paths)
    }

    private mutating func advice(_ item: Advice, _ paths: [String: Int]) {
        string(item.id)
        text(item.title)
        text(item.text)
        bool(item.condition != nil)
        if let condition = item.condition { self.condition(condition, paths) }
        list(item.forms) { $0.index($1) }
        optionalString(item.card)
        location(item.location, paths)
    }

    private mutating func acceptance(_ acceptance: Acceptance, _ paths: [String: Int]) {
        string(acceptance.kind.rawValue)
        switch acceptance.subject {
        case .ruleBase: byte(0)
        case .rule(let index):
            byte(1)
            self.index(index)
        case .derivation(let index):
            byte(2)
            self.index(index)
        case .form(let index):
            byte(3)
            self.index(index)
        }
        text(acceptance.reason)
        location(acceptance.location, paths)
    }
}
