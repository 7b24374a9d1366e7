import OrgAdvisorRules

/// Why a JSON profile could not be read.
public struct ProfileJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, as data, for messages in another language.
    public enum Reason: Sendable, Hashable {
        /// The profile is not an object; `found` is the kind of value found (``JSONValue/kindName``).
        case notAnObject(found: String)
        /// A key that is no criterion, with the nearest criterion.
        case unknownCriterion(key: String, suggestion: String?)
        /// A value the criterion does not accept.
        case value(ProfileError)
        /// A value of the wrong kind (``JSONValue/kindName``, or the JSON text of a
        /// number or boolean) for the criterion `key`.
        case wrongKind(key: String, found: String, isKindName: Bool)
        /// A number too large to hold.
        case numberTooLarge(key: String, text: String)
    }

    /// What is wrong, lower case, names in single quotes.
    public let message: String
    /// What is wrong, as data; nil for an error made from a message alone.
    public let reason: Reason?

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
        reason = nil
    }

    /// Creates an error with its reason as data.
    public init(_ message: String, reason: Reason) {
        self.message = message
        self.reason = reason
    }

    /// The message.
    public var description: String { message }
}

extension RuleBase {
    /// True for keys of a JSON profile that are not criteria but pass through: `id`,
    /// `name` and any key starting with `_`.
    public static func isPassThroughKey(_ key: String) -> Bool {
        key == "id" || key == "name" || key.hasPrefix("_")
    }

    /// Reads a profile from a JSON object of criteria: value ids, labels or aliases as
    /// strings, numbers as numbers, `true`/`false` for yes/no criteria, `null` for
    /// not given. A key that is no criterion is an error (with the nearest criterion),
    /// so that a typo never silently becomes "not given"; `id`, `name` and keys
    /// starting with `_` are ignored.
    public func profile(fromJSON json: JSONValue) throws(ProfileJSONError) -> Profile {
        guard case .object(let members) = json else {
            throw ProfileJSONError(
                "expected a JSON object of criteria, found \(json.kindName)",
                reason: .notAnObject(found: json.kindName))
        }
        var profile = Profile(for: self)
        for (key, value) in members {
            if RuleBase.isPassThroughKey(key) { continue }
            guard let criterion = criterion(key) else {
                let suggestion = NameSuggestion.nearest(to: key, in: criteria.map { $0.id })
                throw ProfileJSONError(
                    "unknown criterion '\(key)'"
                        + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    reason: .unknownCriterion(key: key, suggestion: suggestion))
            }
            switch value {
            case .null:
                profile.setRawValue(nil, at: criterion.index)
            case .string(let text):
                profile.setRawValue(
                    try reading { () throws(ProfileError) in try parse(text, for: criterion) },
                    at: criterion.index)
            case .number(let text):
                if criterion.kind.isEnumerated {
                    throw ProfileJSONError(
                        "invalid value \(text) for '\(key)'; expected \(criterion.expectedJSON)",
                        reason: .wrongKind(key: key, found: text, isKindName: false))
                }
                guard let number = Double(text), number.isFinite else {
                    throw ProfileJSONError(
                        "number \(text) for '\(key)' is too large",
                        reason: .numberTooLarge(key: key, text: text))
                }
                profile.setRawValue(
                    try reading { () throws(ProfileError) in
                        try check(number, for: criterion, text: text)
                    },
                    at: criterion.index)
            case .bool(let flag):
                guard criterion.kind == .yesNo else {
                    throw ProfileJSONError(
                        "invalid value \(flag) for '\(key)'; expected \(criterion.expectedJSON)",
                        reason: .wrongKind(key: key, found: "\(flag)", isKindName: false))
                }
                profile.setRawValue(flag ? 0 : 1, at: criterion.index)
            case .array, .object:
                throw ProfileJSONError(
                    "invalid value for '\(key)': \(value.kindName); expected \(criterion.expectedJSON)",
                    reason: .wrongKind(key: key, found: value.kindName, isKindName: true))
            }
        }
        return profile
    }

    /// The value `read` gives, its ``ProfileError`` thrown as a ``ProfileJSONError`` with
    /// the same message.
    private func reading(_ read: () throws(ProfileError) -> Double) throws(ProfileJSONError)
        -> Double
    {
        do {
            return try read()
        } catch {
            throw ProfileJSONError(error.description, reason: .value(error))
        }
    }
}

extension Criterion {
    /// What a JSON profile may give for this criterion, for messages.
    var expectedJSON: String {
        switch kind {
        case .integer: return "a whole number"
        case .decimal: return "a number"
        case .yesNo: return "true, false, \"yes\" or \"no\""
        case .choice, .level:
            return "a string: " + QuotedList.alternatives(values.map { $0.id })
        }
    }
}

extension JSONValue {
    /// "an object", "a string"…, for messages.
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
