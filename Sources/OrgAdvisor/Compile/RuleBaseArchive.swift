#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A compiled rule base written as text, so that the built-in rule base ships
/// already compiled and the command line starts without parsing rule files.
///
/// The archive is a sequence of tokens separated by `␟` (U+241F), each optionally
/// followed by a line break: strings are prefixed with `=` (present) or written `-`
/// (absent); numbers are decimal. Encoder and decoder walk the model in the same order.
enum RuleBaseArchive {
    /// The format's name and version, the archive's first token.
    static let format = "orgadvisor-archive/2"
    /// Separates tokens.
    static let separator = "\u{241F}"

    /// Why an archive could not be written or read.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: Encoding

    /// Encodes the parts of a rule base. Fails when a text contains the separator.
    static func encode(_ parts: RuleBaseCompiler.Parts) throws(Failure) -> String {
        var writer = Writer(paths: parts.paths)
        writer.string(format)
        writer.string(parts.name)
        writer.string(parts.version)
        writer.text(parts.title)
        writer.int(parts.paths.count)
        for path in parts.paths { writer.string(path) }
        writer.string(parts.fingerprint)
        writer.newline()
        writer.int(parts.criteria.count)
        for criterion in parts.criteria {
            writer.string(criterion.id)
            writer.string(criterion.kind.rawValue)
            writer.optionalDouble(criterion.minimum)
            writer.optionalDouble(criterion.maximum)
            writer.text(criterion.label)
            writer.text(criterion.question)
            writer.int(Int(criterion.weight.thousandths))
            writer.int(criterion.values.count)
            for value in criterion.values {
                writer.string(value.id)
                writer.text(value.label)
                writer.int(value.aliases.count)
                for alias in value.aliases { writer.string(alias) }
            }
            writer.location(criterion.location)
            writer.newline()
        }
        writer.int(parts.forms.count)
        for form in parts.forms {
            writer.string(form.id)
            writer.text(form.label)
            writer.text(form.description)
            writer.optionalString(form.card)
            writer.location(form.location)
            writer.newline()
        }
        writer.int(parts.rules.count)
        for rule in parts.rules {
            writer.string(rule.id)
            writer.condition(rule.condition)
            writer.int(rule.points.count)
            for entry in rule.points {
                writer.int(entry.form)
                writer.int(Int(entry.points.thousandths))
            }
            writer.int(Int(rule.weight.thousandths))
            switch rule.weightSource {
            case .own: writer.int(-1)
            case .criterion(let index): writer.int(index)
            }
            writer.text(rule.because)
            writer.optionalString(rule.card)
            writer.text(rule.note)
            writer.location(rule.location)
            writer.newline()
        }
        writer.int(parts.derivations.count)
        for derivation in parts.derivations {
            writer.string(derivation.id)
            writer.int(derivation.target)
            writer.double(derivation.value)
            writer.condition(derivation.condition)
            writer.text(derivation.because)
            writer.optionalString(derivation.card)
            writer.text(derivation.note)
            writer.location(derivation.location)
            writer.newline()
        }
        writer.int(parts.derivationOrder.count)
        for index in parts.derivationOrder { writer.int(index) }
        writer.int(parts.advice.count)
        for item in parts.advice {
            writer.string(item.id)
            writer.text(item.title)
            writer.text(item.text)
            if let condition = item.condition {
                writer.int(1)
                writer.condition(condition)
            } else {
                writer.int(0)
            }
            writer.int(item.forms.count)
            for form in item.forms { writer.int(form) }
            writer.optionalString(item.card)
            writer.location(item.location)
            writer.newline()
        }
        writer.int(parts.acceptances.count)
        for acceptance in parts.acceptances {
            writer.string(acceptance.kind.rawValue)
            switch acceptance.subject {
            case .ruleBase: writer.string("b")
            case .rule(let index): writer.string("r\(index)")
            case .derivation(let index): writer.string("d\(index)")
            case .form(let index): writer.string("f\(index)")
            }
            writer.text(acceptance.reason)
            writer.location(acceptance.location)
            writer.newline()
        }
        if let failure = writer.failure { throw failure }
        return writer.out
    }

    private struct Writer {
        var out = ""
        let paths: [String]
        var failure: Failure?

        private mutating func token(_ text: String) {
            if text.contains(RuleBaseArchive.separator) {
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
                int(values.count)
                for value in values { double(value) }
            case .and(let parts, _), .or(let parts, _):
                if case .and = condition { token("&") } else { token("|") }
                int(parts.count)
                for part in parts { self.condition(part) }
            case .not(let part, _):
                token("!")
                self.condition(part)
            }
            string(condition.source.text)
            location(condition.source.location)
        }
    }

