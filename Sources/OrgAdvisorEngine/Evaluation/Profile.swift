import OrgAdvisorRules

/// What is known about a company: a value for some criteria of a rule base; the
/// others are unknown (never silently defaulted).
public struct Profile: Sendable, Hashable {
    /// One value per criterion, by index; NaN means not given. Enumerated values are
    /// stored as their index among the criterion's values.
    package var values: [Double]

    /// An empty profile (every criterion unknown) for a rule base.
    public init(for ruleBase: RuleBase) {
        self.values = [Double](repeating: .nan, count: ruleBase.criteria.count)
    }

    /// Forgets every value, keeping the storage (for reuse in loops).
    public mutating func removeAll() {
        for index in values.indices { values[index] = .nan }
    }

    /// Whether the criterion at `index` is given.
    public func isGiven(_ index: Int) -> Bool {
        !values[index].isNaN
    }

    /// The raw value of the criterion at `index`: a number, or the index of an
    /// enumerated value; nil when not given.
    public func rawValue(_ index: Int) -> Double? {
        values[index].isNaN ? nil : values[index]
    }

    /// Sets the raw value of the criterion at `index` (nil forgets it). The value is
    /// not checked; use ``RuleBase/parse(_:for:)`` for checked input.
    public mutating func setRawValue(_ value: Double?, at index: Int) {
        values[index] = value ?? .nan
    }

    /// Hashes the values bit by bit (NaN equals NaN here).
    public func hash(into hasher: inout Hasher) {
        for value in values { hasher.combine(value.bitPattern) }
    }

    /// Equal when every criterion has the same value or is unknown in both.
    public static func == (lhs: Profile, rhs: Profile) -> Bool {
        lhs.values.map { $0.bitPattern } == rhs.values.map { $0.bitPattern }
    }
}

extension RuleBase {
    /// Makes a profile from criterion ids and values as people write them: value ids,
    /// French or English labels and aliases (case and accents ignored), numbers.
    public func profile(_ given: [String: String]) throws(ProfileError) -> Profile {
        var profile = Profile(for: self)
        for (name, text) in given.sorted(by: { $0.key < $1.key }) {
            try set(name, text, in: &profile)
        }
        return profile
    }

    /// Sets one criterion of a profile from text, checking it.
    public func set(_ criterionID: String, _ text: String, in profile: inout Profile)
        throws(ProfileError)
    {
        guard let criterion = criterion(criterionID) else {
            throw .unknownCriterion(
                criterionID,
                suggestion: NameSuggestion.nearest(to: criterionID, in: criteria.map { $0.id }))
        }
        profile.values[criterion.index] = try parse(text, for: criterion)
    }

    /// Parses a value for a criterion: for enumerated criteria a value id, label or
    /// alias (case and accents ignored), giving the value's index; for numeric ones a
    /// number within the range.
    public func parse(_ text: String, for criterion: Criterion) throws(ProfileError) -> Double {
        let trimmed = text.trimmingSpaces
        if criterion.kind.isEnumerated {
            let key = TextFolding.fold(trimmed)
            for (index, value) in criterion.values.enumerated() {
                if value.matches(folded: key) { return Double(index) }
            }
            var spellings: [String] = []
            for value in criterion.values {
                spellings.append(value.id)
                spellings += [value.label.english, value.label.french].compactMap { $0 }
                spellings += value.aliases
            }
            let suggestion = NameSuggestion.nearest(to: trimmed, in: spellings).flatMap { found in
                criterion.values.first { $0.matches(folded: TextFolding.fold(found)) }?.id
            }
            throw .invalidValue(
                criterion: criterion.id, text: text, allowed: criterion.values.map { $0.id },
                suggestion: suggestion)
        }
        return try parseNumber(trimmed, original: text, for: criterion)
    }

    /// Checks a number for a numeric criterion (whole, within range).
    public func check(_ number: Double, for criterion: Criterion, text: String) throws(ProfileError)
        -> Double
    {
        guard number.isFinite else { throw .notANumber(criterion: criterion.id, text: text) }
        if criterion.kind == .integer, number != number.rounded() {
            throw .notAWholeNumber(criterion: criterion.id, text: text)
        }
        if let minimum = criterion.minimum, number < minimum {
            throw .outOfRange(criterion: criterion.id, text: text, range: rangeText(criterion))
        }
        if let maximum = criterion.maximum, number > maximum {
            throw .outOfRange(criterion: criterion.id, text: text, range: rangeText(criterion))
        }
        return number
    }

    private func rangeText(_ criterion: Criterion) -> String {
        switch (criterion.minimum, criterion.maximum) {
        case (let min?, let max?):
            return "\(NumberFormatting.format(min)) to \(NumberFormatting.format(max))"
        case (let min?, nil): return "at least \(NumberFormatting.format(min))"
        case (nil, let max?): return "at most \(NumberFormatting.format(max))"
        case (nil, nil): return "a number"
        }
    }

    private func parseNumber(_ text: String, original: String, for criterion: Criterion)
        throws(ProfileError)
        -> Double
    {
        guard let number = NumberSyntaxCheck.parse(text) else {
            throw criterion.kind == .integer
                && NumberSyntaxCheck.parse(text.replacingEvery(",", with: ".")) != nil
                ? .notAWholeNumber(criterion: criterion.id, text: original)
                : .notANumber(criterion: criterion.id, text: original)
        }
        return try check(number, for: criterion, text: original)
    }

    /// The text of a value for people: a label for enumerated criteria, the number
    /// otherwise, "?" when unknown.
    public func describe(_ value: Double?, of criterion: Criterion, in language: Language) -> String
    {
        guard let value, !value.isNaN else { return "?" }
        if criterion.kind.isEnumerated {
            let index = Int(value)
            return criterion.values.indices.contains(index)
                ? criterion.values[index].label.text(language) : "?"
        }
        return NumberFormatting.format(value)
    }

    /// The id of a value (the value id for enumerated criteria, the number otherwise).
    public func valueID(_ value: Double, of criterion: Criterion) -> String {
        if criterion.kind.isEnumerated {
            let index = Int(value)
            return criterion.values.indices.contains(index) ? criterion.values[index].id : "?"
        }
        return NumberFormatting.format(value)
    }
}

/// Strict number syntax for values given by people: `12`, `-3`, `2.5`, `1e3`.
enum NumberSyntaxCheck {
    /// The number, or nil when the text is not plainly a number.
    static func parse(_ text: String) -> Double? {
        guard !text.isEmpty,
            text.unicodeScalars.allSatisfy({ "0123456789+-.eE".unicodeScalars.contains($0) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    package var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
