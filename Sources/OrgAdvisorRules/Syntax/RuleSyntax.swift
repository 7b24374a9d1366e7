/// The syntax tree of rule and test files, as written, before names are resolved.

/// A name as written, with where it was written.
package struct NameSyntax: Sendable, Hashable {
    package var text: String
    package var range: SourceRange
}

/// A number as written: its text (kept for exact decimal arithmetic) and value.
package struct NumberSyntax: Sendable, Hashable {
    package var text: String
    package var value: Double
    package var range: SourceRange
}

/// A translatable text: one string for all languages, or per-language strings.
package struct TextSyntax: Sendable, Hashable {
    package var text: LocalizedText
    package var range: SourceRange
}

/// A value in a condition, an assignment or a test case.
package struct ValueSyntax: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case name(String)
        case number(Double, text: String)
        case string(String)
    }
    package var kind: Kind
    package var range: SourceRange

    /// The value as written, for messages.
    package var shown: String {
        switch kind {
        case .name(let text): return text
        case .number(_, let text): return text
        case .string(let text): return text
        }
    }
}

/// A condition as written.
///
/// A chain of `and` (or of `or`) is one node with all its parts, not a tree one level
/// deeper per clause, so that a chain of any length is built, walked and released
/// without recursion; only parentheses and `not` nest, and the parser bounds them.
package indirect enum ConditionSyntax: Sendable, Hashable {
    case compare(NameSyntax, ComparisonOperator, ValueSyntax, range: SourceRange)
    case member(NameSyntax, [ValueSyntax], negated: Bool, range: SourceRange)
    /// Two or more parts that must all hold, in the order written.
    case and([ConditionSyntax], range: SourceRange)
    /// Two or more parts of which one must hold, in the order written.
    case or([ConditionSyntax], range: SourceRange)
    case not(ConditionSyntax, range: SourceRange)
    case group(ConditionSyntax, range: SourceRange)

    /// The source range the condition covers.
    package var range: SourceRange {
        switch self {
        case .compare(_, _, _, let range), .member(_, _, _, let range), .and(_, let range),
            .or(_, let range), .not(_, let range), .group(_, let range):
            return range
        }
    }
}

/// A `value` line of a criterion.
package struct ValueDeclarationSyntax: Sendable, Hashable {
    package var name: NameSyntax
    package var label: TextSyntax?
    package var aliases: [(String, SourceRange)]

    package static func == (lhs: ValueDeclarationSyntax, rhs: ValueDeclarationSyntax) -> Bool {
        lhs.name == rhs.name && lhs.label == rhs.label
            && lhs.aliases.map { $0.0 } == rhs.aliases.map { $0.0 }
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(name)
    }
}

/// One expectation of a test case.
package enum ExpectationSyntax: Sendable, Hashable {
    case winner(NameSyntax)
    case ranking([NameSyntax])
    case rank(NameSyntax, NumberSyntax)
    case score(NameSyntax, NumberSyntax)
    case advice(NameSyntax, present: Bool)
    case possibleWinners([NameSyntax])
    /// `expect status NAME`: decided, provisional, tie or nothing-given.
    case status(NameSyntax)
    /// `expect lead >= N`: the form ranked first leads the second by at least N points.
    case lead(NumberSyntax)
}

/// The value of an attribute line.
package enum AttributeValueSyntax: Sendable, Hashable {
    case text(TextSyntax)
    case string(String)
    case number(NumberSyntax)
    case value(ValueDeclarationSyntax)
    case condition(ConditionSyntax)
    case points([PointsSyntax])
    case assignment(NameSyntax, ValueSyntax)
    case assignments([AssignmentSyntax])
    case names([NameSyntax])
    case expectation(ExpectationSyntax)
    /// `accept KIND TEXT`: a deep-check finding the author explains.
    case acceptance(NameSyntax, TextSyntax)
    /// The attribute was written but its value did not parse (its error is reported).
    case invalid
}

/// `form points` in a rule's `points` line.
package struct PointsSyntax: Sendable, Hashable {
    package var form: NameSyntax
    package var points: NumberSyntax
}

/// `criterion = value` in a test case's `given` line.
package struct AssignmentSyntax: Sendable, Hashable {
    package var criterion: NameSyntax
    package var value: ValueSyntax
}

