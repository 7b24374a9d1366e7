/// Writing an archive: the model walked in the order ``decode(_:)`` reads it.
extension RuleBaseArchive {
    /// Encodes the parts of a rule base. Fails when a text contains the separator.
    public static func encode(_ parts: CheckedRuleBase) throws(Failure) -> String {
        var writer = Writer(paths: parts.paths)
        writer.header(of: parts)
        writer.list(parts.criteria) { $0.criterion($1) }
        writer.list(parts.forms) { $0.form($1) }
        writer.list(parts.rules) { $0.rule($1) }
        writer.list(parts.derivations) { $0.derivation($1) }
        writer.list(parts.derivationOrder) { $0.int($1) }
        writer.list(parts.advice) { $0.advice($1) }
        writer.list(parts.acceptances) { $0.acceptance($1) }
        if let failure = writer.failure { throw failure }
        return writer.out
    }

    private struct Writer {
        var out = ""
        let paths: [String]
        var failure: Failure?

        private mutating func token(_ text: String) {
            if text.unicodeScalars.contains("\u{241F}") {
                failure = Failure(
                    description: "a text contains '\(RuleBaseArchive.separator)': \(text)")
            }
            out += text + RuleBaseArchive.separator
        }

        mutating func newline() { out += "\n" }
        mutating func string(_ text: String) { token("=" + text) }
        mutating func optionalString(_ text: String?) { token(text.map { "=" + $0 } ?? "-") }
        mutating func int(_ value: Int) { token(String(value)) }
        mutating func double(_ value: Double) { token(String(value)) }
        mutating func optionalDouble(_ value: Double?) { token(value.map { String($0) } ?? "-") }

        /// A list: its length, then each item.
        mutating func list<Item>(_ items: [Item], _ item: (inout Writer, Item) -> Void) {
            int(items.count)
            for element in items { item(&self, element) }
        }

        mutating func text(_ text: LocalizedText?) {
            guard let text else {
                token("-")
                return
            }
            token("+")
            optionalString(text.english)
            optionalString(text.french)
        }

        mutating func location(_ location: SourceLocation) {
            int(paths.firstIndex(of: location.path) ?? -1)
            if paths.firstIndex(of: location.path) == nil { string(location.path) }
            int(location.line)
            int(location.column)
        }

        mutating func condition(_ condition: Condition) {
            switch condition {
            case .compare(let criterion, let op, let value, _):
                token("c")
                int(criterion)
                token(op.rawValue)
                double(value)
            case .member(let criterion, let values, let negated, _):
                token(negated ? "n" : "m")
                int(criterion)
                list(values) { $0.double($1) }
            case .and(let parts, _), .or(let parts, _):
                if case .and = condition { token("&") } else { token("|") }
                list(parts) { $0.condition($1) }
            case .not(let part, _):
                token("!")
                self.condition(part)
            }
            string(condition.source.text)
            location(condition.source.location)
        }

        /// The format, name, version, title, paths and fingerprint.
        mutating func header(of parts: CheckedRuleBase) {
            string(RuleBaseArchive.format)
            string(parts.name)
            string(parts.version)
            text(parts.title)
            list(parts.paths) { $0.string($1) }
            string(parts.fingerprint)
            newline()
        }

        /// A criterion with its values.
        mutating func criterion(_ criterion: Criterion) {
            string(criterion.id)
            string(criterion.kind.rawValue)
            optionalDouble(criterion.minimum)
            optionalDouble(criterion.maximum)
            text(criterion.label)
            text(criterion.question)
            int(Int(criterion.weight.thousandths))
            list(criterion.values) { writer, value in
                writer.string(value.id)
                writer.text(value.label)
                writer.list(value.aliases) { $0.string($1) }
            }
            location(criterion.location)
            newline()
        }

        /// A form.
        mutating func form(_ form: Form) {
            string(form.id)
            text(form.label)
            text(form.description)
            optionalString(form.card)
            location(form.location)
            newline()
        }

        /// A rule with its points.
        mutating func rule(_ rule: Rule) {
            string(rule.id)
            condition(rule.condition)
            list(rule.points) { writer, entry in
                writer.int(entry.form)
                writer.int(Int(entry.points.thousandths))
            }
            int(Int(rule.weight.thousandths))
            switch rule.weightSource {
            case .own: int(-1)
            case .criterion(let index): int(index)
            }
            text(rule.because)
            optionalString(rule.card)
            text(rule.note)
            location(rule.location)
            newline()
        }

        /// A derivation.
        mutating func derivation(_ derivation: Derivation) {
            string(derivation.id)
            int(derivation.target)
            double(derivation.value)
            condition(derivation.condition)
            text(derivation.because)
            optionalString(derivation.card)
            text(derivation.note)
            location(derivation.location)
            newline()
        }

        /// An advice item.
        mutating func advice(_ item: Advice) {
            string(item.id)
            text(item.title)
            text(item.text)
            if let condition = item.condition {
                int(1)
                self.condition(condition)
            } else {
                int(0)
            }
            list(item.forms) { $0.int($1) }
            optionalString(item.card)
            location(item.location)
            newline()
        }

        /// An `accept` line.
        mutating func acceptance(_ acceptance: Acceptance) {
            string(acceptance.kind.rawValue)
            switch acceptance.subject {
            case .ruleBase: string("b")
            case .rule(let index): string("r\(index)")
            case .derivation(let index): string("d\(index)")
            case .form(let index): string("f\(index)")
            }
            text(acceptance.reason)
            location(acceptance.location)
            newline()
        }
    }
}