    // MARK: Decoding

    /// Decodes an archive written by ``encode(_:)``.
    static func decode(_ archive: String) throws(Failure) -> RuleBaseCompiler.Parts {
        var archive = archive
        let result = archive.withUTF8 { bytes -> Result<RuleBaseCompiler.Parts, Failure> in
            var reader = Reader(bytes: bytes)
            do throws(Failure) {
                return .success(try reader.parts())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        var paths: [String] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The next token's byte range.
        private mutating func next() throws(Failure) -> Range<Int> {
            if position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
            let start = position
            // "␟" is E2 90 9F in UTF-8; memchr finds the rare E2 bytes fast.
            while position + 2 < bytes.count {
                guard
                    let found = memchr(bytes.baseAddress! + position, 0xE2, bytes.count - position)
                else { break }
                position = bytes.baseAddress!.distance(
                    to: found.assumingMemoryBound(to: UInt8.self))
                if position + 2 < bytes.count && bytes[position + 1] == 0x90
                    && bytes[position + 2] == 0x9F
                {
                    let range = start..<position
                    position += 3
                    return range
                }
                position += 1
            }
            throw Failure(description: "truncated archive at byte \(start)")
        }

        private func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        mutating func string() throws(Failure) -> String {
            let range = try next()
            guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "=") else {
                throw Failure(description: "expected a string at byte \(range.lowerBound)")
            }
            return text(range.dropFirst())
        }

        mutating func optionalString() throws(Failure) -> String? {
            let range = try next()
            if range.count == 1, bytes[range.lowerBound] == UInt8(ascii: "-") { return nil }
            guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "=") else {
                throw Failure(description: "expected a string at byte \(range.lowerBound)")
            }
            return text(range.dropFirst())
        }

        mutating func int() throws(Failure) -> Int {
            let range = try next()
            var value = 0
            var negative = false
            for index in range {
                let byte = bytes[index]
                if index == range.lowerBound && byte == UInt8(ascii: "-") {
                    negative = true
                    continue
                }
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else {
                    throw Failure(description: "expected a number at byte \(range.lowerBound)")
                }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return negative ? -value : value
        }

        mutating func double() throws(Failure) -> Double {
            let range = try next()
            guard let value = Double(text(range)) else {
                throw Failure(description: "expected a number at byte \(range.lowerBound)")
            }
            return value
        }

        mutating func optionalDouble() throws(Failure) -> Double? {
            let range = try next()
            if range.count == 1, bytes[range.lowerBound] == UInt8(ascii: "-") { return nil }
            guard let value = Double(text(range)) else {
                throw Failure(description: "expected a number at byte \(range.lowerBound)")
            }
            return value
        }

        mutating func localized() throws(Failure) -> LocalizedText? {
            let range = try next()
            if range.count == 1, bytes[range.lowerBound] == UInt8(ascii: "-") { return nil }
            return LocalizedText(english: try optionalString(), french: try optionalString())
        }

        mutating func location() throws(Failure) -> SourceLocation {
            let index = try int()
            let path = index >= 0 && index < paths.count ? paths[index] : try string()
            return SourceLocation(path: path, line: try int(), column: try int())
        }

        mutating func fixed() throws(Failure) -> FixedDecimal {
            FixedDecimal(thousandths: Int64(try int()))
        }

        mutating func condition() throws(Failure) -> Condition {
            let tag = text(try next())
            let condition: (ConditionSource) -> Condition
            switch tag {
            case "c":
                let criterion = try int()
                let opText = text(try next())
                guard let op = ComparisonOperator(rawValue: opText) else {
                    throw Failure(description: "unknown operator '\(opText)'")
                }
                let value = try double()
                condition = { .compare(criterion: criterion, op, value: value, source: $0) }
            case "m", "n":
                let criterion = try int()
                var values: [Double] = []
                for _ in 0..<(try int()) { values.append(try double()) }
                condition = {
                    .member(
                        criterion: criterion, values: Condition.memberValues(values),
                        negated: tag == "n", source: $0)
                }
            case "&", "|":
                var parts: [Condition] = []
                for _ in 0..<(try int()) { parts.append(try self.condition()) }
                condition = { tag == "&" ? .and(parts, source: $0) : .or(parts, source: $0) }
            case "!":
                let part = try self.condition()
                condition = { .not(part, source: $0) }
            default:
                throw Failure(description: "unknown condition tag '\(tag)'")
            }
            let source = ConditionSource(text: try string(), location: try location())
            return condition(source)
        }

        mutating func parts() throws(Failure) -> RuleBaseCompiler.Parts {
            let header = try string()
            guard header == RuleBaseArchive.format else {
                throw Failure(description: "unknown archive format '\(header)'")
            }
            let name = try string()
            let version = try string()
            let title = try localized()
            for _ in 0..<(try int()) { paths.append(try string()) }
            let fingerprint = try string()
            var criteria: [Criterion] = []
            for index in 0..<(try int()) {
                let id = try string()
                let kindText = try string()
                guard let kind = Criterion.Kind(rawValue: kindText) else {
                    throw Failure(description: "unknown criterion kind '\(kindText)'")
                }
                let minimum = try optionalDouble()
                let maximum = try optionalDouble()
                let label = try localized() ?? LocalizedText(id)
                let question = try localized()
                let weight = try fixed()
                var values: [CriterionValue] = []
                for _ in 0..<(try int()) {
                    let valueID = try string()
                    let valueLabel = try localized() ?? LocalizedText(valueID)
                    var aliases: [String] = []
                    for _ in 0..<(try int()) { aliases.append(try string()) }
                    values.append(CriterionValue(id: valueID, label: valueLabel, aliases: aliases))
                }
                criteria.append(
                    Criterion(
                        id: id, index: index, kind: kind, minimum: minimum, maximum: maximum,
                        label: label,
                        question: question, weight: weight, values: values, location: try location()
                    ))
            }
            var forms: [Form] = []
            for index in 0..<(try int()) {
                forms.append(
                    Form(
                        id: try string(), index: index, label: try localized() ?? LocalizedText(),
                        description: try localized() ?? LocalizedText(), card: try optionalString(),
                        location: try location()))
            }
            var rules: [Rule] = []
            for index in 0..<(try int()) {
                let id = try string()
                let condition = try self.condition()
                var points: [FormPoints] = []
                for _ in 0..<(try int()) {
                    points.append(FormPoints(form: try int(), points: try fixed()))
                }
                let weight = try fixed()
                let source = try int()
                rules.append(
                    Rule(
                        id: id, index: index, condition: condition, points: points, weight: weight,
                        weightSource: source < 0 ? .own : .criterion(source),
                        because: try localized() ?? LocalizedText(), card: try optionalString(),
                        note: try localized(), location: try location(),
                        criteria: condition.criteria))
            }
            var derivations: [Derivation] = []
            for index in 0..<(try int()) {
                derivations.append(
                    Derivation(
                        id: try string(), index: index, target: try int(), value: try double(),
                        condition: try condition(), because: try localized(),
                        card: try optionalString(),
                        note: try localized(), location: try location()))
            }
            var order: [Int] = []
            for _ in 0..<(try int()) { order.append(try int()) }
            var advice: [Advice] = []
            for index in 0..<(try int()) {
                let id = try string()
                let title = try localized() ?? LocalizedText()
                let text = try localized() ?? LocalizedText()
                let condition = try int() == 1 ? try self.condition() : nil
                var forms: [Int] = []
                for _ in 0..<(try int()) { forms.append(try int()) }
                advice.append(
                    Advice(
                        id: id, index: index, title: title, text: text, condition: condition,
                        forms: forms,
                        card: try optionalString(), location: try location()))
            }
            var acceptances: [Acceptance] = []
            for _ in 0..<(try int()) {
                let kindText = try string()
                guard let kind = AuditFinding.Kind(rawValue: kindText) else {
                    throw Failure(description: "unknown finding kind '\(kindText)'")
                }
                let subjectText = try string()
                let subject: Acceptance.Subject
                let index = Int(subjectText.dropFirst()) ?? -1
                switch subjectText.first {
                case "b": subject = .ruleBase
                case "r" where rules.indices.contains(index): subject = .rule(index)
                case "d" where derivations.indices.contains(index): subject = .derivation(index)
                case "f" where forms.indices.contains(index): subject = .form(index)
                default: throw Failure(description: "unknown accept subject '\(subjectText)'")
                }
                acceptances.append(
                    Acceptance(
                        kind: kind, subject: subject, reason: try localized() ?? LocalizedText(),
                        location: try location()))
            }
            return RuleBaseCompiler.Parts(
                name: name, version: version, title: title, criteria: criteria, forms: forms,
                rules: rules,
                derivations: derivations, derivationOrder: order, advice: advice,
                acceptances: acceptances,
                fingerprint: fingerprint,
                warnings: [], paths: paths)
        }
    }
}
