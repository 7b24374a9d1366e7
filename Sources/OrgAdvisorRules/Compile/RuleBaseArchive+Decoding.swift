/// Reading an archive written by ``encode(_:)``.
extension RuleBaseArchive {
    /// Decodes an archive written by ``encode(_:)``.
    public static func decode(_ archive: String) throws(Failure) -> CheckedRuleBase {
        var archive = archive
        let result = archive.withUTF8 { bytes -> Result<CheckedRuleBase, Failure> in
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
            // "␟" is E2 90 9F in UTF-8; look for the rare E2 bytes first.
            while position + 2 < bytes.count {
                guard let found = firstLeadByte(from: position) else { break }
                position = found
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

        /// The index of the first E2 byte at or after `start`, eight bytes at a time while
        /// none of them is E2 (as fast as the C library's `memchr`, which Embedded Swift
        /// has not): `word ^ 0xE2E2…` has a zero byte exactly where `word` has an E2.
        private func firstLeadByte(from start: Int) -> Int? {
            var index = start
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word =
                        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        ^ 0xE2E2_E2E2_E2E2_E2E2
                    if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 {
                        break
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                if bytes[index] == 0xE2 { return index }
                index += 1
            }
            return nil
        }

        private func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// Whether a token is `-`, which stands for nil.
        private func isAbsent(_ range: Range<Int>) -> Bool {
            range.count == 1 && bytes[range.lowerBound] == UInt8(ascii: "-")
        }

        /// The string of a token that starts with `=`.
        private func string(_ range: Range<Int>) throws(Failure) -> String {
            guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "=") else {
                throw Failure(description: "expected a string at byte \(range.lowerBound)")
            }
            return text(range.dropFirst())
        }

        /// The number of a token.
        private func double(_ range: Range<Int>) throws(Failure) -> Double {
            guard let value = Double(text(range)) else {
                throw Failure(description: "expected a number at byte \(range.lowerBound)")
            }
            return value
        }

        mutating func string() throws(Failure) -> String {
            try string(try next())
        }

        mutating func optionalString() throws(Failure) -> String? {
            let range = try next()
            return isAbsent(range) ? nil : try string(range)
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
            try double(try next())
        }

        mutating func optionalDouble() throws(Failure) -> Double? {
            let range = try next()
            return isAbsent(range) ? nil : try double(range)
        }

        /// A list: its length, then each item, read with its index.
        mutating func list<Item>(_ item: (inout Reader, Int) throws(Failure) -> Item)
            throws(Failure) -> [Item]
        {
            var items: [Item] = []
            for index in 0..<(try int()) { items.append(try item(&self, index)) }
            return items
        }

        mutating func localized() throws(Failure) -> LocalizedText? {
            if isAbsent(try next()) { return nil }
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
                let values = try list { reader, _ throws(Failure) in try reader.double() }
                condition = {
                    .member(
                        criterion: criterion, values: Condition.memberValues(values),
                        negated: tag == "n", source: $0)
                }
            case "&", "|":
                let parts = try list { reader, _ throws(Failure) in try reader.condition() }
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

        mutating func parts() throws(Failure) -> CheckedRuleBase {
            let header = try string()
            guard header == RuleBaseArchive.format else {
                throw Failure(description: "unknown archive format '\(header)'")
            }
            let name = try string()
            let version = try string()
            let title = try localized()
            paths = try list { reader, _ throws(Failure) in try reader.string() }
            let fingerprint = try string()
            let criteria = try list { reader, index throws(Failure) in
                try reader.criterion(index: index)
            }
            let forms = try list { reader, index throws(Failure) in try reader.form(index: index) }
            let rules = try list { reader, index throws(Failure) in try reader.rule(index: index) }
            let derivations = try list { reader, index throws(Failure) in
                try reader.derivation(index: index)
            }
            let order = try list { reader, _ throws(Failure) in try reader.int() }
            let advice = try list { reader, index throws(Failure) in
                try reader.adviceItem(index: index)
            }
            let acceptances = try list { reader, _ throws(Failure) in
                try reader.acceptance(
                    rules: rules.indices, derivations: derivations.indices, forms: forms.indices)
            }
            return CheckedRuleBase(
                name: name, version: version, title: title, criteria: criteria, forms: forms,
                rules: rules,
                derivations: derivations, derivationOrder: order, advice: advice,
                acceptances: acceptances,
                fingerprint: fingerprint,
                warnings: [], paths: paths)
        }

        /// A criterion with its values.
        private mutating func criterion(index: Int) throws(Failure) -> Criterion {
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
            let values = try list { reader, _ throws(Failure) in
                let valueID = try reader.string()
                let valueLabel = try reader.localized() ?? LocalizedText(valueID)
                let aliases = try reader.list { reader, _ throws(Failure) in try reader.string() }
                return CriterionValue(id: valueID, label: valueLabel, aliases: aliases)
            }
            return Criterion(
                id: id, index: index, kind: kind, minimum: minimum, maximum: maximum,
                label: label,
                question: question, weight: weight, values: values, location: try location())
        }

        /// A form.
        private mutating func form(index: Int) throws(Failure) -> Form {
            return Form(
                id: try string(), index: index, label: try localized() ?? LocalizedText(),
                description: try localized() ?? LocalizedText(), card: try optionalString(),
                location: try location())
        }

        /// A rule with its points.
        private mutating func rule(index: Int) throws(Failure) -> Rule {
            let id = try string()
            let condition = try self.condition()
            let points = try list { reader, _ throws(Failure) in
                FormPoints(form: try reader.int(), points: try reader.fixed())
            }
            let weight = try fixed()
            let source = try int()
            return Rule(
                id: id, index: index, condition: condition, points: points, weight: weight,
                weightSource: source < 0 ? .own : .criterion(source),
                because: try localized() ?? LocalizedText(), card: try optionalString(),
                note: try localized(), location: try location(),
                criteria: condition.criteria)
        }

        /// A derivation.
        private mutating func derivation(index: Int) throws(Failure) -> Derivation {
            return Derivation(
                id: try string(), index: index, target: try int(), value: try double(),
                condition: try condition(), because: try localized(),
                card: try optionalString(),
                note: try localized(), location: try location())
        }

        /// An advice item.
        private mutating func adviceItem(index: Int) throws(Failure) -> Advice {
            let id = try string()
            let title = try localized() ?? LocalizedText()
            let text = try localized() ?? LocalizedText()
            let condition = try int() == 1 ? try self.condition() : nil
            let forms = try list { reader, _ throws(Failure) in try reader.int() }
            return Advice(
                id: id, index: index, title: title, text: text, condition: condition,
                forms: forms,
                card: try optionalString(), location: try location())
        }

        /// An `accept` line, whose subject is the rule base or one of the given rules,
        /// derivations or forms.
        private mutating func acceptance(
            rules: Range<Int>, derivations: Range<Int>, forms: Range<Int>
        ) throws(Failure) -> Acceptance {
            let kindText = try string()
            guard let kind = FindingKind(rawValue: kindText) else {
                throw Failure(description: "unknown finding kind '\(kindText)'")
            }
            let subjectText = try string()
            let subject: Acceptance.Subject
            let index = Int(subjectText.dropFirst()) ?? -1
            switch subjectText.first {
            case "b": subject = .ruleBase
            case "r" where rules.contains(index): subject = .rule(index)
            case "d" where derivations.contains(index): subject = .derivation(index)
            case "f" where forms.contains(index): subject = .form(index)
            default: throw Failure(description: "unknown accept subject '\(subjectText)'")
            }
            return Acceptance(
                kind: kind, subject: subject, reason: try localized() ?? LocalizedText(),
                location: try location())
        }
    }
}
