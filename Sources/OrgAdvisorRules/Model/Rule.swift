/// A scoring rule: when its condition holds, it gives each named form its points,
/// multiplied by its weight.
public struct Rule: Sendable, Identifiable {
    /// Where a rule's weight comes from.
    public enum WeightSource: Sendable, Hashable {
        /// The rule declares its own `weight`.
        case own
        /// The weight of the first criterion named in its `when` (by index).
        case criterion(Int)
    }

    /// The rule's id.
    public let id: String
    /// Position in the rule base.
    public let index: Int
    /// When the rule fires.
    public let condition: Condition
    /// Points per form, as written (before the weight).
    public let points: [FormPoints]
    /// The weight that multiplies the points.
    public let weight: FixedDecimal
    /// Where the weight comes from.
    public let weightSource: WeightSource
    /// Why, quoting the course.
    public var because: LocalizedText { storedBecause.text }
    /// ``because`` in `language` (falling back as ``LocalizedText/text(_:)`` does), as
    /// UTF-8 given to `body`, for a report that writes bytes: read from an archive, the
    /// archive's bytes of that language alone, not a `String` of each.
    package func withBecauseUTF8<Result>(
        in language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        storedBecause.withUTF8(in: language, body)
    }
    /// The course card it encodes.
    public let card: String?
    /// A note by the rule's author, e.g. about a chosen threshold.
    public var note: LocalizedText? { storedNote?.text }
    /// Where it is declared.
    public let location: SourceLocation
    /// The criteria its condition reads.
    public let criteria: [Int]
    /// ``because`` and ``note`` as held: read from an archive, made when asked for.
    let storedBecause: StoredText
    let storedNote: StoredText?

    init(
        id: String, index: Int, condition: Condition, points: [FormPoints], weight: FixedDecimal,
        weightSource: WeightSource, because: StoredText, card: String?, note: StoredText?,
        location: SourceLocation, criteria: [Int]
    ) {
        self.id = id
        self.index = index
        self.condition = condition
        self.points = points
        self.weight = weight
        self.weightSource = weightSource
        self.storedBecause = because
        self.card = card
        self.storedNote = note
        self.location = location
        self.criteria = criteria
    }

    /// A copy with another weight (same source).
    package func with(weight: FixedDecimal) -> Rule {
        Rule(
            id: id, index: index, condition: condition, points: points, weight: weight,
            weightSource: weightSource, because: storedBecause, card: card, note: storedNote,
            location: location, criteria: criteria)
    }
}

/// A text as a rule holds it: made (from rule files), or the UTF-8 of each language in
/// the archive it was read from, made into text only when asked for. Most explanations of
/// a large rule base are never shown, and making them all was a tenth of its loading.
enum StoredText: Sendable {
    case text(LocalizedText)
    case utf8(english: ArraySlice<UInt8>?, french: ArraySlice<UInt8>?)

    /// The text.
    var text: LocalizedText {
        switch self {
        case .text(let text):
            return text
        case .utf8(let english, let french):
            return LocalizedText(
                english: english.map { String(decoding: $0, as: UTF8.self) },
                french: french.map { String(decoding: $0, as: UTF8.self) })
        }
    }

    /// The text in `language`, falling back as ``LocalizedText/text(_:)`` does
    /// (``LocalizedText/choose(_:english:french:)``), as UTF-8 given to `body`: read from an archive, that language's bytes as they are there
    /// (whoever makes a `String` of them repairs them), without making a `String` of
    /// either language.
    func withUTF8<Result>(
        in language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        switch self {
        case .text(let text):
            var string = text.text(language)
            return string.withUTF8(body)
        case .utf8(let english, let french):
            let chosen = LocalizedText.choose(language, english: english, french: french)
            return (chosen ?? []).withUnsafeBufferPointer(body)
        }
    }
}

/// The points a rule gives one form.
public struct FormPoints: Sendable, Hashable {
    /// The form's index.
    public let form: Int
    /// The points as written (before the weight).
    public let points: FixedDecimal
}