/// An attribute line: its keyword and value.
package struct AttributeSyntax: Sendable, Hashable {
    package var keyword: NameSyntax
    /// The keyword as the parser recognised it (one that the declaration's kind takes).
    package var known: AttributeKeyword
    package var value: AttributeValueSyntax
}

/// The type written after `criterion ID :`.
package struct TypeSyntax: Sendable, Hashable {
    package var name: NameSyntax
    /// The kind the name stands for.
    package var kind: Criterion.Kind
    package var from: NumberSyntax?
    package var to: NumberSyntax?
}

/// The kinds of declaration.
package enum DeclarationKind: String, Sendable, Hashable, CaseIterable {
    case rulebase, criterion, form, rule, derive, advice
    case testCase = "case"

    /// The attribute keywords each kind of declaration accepts.
    package var attributes: [String] { DeclarationKind.attributeTable[ordinal] }

    /// Attributes that may appear more than once.
    package var repeatable: [String] { DeclarationKind.repeatableTable[ordinal] }

    /// Attributes that must appear.
    package var required: [String] { DeclarationKind.requiredTable[ordinal] }

    /// The attribute keywords the kind accepts, as a mask of ``AttributeKeyword/bit``.
    package var attributeMask: UInt32 { DeclarationKind.attributeMasks[ordinal] }

    /// The attributes that may appear more than once, as a mask.
    package var repeatableMask: UInt32 { DeclarationKind.repeatableMasks[ordinal] }

    /// The attributes that must appear, as a mask.
    package var requiredMask: UInt32 { DeclarationKind.requiredMasks[ordinal] }

    /// The position of the kind in ``allCases``, which indexes the tables below.
    private var ordinal: Int {
        switch self {
        case .rulebase: return 0
        case .criterion: return 1
        case .form: return 2
        case .rule: return 3
        case .derive: return 4
        case .advice: return 5
        case .testCase: return 6
        }
    }

    // The tables are built once: the parser and the compiler read them for every
    // attribute line.
    private static let attributeTable: [[String]] = [
        ["title", "accept"],
        ["label", "question", "weight", "value"],
        ["label", "description", "card", "accept"],
        ["when", "points", "weight", "because", "card", "note", "accept"],
        ["set", "when", "because", "card", "note", "accept"],
        ["title", "text", "when", "for", "card"],
        ["given", "expect", "card", "note"],
    ]
    private static let repeatableTable: [[String]] = [
        ["accept"], ["value"], ["accept"], ["accept"], ["accept"], [], ["expect"],
    ]
    private static let attributeMasks = attributeTable.map(AttributeKeyword.mask)
    private static let repeatableMasks = repeatableTable.map(AttributeKeyword.mask)
    private static let requiredMasks = requiredTable.map(AttributeKeyword.mask)
    private static let requiredTable: [[String]] = [
        [],
        ["label"],
        ["label", "description"],
        ["when", "points", "because"],
        ["set", "when"],
        ["title", "text"],
        ["expect"],
    ]
}

/// A declaration: its keyword, header and attribute lines.
package struct DeclarationSyntax: Sendable, Hashable {
    package var kind: DeclarationKind
    package var keyword: SourceRange
    /// The id (for `rulebase`, its name string).
    package var name: NameSyntax
    /// For `rulebase`: the version string.
    package var version: NameSyntax?
    /// For `criterion`: the type.
    package var type: TypeSyntax?
    package var attributes: [AttributeSyntax]

    /// The first attribute with this keyword.
    package func attribute(_ keyword: AttributeKeyword) -> AttributeSyntax? {
        attributeIndex(keyword).map { attributes[$0] }
    }

    /// The index of the first attribute with this keyword.
    package func attributeIndex(_ keyword: AttributeKeyword) -> Int? {
        // Through the buffer, so that each keyword is read in place: an iterator or the
        // array's subscript would copy every attribute, value and all, on the way.
        attributes.withUnsafeBufferPointer { buffer in
            buffer.indices.first { buffer[$0].known == keyword }
        }
    }

    /// The first attribute with this keyword, as written (nil for a word that is no
    /// attribute keyword).
    package func attribute(_ keyword: String) -> AttributeSyntax? {
        AttributeKeyword(rawValue: keyword).flatMap { attribute($0) }
    }
}
